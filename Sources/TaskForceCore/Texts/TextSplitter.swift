import CTextScan
#if canImport(Glibc)
import Glibc
#endif

/// Splits one language version of a law or bill into title, preamble, structure
/// headings, articles and closing matter (ARCHITECTURE: Texts).
///
/// It reads line by line, once: each non-blank line becomes part of exactly one part,
/// so nothing a text says is dropped (see `SplitText`). The recognisers live in
/// `ArticleLabel`, `StructureHeadingLine` and `ClosingMatter`; this type keeps the state
/// that decides between them: the structural path, whether we are inside quoted
/// (amending) text, and the previous article number.
public enum TextSplitter {
    public static func split(_ text: String, file: String, language: String? = nil) -> SplitText {
        split(utf8: Array(text.utf8), file: file, language: language)
    }

    /// The same, on UTF-8 bytes already in memory and known to be valid (`TextDecoding`'s
    /// output): the parts' strings are made from them without validating again.
    /// `lines` are `TextLines(bytes)` when the caller has found them already.
    /// A text of `twoCoresFrom` lines or more is read in two halves on two cores (`LaterHalf`);
    /// tests lower it to hold the halves to the one-pass split on every text.
    static func split(utf8 bytes: [UInt8], lines: TextLines? = nil, file: String, language: String? = nil,
                      twoCoresFrom: Int = LaterHalf.fromLines) -> SplitText {
        let lines = lines ?? TextLines(bytes)
        return TextBytes.reading(bytes) { text in split(bytes, text, lines: lines, file: file, twoCoresFrom: twoCoresFrom) }
    }

    private static func split(_ bytes: [UInt8], _ text: TextBytes, lines: TextLines, file: String,
                              twoCoresFrom: Int) -> SplitText {
        // Most texts mark articles with Art./Article/Artikel; a text with none of those is
        // read again with `Section N` (UK acts) and then `§ N` (German laws) as articles.
        var result = SplitText(title: "")
        for style in ArticleLabel.Style.allCases {
            var run = Run(bytes: bytes, text: text, lines: lines, file: file, style: style)
            // A large code's later half is read on another core meanwhile (`LaterHalf`).
            let later = lines.count >= twoCoresFrom
                ? LaterHalf(bytes, text, lines: lines, file: file, style: style) : nil
            result = run.split(laterHalf: later)
            if let contentsEnd = TableOfContents.end(in: result.articles) {
                // Read again with the table of contents as preamble prose.
                var again = Run(bytes: bytes, text: text, lines: lines, file: file, style: style)
                again.proseUntil = contentsEnd
                result = again.split()
                result.notices.insert(TextProblem(
                    file: file, line: result.preamble.lines.first,
                    message: "a table of contents (up to line \(contentsEnd)) was kept as preamble, not as articles"), at: 0)
            }
            if !result.articles.isEmpty { break }
        }
        return result
    }

    /// The text's lines, each without its blanks at both ends (`TextLines`).
    static func lineRanges(_ bytes: [UInt8]) -> [Range<Int>] {
        let lines = TextLines(bytes)
        return TextBytes.reading(bytes) { text in
            (0..<lines.count).map { let line = lines.line($0, in: text); return line.start..<line.end }
        }
    }

    /// One pass over the lines with one article style.
    struct Run {
        /// The text, as an array for the parts kept as ranges of it (`ArticleBody`) and as
        /// `TextBytes` for reading it.
        let bytes: [UInt8]
        let text: TextBytes
        let lines: TextLines
        /// Where the text's quotation marks start, in order, and the first not yet passed.
        let marks: [UInt32]
        var nextMark = 0
        let file: String
        let style: ArticleLabel.Style

