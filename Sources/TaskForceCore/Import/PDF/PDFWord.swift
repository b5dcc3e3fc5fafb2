/// One word of a PDF page with its box, in points from the page's top left corner, as
/// `pdftotext -bbox-layout` (or OCR) gives it.
struct PDFWord: Sendable, Equatable {
    var text: String
    var xMin: Double
    var yMin: Double
    var xMax: Double
    var yMax: Double

    var yMid: Double { (yMin + yMax) / 2 }
    var height: Double { yMax - yMin }
}

/// One page: its size and its words in the order the PDF gives them.
struct PDFPage: Sendable {
    /// 1-based, as a reader counts pages.
    var number: Int
    var width: Double
    var height: Double
    var words: [PDFWord]
    /// The words came from OCR because the page had no text layer.
    var readByOCR = false
}
