/// Finds running headers, footers and page numbers: the top or bottom line of a page
/// that is only a number, or that repeats on other pages once its digits are removed
/// (`BELGISCH STAATSBLAD — 25.11.1998 — MONITEUR BELGE 37824`).
struct RunningHeaders {
    /// Signatures seen as a top or bottom line, with the number of pages they occur on.
    private var seen: [String: Int] = [:]

    init(pages: [PDFPage]) {
        for page in pages {
            for line in Self.edgeLines(of: page) { seen[Self.signature(line.text), default: 0] += 1 }
        }
    }

    /// The words of the page without its running header and footer, and the lines removed.
    func strip(_ page: PDFPage) -> (words: [PDFWord], removed: [String]) {
        var words = page.words
        var removed: [String] = []
        for line in Self.edgeLines(of: page) {
            let signature = Self.signature(line.text)
            guard signature.isEmpty || seen[signature, default: 0] >= 2 else { continue }
            words.removeAll { $0.yMid >= line.yMin && $0.yMid <= line.yMax }
            removed.append(line.text)
        }
        return (words, removed)
    }

    /// The first and last full-width line of the page, when they sit in its top or
    /// bottom eighth (a line in the middle of a page is never a running header).
    static func edgeLines(of page: PDFPage) -> [PDFLine] {
        let lines = PDFLine.lines(of: page.words, page: page.number)
        guard let first = lines.first, let last = lines.last else { return [] }
        var edges: [PDFLine] = []
        if first.yMax < page.height / 8 { edges.append(first) }
        if lines.count > 1, last.yMin > page.height * 7 / 8 { edges.append(last) }
        return edges
    }

    /// Lower-case letters only: `37824 BELGISCH STAATSBLAD — 25.11.1998` and the same
    /// header with another page number and date match; a bare page number gives "".
    static func signature(_ text: String) -> String {
        let out = String(text.lowercased().filter(\.isLetter))
        // `p. 3`, `page 3`, `blz. 3`: numbering words alone count as a page number.
        return ["", "p", "page", "blz", "pagina"].contains(out) ? "" : out
    }
}