        var result = SplitText(title: "")
        var path: [(level: Int, text: String)] = []
        /// `path`'s texts, kept ready: every article copies them (a shared buffer, not a new array).
        var pathTexts: [String] = []
        /// The body of the article being read, while one is: the article itself is already
        /// the last of `result.articles`, its label lines and line numbers added in place.
        var openBody: PartBuilder?
        var preamble: PartBuilder
        /// Prose after a structure heading and before the next article (footnotes).
        var headingNotes: PartBuilder?
        var closing: PartBuilder
        var inClosing = false
        var quotes = QuoteState()
        var lastKey: ArticleNumber.Key?
        var numbersSeen = ArticleNumbersSeen()
        /// The line numbers of the article being read, gathered here and copied into it at its
        /// end, at their exact count: reserved in each article, they took twice the memory.
        var articleLines: [Int] = []
        var markdownTitle: String?
        /// The previous line was prose cut mid-sentence, for the wrapped-line rule.
        var previousLineCutMidSentence = false
        /// Lines up to this number (1-based) are a table of contents: preamble prose.
        var proseUntil = 0
        /// A second instrument after the closing matter has been reported.
        var reportedSecondText = false
        /// The last line read was blank (or none was read yet).
        var previousBlank = true
        /// `split(laterHalf:)` took the later half's split (for tests).
        private(set) var joinedLaterHalf = false

        init(bytes: [UInt8], text: TextBytes, lines: TextLines, file: String, style: ArticleLabel.Style) {
            self.bytes = bytes
            self.text = text
            self.lines = lines
            marks = lines.marks
            preamble = PartBuilder(source: bytes)
            closing = PartBuilder(source: bytes)
            self.file = file
            self.style = style
            articleLines.reserveCapacity(64)
            // The same guess for the articles: grown from empty, a code's thousands were
            // copied a dozen times (0.8 M instructions and 1.6 MB of fresh pages).
            result.articles.reserveCapacity(lines.count / 8)
        }

        mutating func split(laterHalf: LaterHalf? = nil) -> SplitText {
            var index = 0
            if let front = FrontMatter.read(lines, in: text) {
                result.frontMatter = front.pairs
                index = front.next
            }
            var joinedClosing: Part?
            if let laterHalf {
                // Up to the later half's first line, then that half's split when this run,
                // arrived there, would have read on the same way; else the rest, here.
                index = read(from: index, to: laterHalf.line)
                let later = laterHalf.wait()
                if index == laterHalf.line, let later, join(later, at: index) {
                    joinedLaterHalf = true
                    joinedClosing = later.closing
                    index = lines.count
                }
            }
            _ = read(from: index, to: lines.count)
            finishArticle()
            result.preamble = preamble.part
            result.closing = joinedClosing ?? closing.part
            result.title = result.frontMatterValue("title").flatMap { $0.isEmpty ? nil : $0 }
                ?? markdownTitle ?? firstLine(of: result.preamble.text) ?? file
            return result
        }

        /// Reads the lines from `index` until `stop`, or past it when the last line read took
        /// the next ones with it (a heading on the line after a label); returns where it stopped.
        mutating func read(from index: Int, to stop: Int) -> Int {
            var index = index
            while index < stop {
                // The lines were last read by the validation, milliseconds ago: ask for one a
                // few lines ahead, whose ends and starts would each wait on memory.
                lines.prefetch(index + 8, in: text)
                let line = lines.line(index, in: text)
                let number = index + 1
                if line.isBlank {
                    if !previousBlank { appendBlank() }
                    notePreviousLine(prose: nil)
                    previousBlank = true
                    index += 1
                    continue
                }
                previousBlank = false
                index = handle(line, number: number, index: index) + 1
            }
            return index
        }

        /// The later half's part: from its first line (an article's label) to the end.
        mutating func splitLater(from index: Int) -> SplitText {
            _ = read(from: index, to: lines.count)
            finishArticle()
            result.preamble = preamble.part
            result.closing = closing.part
            return result
        }

