/// Reads the XHTML that `pdftotext -bbox-layout` writes: `<page width= height=>` then
/// `<word xMin= yMin= xMax= yMax=>text</word>` elements. Poppler writes one element per
/// line, so a line scan is enough; the file is poppler's own output, not the user's.
enum BoundingBoxReader {
    static func pages(_ xhtml: String) -> [PDFPage] {
        var pages: [PDFPage] = []
        for rawLine in xhtml.split(separator: "\n", omittingEmptySubsequences: true) {
            let line = rawLine.drop { $0 == " " || $0 == "\t" }
            if line.hasPrefix("<page ") {
                pages.append(PDFPage(number: pages.count + 1,
                                     width: attribute("width", in: line) ?? 595,
                                     height: attribute("height", in: line) ?? 842, words: []))
            } else if line.hasPrefix("<word "), !pages.isEmpty,
                      let open = line.firstIndex(of: ">"), let close = line.range(of: "</word>") {
                let text = HTMLEntities.decode(line[line.index(after: open)..<close.lowerBound])
                guard let xMin = attribute("xMin", in: line), let yMin = attribute("yMin", in: line),
                      let xMax = attribute("xMax", in: line), let yMax = attribute("yMax", in: line),
                      !text.isEmpty else { continue }
                pages[pages.count - 1].words.append(
                    PDFWord(text: text, xMin: xMin, yMin: yMin, xMax: xMax, yMax: yMax))
            }
        }
        return pages
    }

    /// The number in `name="12.5"` within one tag.
    static func attribute(_ name: String, in tag: Substring) -> Double? {
        guard let start = tag.range(of: " \(name)=\"") else { return nil }
        let value = tag[start.upperBound...].prefix { $0 != "\"" }
        return Double(value)
    }
}
