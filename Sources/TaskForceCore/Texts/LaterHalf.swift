/// The later half of a large code, split on another core while the splitter reads the first
/// (ARCHITECTURE: Texts).
///
/// The half starts at an article's label near the middle. A split that arrives at that line
/// starts an article there in nearly every state it can be in, and from then on reads the
/// rest as a split starting there would, but for three things, which `Run.join` makes right:
/// the structural path (the half knows only its own headings), the duplicate numbers (it knows
/// only its own), and the first article's acceptance. When the split arrives in another state
/// (inside the closing matter, a table of contents, a quotation that refuses the number, a
/// number that does not go up), it reads the rest itself and the half is thrown away: the
/// result is always the one-pass split's (TextSplitterHalvesTests holds them equal on every
/// real text). Splitting was half of `parse`'s time on a 6.5 MB code (BENCHMARKS: issue 16).
struct LaterHalf {
    /// From this many lines on a text is split in two halves: a thread starts in about 0.06 ms,
    /// the splitter reads 10,000 lines in about 0.5 ms.
    static let fromLines = 20_000

    /// The half's first line (0-based): an article's label.
    let line: Int
    private let thread: BackgroundThread<SplitText>

    /// Starts splitting from the first line at or after the middle that starts an article for
    /// a split in any state but those `join` checks; nil when there is none in the next
    /// 4,096 lines or no thread can be made.
    init?(_ bytes: [UInt8], _ text: TextBytes, lines: TextLines, file: String, style: ArticleLabel.Style) {
        guard let line = Self.firstLabel(in: text, lines: lines, from: lines.count / 2, style: style) else { return nil }
        guard let thread = BackgroundThread({
            TextBytes.reading(bytes) { text in
                var run = TextSplitter.Run(bytes: bytes, text: text, lines: lines, file: file, style: style)
                return run.splitLater(from: line)
            }
        }) else { return nil }
        self.line = line
        self.thread = thread
    }

    /// The half's split; waited for whether it is used or not (the thread must end).
    func wait() -> SplitText? { thread.wait() }

    /// A line that `Run.handle` takes as an article's label before anything else, whatever the
    /// run has read: not blank, not escaped, not quoted, no closing formula, a label.
    static func firstLabel(in text: TextBytes, lines: TextLines, from start: Int, style: ArticleLabel.Style) -> Int? {
        var k = start
        while k < min(lines.count, start + 4_096) {
            let line = lines.line(k, in: text)
            if !line.isBlank, line.bytes[line.start] != UInt8(ascii: "\\"),
               TextSplitter.Run.mayStartPart(line, style: style), line.quoteWidth(at: line.start) == 0,
               !ClosingMatter.starts(line), ArticleLabel.parse(line, style: style) != nil {
                return k
            }
            k += 1
        }
        return nil
    }
}

extension TextSplitter.Run {
    /// Takes `later`, the split of the lines from `index` on, when this run, arrived at line
    /// `index`, would start its first article there and so read the rest as it did; false
    /// (nothing changed) otherwise. Its articles get this run's path in front of theirs, as far
    /// as their own headings leave it, and their numbers are checked against this run's.
    mutating func join(_ later: SplitText, at index: Int) -> Bool {
        guard !inClosing, index + 1 > proseUntil, later.preamble.isEmpty,
              let first = later.articles.first, first.line == index + 1 else { return false }
        let firstKey = ArticleNumber.Key(first.number)
        guard accepts(firstKey), lastKey.map({ firstKey > $0 }) ?? true else { return false }
        finishArticle()
        result.articles.reserveCapacity(result.articles.count + later.articles.count)
        var heading = 0
        var lowestLevel = Int.max   // of the half's headings read so far
        var joined: (level: Int, own: [String], path: [String])?
        for (j, article) in later.articles.enumerated() {
            // As `startArticle` notes each number (the half's own notes are dropped).
            noteNumber(article.number, key: j == 0 ? firstKey : ArticleNumber.Key(article.number), line: article.line)
            // A heading pops every entry of the path at its level or below: of this run's path,
            // the entries above the half's highest heading so far stay in front.
            while heading < later.headings.count, later.headings[heading].lines[0] < article.line {
                lowestLevel = min(lowestLevel, later.headings[heading].level)
                heading += 1
            }
            var moved = article
            if lowestLevel == Int.max, article.path.isEmpty {
                moved.path = pathTexts  // no heading of its own yet: this run's path, as it stands
            } else if let kept = joined, kept.level == lowestLevel, kept.own.sharesStorage(with: article.path) {
                moved.path = kept.path  // the same storage for every article under one heading
            } else {
                let front = path.prefix { $0.level < lowestLevel }.map(\.text)
                moved.path = front.isEmpty ? article.path : front + article.path
                joined = (lowestLevel, article.path, moved.path)
            }
            result.articles.append(moved)
        }
        result.headings += later.headings
        result.notices += later.notices
        return true
    }
}