        /// Handles one non-blank line; returns the index of the last line it consumed.
        mutating func handle(_ line: LineBytes, number: Int, index: Int) -> Int {
            if inClosing {
                closing.append(line, number: number)
                noteSecondText(line, number: number)
                return index
            }
            if number <= proseUntil {
                appendProse(line, number: number)
                return index
            }
            if !mayStartPart(line) {
                appendProse(line, number: number)
                return index
            }
            if line.bytes[line.start] == UInt8(ascii: "\\"), line.count > 1 {
                // Markdown escape: `\Article 5. …` is prose that merely starts like a label.
                var escaped = line
                escaped.start += 1
                appendProse(escaped, number: number)
                return index
            }
            let startsQuoted = line.quoteWidth(at: line.start) > 0
            if !startsQuoted, !result.articles.isEmpty, !quotes.isOpen,
               ClosingMatter.starts(line) {
                finishArticle()
                inClosing = true
                closing.append(line, number: number)
                return index
            }
            if !startsQuoted, let label = ArticleLabel.parse(line, style: style) {
                let key = ArticleNumber.Key(label.number)  // made once for both steps
                if accepts(key) { return startArticle(label, key: key, line: line, number: number, index: index) }
            }
            if !startsQuoted, !quotes.isOpen,
               let heading = StructureHeadingLine.parse(line, sectionsAreArticles: style == .sections) {
                return addHeading(line, level: markdownLevel(line) ?? heading.level,
                                  hasTitle: heading.hasTitle, number: number, index: index)
            }
            if let hashes = markdownLevel(line), !quotes.isOpen {
                if result.articles.isEmpty, markdownTitle == nil,
                   result.frontMatterValue("title") == nil {
                    // The first Markdown heading before any article is the document's title
                    // when no front matter gives one; it also stays in the preamble.
                    markdownTitle = stripMarkdown(line).string
                } else {
                    return addHeading(line, level: hashes, hasTitle: true, number: number, index: index)
                }
            }
            appendProse(line, number: number)
            return index
        }

        /// Whether the line could be anything but prose: every closing formula, label, heading
        /// and Markdown mark starts with a capital letter, `#`, `*` or `\\` (or `§` in the style
        /// where it labels articles). Most body lines start otherwise (`§ 2.`, `1°`, a
        /// lower-case word, a quotation mark) and skip the recognisers, each of which would
        /// refuse them one after the other (BENCHMARKS: issue 16).
        func mayStartPart(_ line: LineBytes) -> Bool { Run.mayStartPart(line, style: style) }

        static func mayStartPart(_ line: LineBytes, style: ArticleLabel.Style) -> Bool {
            let first = line.bytes[line.start]
            return LineBytes.isUpper(first) || first == UInt8(ascii: "#") || first == UInt8(ascii: "*")
                || first == UInt8(ascii: "\\") || (style == .paragraphSign && first == 0xC2)
        }

        // MARK: articles

        /// `Kondigen deze wet af…` then a royal decree's `Artikel 1.`: a second text after
        /// the closing matter is never split silently into it; it is reported once.
        mutating func noteSecondText(_ line: LineBytes, number: Int) {
            guard !reportedSecondText, line.quoteWidth(at: line.start) == 0,
                  let label = ArticleLabel.parse(line, style: style), label.number == "1" else { return }
            reportedSecondText = true
            result.notices.append(TextProblem(
                file: file, line: number,
                message: "a second text seems to start here (“\(line.string(from: label.labelStart, to: label.labelEnd))”) after the closing matter; it was left in the closing matter: import it as a text of its own"))
        }

        /// Decides whether a recognised label really starts an article here.
        func accepts(_ key: ArticleNumber.Key) -> Bool {
            if let lastKey {
                // Inside quoted amending text only the next article of the law itself
                // may start (a quotation left open by a typo must not swallow the law).
                if quotes.isOpen {
                    guard key > lastKey, let b = key.base, let lb = lastKey.base, b <= lb + 1 else {
                        return false
                    }
                }
                // A hard-wrapped sentence can put `Article 5. …` at the start of a line:
                // after a line cut mid-sentence, a number that goes back is a reference.
                // (The same number again is kept, and reported as a duplicate.)
                if previousLineCutMidSentence, key < lastKey { return false }
            }
            return true
        }

