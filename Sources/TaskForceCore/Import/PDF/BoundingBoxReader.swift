/// Reads the XHTML that `pdftotext -bbox-layout` writes: `<page width= height=>` then
/// `<word xMin= yMin= xMax= yMax=>text</word>` elements. Poppler writes one element per
/// line, so a scan of the bytes line by line is enough (the file is poppler's own output,
/// not the user's); it runs over every word of a 200-page bill, so it stays on bytes.
enum BoundingBoxReader {
    static func pages(_ bytes: [UInt8]) -> [PDFPage] {
        var pages: [PDFPage] = []
        var start = 0
        let n = bytes.count
        while start < n {
            var end = start
            while end < n, bytes[end] != 0x0A { end += 1 }
            var i = start
            while i < end, bytes[i] == 0x20 || bytes[i] == 0x09 { i += 1 }
            if matches(bytes, i, end, "<word ") {
                if !pages.isEmpty, let word = word(bytes, i, end) { pages[pages.count - 1].words.append(word) }
            } else if matches(bytes, i, end, "<page ") {
                pages.append(PDFPage(number: pages.count + 1, width: number("width", bytes, i, end) ?? 595,
                                     height: number("height", bytes, i, end) ?? 842, words: []))
            }
            start = end + 1
        }
        return pages
    }

    static func pages(_ xhtml: String) -> [PDFPage] { pages(Array(xhtml.utf8)) }

    private static func word(_ b: [UInt8], _ start: Int, _ end: Int) -> PDFWord? {
        guard let xMin = number("xMin", b, start, end), let yMin = number("yMin", b, start, end),
              let xMax = number("xMax", b, start, end), let yMax = number("yMax", b, start, end),
              var open = b[start..<end].firstIndex(of: UInt8(ascii: ">")) else { return nil }
        open += 1
        var close = end
        while close > open, b[close - 1] != UInt8(ascii: "<") { close -= 1 }
        guard close > open + 1 else { return nil }
        let raw = String(decoding: b[open..<(close - 1)], as: UTF8.self)
        return PDFWord(text: HTMLEntities.decode(Substring(raw)), xMin: xMin, yMin: yMin, xMax: xMax, yMax: yMax)
    }

    private static func matches(_ b: [UInt8], _ i: Int, _ end: Int, _ prefix: StaticString) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard end - i >= count else { return false }
        return prefix.withUTF8Buffer { p in (0..<count).allSatisfy { b[i + $0] == p[$0] } }
    }

    /// The number in ` name="12.5"` within one tag.
    private static func number(_ name: StaticString, _ b: [UInt8], _ start: Int, _ end: Int) -> Double? {
        let count = name.utf8CodeUnitCount
        var i = start
        while i + count + 3 < end {
            if b[i] == 0x20, name.withUTF8Buffer({ p in (0..<count).allSatisfy { b[i + 1 + $0] == p[$0] } }),
               b[i + 1 + count] == UInt8(ascii: "="), b[i + 2 + count] == UInt8(ascii: "\"") {
                var j = i + 3 + count
                let valueStart = j
                while j < end, b[j] != UInt8(ascii: "\"") { j += 1 }
                return Double(String(decoding: b[valueStart..<j], as: UTF8.self))
            }
            i += 1
        }
        return nil
    }
}
