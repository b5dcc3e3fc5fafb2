/// One line of text in one column of one page, its words joined in reading order.
struct PDFLine: Sendable {
    var text: String
    var page: Int
    /// Left edge, and distance from the column's left margin (a first-line indent).
    var xMin: Double
    var indent: Double = 0
    var yMin: Double
    var yMax: Double

    var height: Double { yMax - yMin }

    /// Two words on one row: their middles are close, or they overlap over half the
    /// smaller one's height (a raised `er` next to its number).
    static func sameRow(_ a: PDFWord, _ b: PDFWord) -> Bool {
        let smaller = max(1, min(a.height, b.height))
        if abs(a.yMid - b.yMid) < 0.5 * smaller { return true }
        return min(a.yMax, b.yMax) - max(a.yMin, b.yMin) > 0.5 * smaller
    }

    /// Words whose middles are close in height make one line, read left to right.
    static func lines(of words: [PDFWord], page: Int) -> [PDFLine] {
        var rows: [[PDFWord]] = []
        for word in words.sorted(by: { $0.yMid < $1.yMid }) {
            if let last = rows.last, let first = last.first, sameRow(word, first) {
                rows[rows.count - 1].append(word)
            } else {
                rows.append([word])
            }
        }
        var lines = rows.map { row -> PDFLine in
            let ordered = row.sorted { $0.xMin < $1.xMin }
            var text = ordered[0].text
            for (previous, word) in zip(ordered, ordered.dropFirst()) {
                // `1` then a raised `er` touching it is one word: `1er`.
                if word.xMin - previous.xMax > 0.12 * max(1, min(word.height, previous.height)) { text += " " }
                text += word.text
            }
            return PDFLine(text: text, page: page,
                           xMin: ordered[0].xMin, yMin: row.map(\.yMin).min()!, yMax: row.map(\.yMax).max()!)
        }
        // The margin is where most lines start; the leftmost line may be a stray mark.
        let starts = lines.map(\.xMin).sorted()
        let margin = starts.isEmpty ? 0 : starts[starts.count / 5]
        for i in lines.indices { lines[i].indent = lines[i].xMin - margin }
        return lines
    }
}