        mutating func startArticle(_ label: ArticleLabel, key: ArticleNumber.Key, line: LineBytes,
                                   number: Int, index: Int) -> Int {
            finishArticle()
            quotes = QuoteState()
            noteNumber(label.number, key: key, line: number)
            // The article goes into the list now and is completed where it lies: building it
            // apart and appending it at its end copied every field once more (BENCHMARKS: issue 16).
            articleLines.removeAll(keepingCapacity: true)
            articleLines.append(number)
            let article = Article(
                number: label.number, label: line.string(from: label.labelStart, to: label.labelEnd),
                heading: nil, path: pathTexts, body: ArticleBody(""), lines: [])
            result.articles.append(consume article)
            let last = result.articles.count - 1
            // The body is built where it is kept (a local builder was copied into it).
            openBody = PartBuilder(source: bytes)
            var consumed = index
            var rest = line
            rest.start = label.restStart
            if label.restIsHeading, !rest.isBlank {
                result.articles[last].heading = rest.string
            } else if !rest.isBlank {
                openBody!.append(rest, number: nil)
                followQuotes(line, from: label.restStart)
            } else if let heading = headingOnNextLine(after: index) {
                // EU layout: `Article 1` alone, its heading on the next line.
                result.articles[last].heading = heading
                articleLines.append(index + 2)
                consumed = index + 1
            }
            notePreviousLine(prose: label.restIsHeading ? nil : rest)
            return consumed
        }

        /// Notes an article's number, labelled at `line`: a number met before is reported, and
        /// the highest so far kept for `accepts`.
        mutating func noteNumber(_ number: String, key: ArticleNumber.Key, line: Int) {
            let aboveAll = lastKey.map { key > $0 } ?? true
            if let first = numbersSeen.note(number, line: line, aboveAll: aboveAll, earlier: result.articles) {
                result.problems.append(TextProblem(
                    file: file, line: line,
                    message: "article \(number) appears twice (first at line \(first))"))
            }
            if aboveAll { lastKey = key }
        }

        mutating func finishArticle() {
            if let notes = headingNotes {
                result.headings[result.headings.count - 1].notes = notes.part
                headingNotes = nil
            }
            guard let body = openBody.take() else { return }
            let last = result.articles.count - 1
            result.articles[last].body = body.articleBody
            // A copy of the buffer (not `Array(articleLines)`, which would share it).
            result.articles[last].lines = articleLines.withUnsafeBufferPointer { Array($0) }
        }

        /// The next line, when it reads as a short heading rather than body text.
        func headingOnNextLine(after index: Int) -> String? {
            guard index + 1 < lines.count else { return nil }
            let next = lines.line(index + 1, in: text)
            guard !next.isBlank, next.count <= 160 else { return nil }
            let first = next.bytes[next.start]
            let last = next.bytes[next.end - 1]
            if LineBytes.isDigit(first) || "§([<\"'*#>|-•–\\".utf8.contains(first) || first == 0xC2
                || next.quoteWidth(at: next.start) > 0 { return nil }
            if ".;:,".utf8.contains(last) { return nil }
            // A heading may itself name an earlier article (UK s. 2 is headed `Section 1:
            // supplementary`); a label whose number goes back is read as that heading.
            if let label = ArticleLabel.parse(next, style: style),
               lastKey.map({ !(ArticleNumber.Key(label.number) < $0) }) ?? true { return nil }
            if StructureHeadingLine.parse(next, sectionsAreArticles: style == .sections) != nil
                || ClosingMatter.starts(next) { return nil }
            return next.string
        }

        // MARK: structure

        mutating func addHeading(_ line: LineBytes, level: Int, hasTitle: Bool, number: Int, index: Int) -> Int {
            var text = stripMarkdown(line).string
            var lineNumbers = [number]
            var consumed = index
            if !hasTitle, let title = headingOnNextLine(after: index) {
                // EU layout: `CHAPTER I` then its title on the next line.
                text += " - " + title
                lineNumbers.append(number + 1)
                consumed = index + 1
            }
            finishArticle()
            headingNotes = PartBuilder(source: bytes)
            while let top = path.last, top.level >= level { path.removeLast() }
            path.append((level, text))
            pathTexts = path.map(\.text)
            result.headings.append(StructureHeading(level: level, text: text, lines: lineNumbers))
            notePreviousLine(prose: nil)
            return consumed
        }

