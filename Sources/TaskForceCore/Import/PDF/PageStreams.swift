/// Sorts the lines of every page into one stream per language. A two-column page gives
/// each column to the language its words show (or, when a column is too short to tell,
/// to the side's language on the other pages); a one-column page gives each block of
/// lines to its language, and a block with no clear language (a number, a name) to all.
struct PageStreams {
    let pages: [PDFPage]
    var report: [String] = []
    private var lines: [String: [PDFLine]] = [:]
    private var order: [String] = []

    init(pages: [PDFPage]) { self.pages = pages }

    mutating func paragraphs() -> LanguageParagraphs {
        let headers = RunningHeaders(pages: pages)
        var removedHeaders = 0
        var contentsPages: [Int] = []
        var sameLanguagePages: [Int] = []
        var layouts: [(page: PDFPage, words: [PDFWord], columns: ColumnSplit?)] = []
        var sideVotes: [[String: Int]] = [[:], [:]]
        for page in pages where !page.words.isEmpty {
            let stripped = headers.strip(page)
            removedHeaders += stripped.removed.count
            if Self.isTableOfContents(stripped.words) { contentsPages.append(page.number); continue }
            let columns = ColumnSplit.split(stripped.words, pageWidth: page.width)
            if let columns {
                for (side, words) in [columns.left, columns.right].enumerated() {
                    if let language = LanguageGuess.language(of: words.map(\.text)) { sideVotes[side][language, default: 0] += 1 }
                }
            }
            layouts.append((page, stripped.words, columns))
        }
        let sideLanguage = sideVotes.map { $0.max { $0.value < $1.value }?.key }
        // The languages are known before the first page is sorted, so that a title page
        // before any text goes to each of them.
        var known = sideLanguage.compactMap { $0 }
        if known.isEmpty {
            known = [LanguageGuess.language(of: layouts.flatMap { $0.words.map(\.text) }, minimum: 1) ?? "und"]
        }
        for language in known where lines[language] == nil { lines[language] = []; order.append(language) }
        for layout in layouts {
            let number = layout.page.number
            guard let columns = layout.columns else {
                addBlocks(PDFLine.lines(of: layout.words, page: number))
                continue
            }
            let left = LanguageGuess.language(of: columns.left.map(\.text)) ?? sideLanguage[0]
            let right = LanguageGuess.language(of: columns.right.map(\.text)) ?? sideLanguage[1]
            let leftLines = PDFLine.lines(of: columns.left, page: number)
            let rightLines = PDFLine.lines(of: columns.right, page: number)
            let acrossLines = PDFLine.lines(of: columns.across, page: number)
            if let left, let right, left != right {
                add(leftLines + acrossLines.filter { LanguageGuess.language(of: [$0.text], minimum: 1) != right }, to: left)
                add(rightLines + acrossLines.filter { LanguageGuess.language(of: [$0.text], minimum: 1) != left }, to: right)
            } else {
                // One language in both columns: read down the left column, then the right.
                sameLanguagePages.append(number)
                let language = left ?? right
                let ordered = acrossLines + leftLines + rightLines
                if let language { append(ordered, to: language) } else { addBlocks(ordered) }
            }
        }
        if removedHeaders > 0 { report.append("left out: \(removedHeaders) running headers, footers and page numbers") }
        if !contentsPages.isEmpty {
            report.append("left out: table of contents (page \(contentsPages.map(String.init).joined(separator: ", ")))")
        }
        if !sameLanguagePages.isEmpty {
            report.append("page \(Self.ranges(sameLanguagePages)): two columns in one language, read left column then right")
        }
        let languages = order.filter { !(lines[$0]?.isEmpty ?? true) }
        var paragraphs: [String: [String]] = [:]
        for language in languages { paragraphs[language] = Paragraphs.of(lines[language]!) }
        return LanguageParagraphs(languages: languages, paragraphs: paragraphs, report: report)
    }

    /// Column lines and the headings across both columns, merged by height on the page.
    private mutating func add(_ new: [PDFLine], to language: String) {
        append(new.sorted { $0.yMin < $1.yMin }, to: language)
    }

    private mutating func append(_ new: [PDFLine], to language: String) {
        if lines[language] == nil { lines[language] = []; order.append(language) }
        lines[language]! += new
    }

    /// A one-column page: blocks separated by a gap taller than a line, each to its
    /// language, or to every language when it shows none.
    private mutating func addBlocks(_ pageLines: [PDFLine]) {
        var blocks: [[PDFLine]] = []
        for line in pageLines {
            if let last = blocks.last?.last, line.yMin - last.yMax < max(2, last.height) {
                blocks[blocks.count - 1].append(line)
            } else {
                blocks.append([line])
            }
        }
        for block in blocks {
            if let language = LanguageGuess.language(of: block.map(\.text), minimum: 2) {
                append(block, to: language)
            } else {
                for language in order { append(block, to: language) }
            }
        }
    }

    /// A page headed `SOMMAIRE`, `INHOUDSTABEL`, `Table des matières`, `Inhoud`, `Contents`.
    static func isTableOfContents(_ words: [PDFWord]) -> Bool {
        let first = PDFLine.lines(of: words, page: 0).first?.text.lowercased() ?? ""
        return ["sommaire", "inhoudstabel", "inhoudsopgave", "inhoud", "table des matières", "contents",
                "table of contents"].contains(first.trimmingCharacters(in: .whitespaces))
    }

    /// `3-5, 8`.
    static func ranges(_ numbers: [Int]) -> String {
        var parts: [String] = []
        var start = numbers.first ?? 0, end = start
        for n in numbers.dropFirst() {
            if n == end + 1 { end = n; continue }
            parts.append(start == end ? "\(start)" : "\(start)-\(end)")
            start = n; end = n
        }
        if !numbers.isEmpty { parts.append(start == end ? "\(start)" : "\(start)-\(end)") }
        return parts.joined(separator: ", ")
    }
}
