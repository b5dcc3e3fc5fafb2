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
        // Words crossing each vertical line from 30% to 70% of the width, point by point.
        let from = Int(pageWidth * 0.3), to = Int(pageWidth * 0.7)
        guard to > from else { return nil }
        var crossing = [Int](repeating: 0, count: to - from + 1)
        for word in words {
            let first = max(from, Int(word.xMin.rounded(.down)) + 1), last = min(to, Int(word.xMax.rounded(.up)) - 1)
            if first <= last { for x in first...last { crossing[x - from] += 1 } }
        }
        // The gutter is the widest run of the emptiest lines, not the gap between two
        // words that happen to line up.
        let fewest = crossing.min()!
        var best: (start: Int, width: Int)?
        var x = 0
        while x < crossing.count {
            guard crossing[x] == fewest else { x += 1; continue }
            let start = x
            while x < crossing.count, crossing[x] == fewest { x += 1 }
            if best == nil || x - start > best!.width { best = (start, x - start) }
        }
        guard let gutter = best else { return nil }
        let middle = Double(from + gutter.start) + Double(gutter.width - 1) / 2
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
              gutter.width >= 8 else { return nil }
        // Two columns run down the page side by side: their lines overlap in height.
        let leftLines = PDFLine.lines(of: left, page: 0), rightLines = PDFLine.lines(of: right, page: 0)
        guard leftLines.count >= 3, rightLines.count >= 3 else { return nil }
        let overlap = min(leftLines.last!.yMax, rightLines.last!.yMax) - max(leftLines[0].yMin, rightLines[0].yMin)
        let span = max(leftLines.last!.yMax, rightLines.last!.yMax) - min(leftLines[0].yMin, rightLines[0].yMin)
        guard span > 0, overlap > span / 3 else { return nil }
        return ColumnSplit(left: left, right: right, across: across)
    }
}