        func markdownLevel(_ line: LineBytes) -> Int? {
            var n = 0
            while n < 7, line[n] == UInt8(ascii: "#") { n += 1 }
            return (1...6).contains(n) ? n : nil
        }

        func stripMarkdown(_ line: LineBytes) -> LineBytes {
            var l = line
            while l.start < l.end, l.bytes[l.start] == UInt8(ascii: "#") { l.start += 1 }
            l.trim()
            return l
        }

        // MARK: prose

        mutating func appendProse(_ line: LineBytes, number: Int) {
            if openBody != nil {
                openBody!.append(line, number: nil)
                articleLines.append(number)
            } else if headingNotes != nil {
                headingNotes!.append(line, number: number)
            } else {
                preamble.append(line, number: number)
            }
            followQuotes(line, from: line.start)
            notePreviousLine(prose: line)
        }

        /// Follows the quotation marks of `line` from `from` on. The marks were found with the
        /// lines (`TextLines`), while the text was read: reading every body line again for
        /// them was a tenth of `parse`'s time on a 6.5 MB code (BENCHMARKS: issue 16). Marks of
        /// lines passed over, and before `from` on this one, are skipped, as a scan of the
        /// line from `from` would.
        mutating func followQuotes(_ line: LineBytes, from: Int) {
            while nextMark < marks.count, Int(marks[nextMark]) < from { nextMark += 1 }
            while nextMark < marks.count, Int(marks[nextMark]) < line.end {
                quotes.follow(markAt: Int(marks[nextMark]), in: line.bytes)
                nextMark += 1
            }
        }

        /// Remembers whether the line just read was prose cut mid-sentence (it ends with a
        /// letter, digit, comma or hyphen), for the wrapped-line rule in `accepts`.
        mutating func notePreviousLine(prose: LineBytes?) {
            guard let prose, !prose.isBlank else { previousLineCutMidSentence = false; return }
            let last = prose.bytes[prose.end - 1]
            if last < 0x80 {
                previousLineCutMidSentence = LineBytes.isASCIILetter(last) || LineBytes.isDigit(last)
                    || last == UInt8(ascii: ",") || last == UInt8(ascii: "-")
                return
            }
            // The last character is not ASCII. U+00C0 to U+00FF (C3 80 to C3 BF), the accented
            // letters of French and Dutch words, are all letters but × and ÷; any other is
            // decoded (accented letters end words too).
            if prose.end - 2 >= prose.start, prose.bytes[prose.end - 2] == 0xC3 {
                previousLineCutMidSentence = last != 0x97 && last != 0xB7
                return
            }
            var first = prose.end - 1
            while first > prose.start, prose.bytes[first] & 0xC0 == 0x80 { first -= 1 }
            let scalar = String(decoding: prose.bytes.buffer(from: first, to: prose.end), as: UTF8.self).unicodeScalars.last
            previousLineCutMidSentence = scalar.map { $0.properties.isAlphabetic } ?? false
        }

        mutating func appendBlank() {
            if inClosing {
                closing.appendBlank()
            } else if openBody != nil {
                openBody!.appendBlank()
            } else if headingNotes != nil {
                headingNotes!.appendBlank()
            } else {
                preamble.appendBlank()
            }
        }

        /// The first of the opening lines that reads like a title (four words or more),
        /// skipping reference numbers such as `2013/0305 (COD)`.
        func firstLine(of text: String) -> String? {
            let opening = text.split(separator: "\n", omittingEmptySubsequences: true).prefix(5)
            let title = opening.first { $0.split(separator: " ").count >= 4 } ?? opening.first
            return title.map(String.init)
        }
    }
}

