import Foundation

/// Reads a PDF with poppler (`pdftotext -bbox-layout`: every word with its box) and gives
/// the paragraphs of each language it holds. French and Dutch side by side on a page are
/// two columns, told apart by position and then by their words; running headers, footers
/// and page numbers are dropped; pages without a text layer are read by OCR when
/// tesseract is installed and named in the report either way.
enum PDFImporter {
    /// Pages without a text layer read by OCR in one import, at most.
    static let maximumOCRPages = 40

    static let installHint = "poppler-utils is not installed: run scripts/setup, or apt-get install poppler-utils"

    static func read(_ pdf: URL, file: String, folder: URL) throws(InputError) -> LanguageParagraphs {
        guard let info = ExternalTool.find("pdfinfo"), let pdftotext = ExternalTool.find("pdftotext") else {
            throw InputError(.unavailable, file: file, "this is a PDF, and \(installHint)")
        }
        let pages: [PDFPage]
        var report: [String] = []
        do {
            let described = try info.run([pdf.path], in: folder)
            if described.status != 0 {
                let reason = described.stderr.lowercased()
                if reason.contains("password") || reason.contains("encrypt") {
                    throw InputError(.badData, file: file,
                        "this PDF is encrypted with a password; save an unprotected copy and import that")
                }
                throw InputError(.badData, file: file, "this PDF is damaged or not a PDF poppler can read")
            }
            if described.stdout.contains("Encrypted:") && described.stdout.contains("Encrypted:       yes") {
                report.append("the PDF is encrypted without a password to open it; its text was read")
            }
            let xhtml = folder.appendingPathComponent("words.html")
            let extracted = try pdftotext.run(["-bbox-layout", "-enc", "UTF-8", pdf.path, xhtml.path], in: folder)
            guard extracted.status == 0, let data = FileManager.default.contents(atPath: xhtml.path) else {
                throw InputError(.badData, file: file, "pdftotext could not read this PDF")
            }
            pages = try withOCR(BoundingBoxReader.pages([UInt8](data)),
                                pdf: pdf, folder: folder, report: &report)
        } catch let error as InputError {
            throw error
        } catch {
            throw InputError(.io, file: file, "could not run poppler on it (\(error.localizedDescription))")
        }
        guard pages.contains(where: { !$0.words.isEmpty }) else {
            throw InputError(.badData, file: file,
                "no page of this PDF has a text layer (a scan without OCR): nothing to import; "
                + "install tesseract-ocr-fra and tesseract-ocr-nld (scripts/setup) to read scans")
        }
        var streams = PageStreams(pages: pages)
        streams.report.insert(contentsOf: report, at: 0)
        return streams.paragraphs()
    }

    /// Pages with no word are read by OCR when tesseract is there.
    static func withOCR(_ pages: [PDFPage], pdf: URL, folder: URL, report: inout [String]) throws -> [PDFPage] {
        let empty = pages.filter { $0.words.isEmpty }.map(\.number)
        guard !empty.isEmpty else { return pages }
        let list = PageStreams.ranges(empty)
        guard let ocr = OCRReader.available(folder: folder) else {
            report.append("no text layer (scanned without OCR), left out: page\(empty.count > 1 ? "s" : "") \(list) "
                          + "(install tesseract-ocr-fra and tesseract-ocr-nld to read them)")
            return pages
        }
        var read = pages
        var found: [Int] = []
        var skipped: [Int] = []
        var attempted = 0
        for i in read.indices where read[i].words.isEmpty {
            // OCR takes seconds a page: a whole scanned book would take hours.
            guard attempted < maximumOCRPages else { skipped.append(read[i].number); continue }
            attempted += 1
            read[i].words = try ocr.words(pdf: pdf, page: read[i], folder: folder)
            read[i].readByOCR = !read[i].words.isEmpty
            if read[i].readByOCR { found.append(read[i].number) }
        }
        report.append("no text layer: page\(empty.count > 1 ? "s" : "") \(list); "
                      + (found.isEmpty ? "OCR found no text there, left out"
                         : "read by OCR (tesseract): page \(PageStreams.ranges(found)), check its text"))
        if !skipped.isEmpty {
            report.append("left out, not read by OCR (over \(maximumOCRPages) pages): page \(PageStreams.ranges(skipped))")
        }
        return read
    }
}

/// The paragraphs of a document, per language, in reading order, and what the reading
/// left out or noticed.
struct LanguageParagraphs: Sendable {
    var languages: [String]
    var paragraphs: [String: [String]]
    var report: [String]
}
