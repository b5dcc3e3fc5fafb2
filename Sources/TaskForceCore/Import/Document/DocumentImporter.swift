import Foundation

/// `taskforce import`'s reader for every form: PDF, DOCX and ODT here (recognised from
/// their first bytes), everything else through `Importer` (XML, HTML), one text then.
public enum DocumentImporter {
    /// `part` is `--part` (a number from 1, or bill, memorandum, draft).
    public static func importFile(at url: URL, displayName: String, part: String?) throws(InputError) -> ImportedDocument {
        let bytes = try FileReading.bytes(of: url, limit: Importer.maximumFileSize, what: "files to import")
        let source = url.lastPathComponent
        guard let format = BinaryFormat.of(bytes) else {
            let text = try Importer.importData(Data(bytes), file: displayName)
            if let part, part != "1", part != "bill" {
                throw InputError(.badData, file: displayName, "this file holds one text: there is no part '\(part)'")
            }
            return ImportedDocument(texts: [text], report: ["languages: \(text.language)"] + text.leftOut)
        }
        let read = try paragraphs(of: bytes, format: format, url: url, file: displayName)
        return try ImportedDocument.assemble(read, part: part, source: source, file: displayName)
    }

    /// The same for bytes already read (`Importer.importData`'s hook): the first language.
    static func importFirstText(_ data: Data, format: BinaryFormat, file: String) throws(InputError) -> ImportedText {
        let read = try paragraphs(of: Array(data), format: format, url: nil, file: file)
        return try ImportedDocument.assemble(read, part: nil, source: file, file: file).texts[0]
    }

    static func paragraphs(of bytes: [UInt8], format: BinaryFormat, url: URL?, file: String)
        throws(InputError) -> LanguageParagraphs {
        switch format {
        case .compoundFile:
            throw InputError(.badData, file: file,
                "this is a password-protected Office document or an old binary .doc; remove the password "
                + "or save it as .docx, then import that")
        case .zip:
            return try OfficeImporter.read(Data(bytes), file: file)
        case .pdf:
            // poppler reads files: a private copy, so that the name given never reaches it.
            let folder = FileManager.default.temporaryDirectory
                .appendingPathComponent("taskforce-import-\(UUID().uuidString)")
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true,
                                                        attributes: [.posixPermissions: 0o700])
                let copy = folder.appendingPathComponent("document.pdf")
                try Data(bytes).write(to: copy)
            } catch {
                throw InputError(.io, file: file, "could not make a temporary copy to read (\(error.localizedDescription))")
            }
            defer { try? FileManager.default.removeItem(at: folder) }
            return try PDFImporter.read(folder.appendingPathComponent("document.pdf"), file: file, folder: folder)
        }
    }
}
