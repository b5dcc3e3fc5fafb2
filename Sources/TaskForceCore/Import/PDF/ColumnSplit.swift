/// Separates a page into two columns by position: the gutter is the vertical line in the
/// middle of the page that the fewest words cross. A page is read as two columns only
/// when almost no line crosses the gutter and each side holds a good part of the words.
struct ColumnSplit {
    var left: [PDFWord]
    var right: [PDFWord]
    /// Lines that run across the gutter (a heading over both columns).
    var across: [PDFWord]

    static func split(_ words: [PDFWord], pageWidth: Double) -> ColumnSplit? {
        guard words.count >= 20 else { return nil }
        var best: (x: Double, crossing: Int, gapWidth: Double)?
        var x = pageWidth * 0.3
        while x <= pageWidth * 0.7 {
            let crossing = words.reduce(0) { $0 + ($1.xMin < x && $1.xMax > x ? 1 : 0) }
            if best == nil || crossing < best!.crossing { best = (x, crossing, 0) }
            x += 1
        }
        guard let gutter = best else { return nil }
        // Centre the gutter in its run of equally empty positions.
        var low = gutter.x, high = gutter.x
        func crossing(_ at: Double) -> Int { words.reduce(0) { $0 + ($1.xMin < at && $1.xMax > at ? 1 : 0) } }
        while low > pageWidth * 0.25, crossing(low - 1) <= gutter.crossing { low -= 1 }
        while high < pageWidth * 0.75, crossing(high + 1) <= gutter.crossing { high += 1 }
        let middle = (low + high) / 2

        let crossingWords = words.filter { $0.xMin < middle && $0.xMax > middle }
        // Rows holding a crossing word go across; the rest fall on either side.
        var across: [PDFWord] = []
        var left: [PDFWord] = []
        var right: [PDFWord] = []
        for word in words {
            let inCrossingRow = crossingWords.contains {
                abs($0.yMid - word.yMid) < 0.5 * max(1, min($0.height, word.height))
            }
            if inCrossingRow { across.append(word) }
            else if (word.xMin + word.xMax) / 2 < middle { left.append(word) }
            else { right.append(word) }
        }
        let total = Double(words.count)
        guard Double(across.count) <= total * 0.2,
              Double(left.count) >= total * 0.2, Double(right.count) >= total * 0.2,
              high - low >= 4 || gutter.crossing == 0 else { return nil }
        // Two columns run down the page side by side: their lines overlap in height.
        let leftLines = PDFLine.lines(of: left, page: 0), rightLines = PDFLine.lines(of: right, page: 0)
        guard leftLines.count >= 3, rightLines.count >= 3 else { return nil }
        let overlap = min(leftLines.last!.yMax, rightLines.last!.yMax) - max(leftLines[0].yMin, rightLines[0].yMin)
        let span = max(leftLines.last!.yMax, rightLines.last!.yMax) - min(leftLines[0].yMin, rightLines[0].yMin)
        guard span > 0, overlap > span / 3 else { return nil }
        return ColumnSplit(left: left, right: right, across: across)
    }
}