/// Accumulates lines into a `Part` or an article's body, keeping one blank line between
/// paragraphs. While each line follows the one before in the file with exactly the
/// separator the part puts between them (a LF, or two after a blank line), the part is one
/// range of the file and nothing is copied (`ArticleBody`); from the first line that does
/// not, it gathers bytes, and makes one `String` at the end: building a string per line
/// was most of the splitter's time on large codes.
struct PartBuilder {
    /// The file's bytes (valid UTF-8), which every line appended lies in, and the range
    /// they hold the part in, while it is one.
    private let source: [UInt8]
    private var range: Range<Int>?
    /// The part's bytes, once gathered (`range` is then nil).
    private var bytes: [UInt8] = []
    private var lines: [Int] = []
    private var pendingBlank = false
    /// Every line gathered began and ended between scalars of its valid UTF-8 source, so
    /// the joined bytes are valid too and need no second validation (`ValidUTF8`).
    private var wholeScalars = true

    private var isEmpty: Bool {
        if let range { return range.isEmpty }  // (`range.map(\.isEmpty)` went through a key path: 9 M instructions)
        return bytes.isEmpty
    }

    init(source: [UInt8]) { self.source = source }

    /// Appends a line of `source` (its bytes are read there).
    mutating func append(_ line: LineBytes, number: Int?) {
        defer {
            pendingBlank = false
            if let number { lines.append(number) }
        }
        if isEmpty {
            range = line.start..<line.end
            bytes = []
            return
        }
        if let r = range {
            let separator = pendingBlank ? 2 : 1
            if line.start == r.upperBound + separator, source[r.upperBound] == 0x0A,
               separator == 1 || source[r.upperBound + 1] == 0x0A {
                range = r.lowerBound..<line.end
                return
            }
            // Not where the part goes on: gather from here.
            bytes.reserveCapacity(2048)  // an article's body, mostly: not grown from a few bytes
            bytes.append(contentsOf: source[r])
            wholeScalars = ValidUTF8.onBoundaries(source, from: r.lowerBound, to: r.upperBound)
            range = nil
        }
        bytes.append(0x0A)
        if pendingBlank { bytes.append(0x0A) }
        if !ValidUTF8.onBoundaries(source, from: line.start, to: line.end) { wholeScalars = false }
        bytes.append(contentsOf: source[line.start..<line.end])
    }

    mutating func appendBlank() { if !isEmpty { pendingBlank = true } }

    var text: String {
        if let range { return ValidUTF8.string(source, from: range.lowerBound, to: range.upperBound) }
        return wholeScalars ? ValidUTF8.string(assumingValid: bytes) : String(decoding: bytes, as: UTF8.self)
    }

    var part: Part { Part(text: text, lines: lines) }

    /// An article's body: the range of the file when the part is one, else its text.
    var articleBody: ArticleBody {
        if let range, !range.isEmpty { return ArticleBody(source: source, range: range) }
        return ArticleBody(text)
    }
}

/// Whether the reader is inside a quotation that runs over several lines: amending
/// laws quote whole replacement articles (`" Article 37. § 1. …`), which are not
/// articles of the law being read.
struct QuoteState {
    private var straightOpen = false
    private var curlyOpen = false
    /// German and Dutch quotations open with „ and close with “ (or ”).
    private var openedLow = false

    var isOpen: Bool { straightOpen || curlyOpen }

    /// Takes the mark that starts at `i` in `text`: a whole `"`, « », “, ” or „, as
    /// `text_line_scan` finds them (`Run.followQuotes` hands them over, line by line). Depth is
    /// not counted: French usage reopens « on every quoted paragraph and closes » once.
    mutating func follow(markAt i: Int, in text: TextBytes) {
        switch text[i] {
        case 0x22: straightOpen.toggle()
        case 0xC2: curlyOpen = text[i + 1] == 0xAB                                      // « or »
        default:
            switch text[i + 2] {
            case 0x9E: curlyOpen = true; openedLow = true                               // „
            case 0x9C:                                                                  // “
                if curlyOpen && openedLow { curlyOpen = false; openedLow = false } else { curlyOpen = true }
            default: curlyOpen = false; openedLow = false                               // ”
            }
        }
    }
}
