import Foundation
import ZIPFoundation

/// DOCX and ODT: zips of XML. Tells them apart by their entries (`word/document.xml`;
/// `mimetype` = `application/vnd.oasis.opendocument.text`), refuses a zip that is neither
/// and a password-protected ODT, and gives the paragraphs in one language.
enum OfficeImporter {
    /// No document's XML comes near this; a bigger entry is a zip bomb.
    static let maximumEntrySize = 64 * 1024 * 1024

    static func read(_ data: Data, file: String) throws(InputError) -> LanguageParagraphs {
        let archive: Archive
        do {
            archive = try Archive(data: data, accessMode: .read)
        } catch {
            throw InputError(.badData, file: file, "this zip archive is damaged and cannot be opened")
        }
        let paragraphs: [OfficeParagraph]
        if archive["word/document.xml"] != nil {
            let styles = WordStylesReader()
            if let xml = try entry("word/styles.xml", of: archive, file: file) {
                try XMLEvents.parse(xml, file: file + " (word/styles.xml)", into: styles)
            }
            let reader = WordDocumentReader(headingStyles: styles.headings)
            try XMLEvents.parse(try entry("word/document.xml", of: archive, file: file)!,
                                file: file + " (word/document.xml)", into: reader)
            paragraphs = reader.paragraphs
        } else if let mimetype = try entry("mimetype", of: archive, file: file),
                  String(decoding: mimetype, as: UTF8.self).hasPrefix("application/vnd.oasis.opendocument.text") {
            if let manifest = try entry("META-INF/manifest.xml", of: archive, file: file),
               String(decoding: manifest, as: UTF8.self).contains("encryption-data") {
                throw InputError(.badData, file: file,
                    "this OpenDocument file is protected by a password; save an unprotected copy and import that")
            }
            guard let content = try entry("content.xml", of: archive, file: file) else {
                throw InputError(.badData, file: file, "this OpenDocument file has no content.xml")
            }
            let reader = OpenDocumentReader()
            try XMLEvents.parse(content, file: file + " (content.xml)", into: reader)
            paragraphs = reader.paragraphs
        } else {
            throw InputError(.badData, file: file,
                "this is a zip archive but not a Word (DOCX) or OpenDocument text (ODT) document")
        }
        let lines = paragraphs.flatMap { $0.splitterParagraphs() }
        let language = LanguageGuess.language(of: lines.prefix(400), minimum: 3) ?? "und"
        return LanguageParagraphs(languages: [language], paragraphs: [language: lines], report: [])
    }

    /// The bytes of one entry, nil when the archive has none; refused past the size limit,
    /// counted as it inflates (the size a zip declares can lie).
    static func entry(_ path: String, of archive: Archive, file: String) throws(InputError) -> Data? {
        guard let entry = archive[path] else { return nil }
        var data = Data()
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                data.append(chunk)
                if data.count > maximumEntrySize { throw CocoaError(.fileReadTooLarge) }
            }
        } catch {
            throw InputError(.badData, file: file, "\(path) in this archive is damaged or too large to read")
        }
        return data
    }
}
