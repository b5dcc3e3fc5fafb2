import Foundation

/// Reads a page that has no text layer (scanned without OCR) with tesseract, when it is
/// installed: poppler's `pdftoppm` renders the page at 300 dpi and tesseract's TSV output
/// gives each word with its box, which becomes a `PDFWord` like poppler's own.
struct OCRReader {
    let render: ExternalTool
    let tesseract: ExternalTool
    let languages: String

    static let resolution = 300.0

    /// Nil when tesseract or its French/Dutch data is missing: such pages are then only
    /// reported as having no text. `folder` is the import's private folder: the tool's
    /// output goes to files there, never to fixed names in the shared temporary folder
    /// (two imports at once read each other's, and another user could plant a link there).
    static func available(folder: URL) -> OCRReader? {
        guard let render = ExternalTool.find("pdftoppm"), let tesseract = ExternalTool.find("tesseract") else {
            return nil
        }
        guard let listed = try? tesseract.run(["--list-langs"], in: folder) else { return nil }
        let installed = Set((listed.stdout + listed.stderr).split(whereSeparator: \.isNewline).map(String.init))
        let wanted = ["fra", "nld", "eng", "deu"].filter(installed.contains)
        guard !wanted.isEmpty else { return nil }
        return OCRReader(render: render, tesseract: tesseract, languages: wanted.joined(separator: "+"))
    }

    /// The words of page `page` of `pdf`, scaled to the page's size in points.
    func words(pdf: URL, page: PDFPage, folder: URL) throws -> [PDFWord] {
        let prefix = folder.appendingPathComponent("page").path
        let rendered = try render.run(["-f", "\(page.number)", "-l", "\(page.number)", "-r", "\(Int(Self.resolution))",
                                       "-gray", "-png", "-singlefile", pdf.path, prefix], in: folder)
        guard rendered.status == 0 else { return [] }
        let image = prefix + ".png"
        let output = folder.appendingPathComponent("ocr").path
        let read = try tesseract.run([image, output, "-l", languages, "tsv"], in: folder)
        try? FileManager.default.removeItem(atPath: image)
        guard read.status == 0, let data = FileManager.default.contents(atPath: output + ".tsv") else { return [] }
        return Self.words(tsv: String(decoding: data, as: UTF8.self), page: page)
    }

    /// Tesseract's TSV: level, page, block, paragraph, line, word, left, top, width,
    /// height, confidence, text. Level 1 is the image (its size in pixels), 5 a word.
    static func words(tsv: String, page: PDFPage) -> [PDFWord] {
        var scaleX = 72 / resolution, scaleY = 72 / resolution
        var words: [PDFWord] = []
        for row in tsv.split(whereSeparator: \.isNewline).dropFirst() {
            let fields = row.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 12, let left = Double(fields[6]), let top = Double(fields[7]),
                  let width = Double(fields[8]), let height = Double(fields[9]) else { continue }
            if fields[0] == "1", width > 0, height > 0 {
                scaleX = page.width / width
                scaleY = page.height / height
            }
            let text = fields[11].trimmingCharacters(in: .whitespaces)
            guard fields[0] == "5", !text.isEmpty else { continue }
            words.append(PDFWord(text: text, xMin: left * scaleX, yMin: top * scaleY,
                                 xMax: (left + width) * scaleX, yMax: (top + height) * scaleY))
        }
        return words
    }
}
