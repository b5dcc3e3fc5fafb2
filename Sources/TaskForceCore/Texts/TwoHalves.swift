/// Splits a large text as two halves at once, one on another core, and joins them into
/// exactly the split one pass would make (ARCHITECTURE: Texts).
///
/// The cut is put at an article label after a blank line, near the middle. A pass that
/// reaches such a line starts the article there whatever came before, provided it is not
/// inside quoted text or the closing matter and no earlier article had a higher number
/// (the rules of `TextSplitter.Run.accepts`). So the second half is read from a fresh
/// state, the first half up to the cut, and then the first half's end state is checked:
/// if any of those conditions fails, the first pass simply reads on through the second
/// half and the other thread's work is dropped. What a fresh state cannot know is
/// mended while joining: the headings of the first half still open above the second
/// half's articles, and article numbers repeated across the cut.
enum TwoHalves {
    /// The split, and whether it was joined from two halves (false when the first half's
    /// end did not allow the cut and one pass read on); nil when the text has no place to
    /// cut (read it in one pass).
    static func split(bytes: [UInt8], lines: [LineBytes], file: String) -> (split: SplitText, joined: Bool)? {
        var first = TextSplitter.Run(bytes: bytes, lines: lines, file: file, style: .keywords)
        let start = first.readFrontMatter()
        guard let (cut, cutKey) = cutLine(in: lines, after: start) else { return nil }

        var second = TextSplitter.Run(bytes: bytes, lines: lines, file: file, style: .keywords)
        second.inheritedBelow = []
        guard let other = BackgroundThread({ [second] in
            var run = second
            _ = run.read(from: cut, to: lines.count)
            let split = run.finish()
            return (split, run.inheritedBelow ?? [])
        }) else { return nil }

        let reached = first.read(from: start, to: cut)
        let handsOver = reached == cut && !first.inClosing && !first.quotes.isOpen
            && first.lastKey.map { !(cutKey < $0) } ?? true
        let (secondHalf, inheritedBelow) = other.wait()
        guard handsOver else {
            // One pass after all: the first run reads on as if nothing had been tried.
            _ = first.read(from: reached, to: lines.count)
            return (first.finish(), false)
        }
        let openHeadings = first.path
        var numbers = first.firstLineOfNumber
        var joined = first.finish()
        joined.headings += secondHalf.headings
        joined.closing = secondHalf.closing
        joined.notices += secondHalf.notices
        // The second run's own problems are only numbers repeated within its half; they are
        // found again below, with the first half's numbers, in line order.
        joined.articles.reserveCapacity(joined.articles.count + secondHalf.articles.count)
        var paths = PathJoin(open: openHeadings)
        for (k, var article) in secondHalf.articles.enumerated() {
            article.path = paths.path(article.path, below: inheritedBelow[k])
            let line = article.lines[0]
            if let firstLine = numbers.updateValue(line, forKey: article.number) {
                numbers[article.number] = firstLine
                joined.problems.append(TextSplitter.Run.repeated(article.number, line: line, first: firstLine, file: file))
            }
            joined.articles.append(article)
        }
        return (joined, true)
    }

    /// A line near the middle where a pass starts an article whatever came before, with
    /// its article number: an article label after a blank line, not quoted, not closing
    /// matter. Nil when none lies within the next few thousand lines (a text without
    /// articles there, or without blank lines between them).
    static func cutLine(in lines: [LineBytes], after start: Int) -> (Int, ArticleNumber.Key)? {
        var index = start + (lines.count - start) / 2
        let limit = min(lines.count, index + 5_000)
        while index < limit {
            defer { index += 1 }
            let line = lines[index]
            guard index > start, lines[index - 1].isBlank, !line.isBlank,
                  line.bytes[line.start] != UInt8(ascii: "\\"), line.quoteWidth(at: line.start) == 0,
                  let label = ArticleLabel.parse(line, style: .keywords), !ClosingMatter.starts(line)
            else { continue }
            return (index, ArticleNumber.Key(label.number))
        }
        return nil
    }

    /// The structural path of a second-half article: the first half's headings still open
    /// above it, then its own. Consecutive articles under the same headings share one array,
    /// as they do in one pass.
    struct PathJoin {
        let open: [(level: Int, text: String)]
        private var last: (own: [String], below: Int, joined: [String])?

        init(open: [(level: Int, text: String)]) { self.open = open }

        mutating func path(_ own: [String], below: Int) -> [String] {
            if let last, last.below == below, last.own == own { return last.joined }
            let inherited = open.filter { $0.level < below }.map(\.text)
            let joined = inherited.isEmpty ? own : inherited + own
            last = (own, below, joined)
            return joined
        }
    }
}
