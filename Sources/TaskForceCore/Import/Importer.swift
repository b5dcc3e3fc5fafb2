import Foundation

/// The entry point of `taskforce import FILE`: reads a file, recognises its format
/// from its content (not its name) and hands it to the right importer.
public enum Importer {
    public enum Format: Sendable, Equatable { case akomaNtoso, justel }

    /// No law comes near it (the Belgian Civil Code page is a few MiB); a bigger file is
    /// a mistake, refused before it is read into memory.
    public static let maximumFileSize = 64 * 1024 * 1024

    /// `displayName` names the file in messages; by default the path as it was given.
    /// `displayName` names the file in messages; by default the path as it was given.
    public static func importFile(at url: URL, displayName: String? = nil) throws(InputError) -> ImportedText {
        do {
            let bytes = try FileReading.bytes(of: url, limit: maximumFileSize, what: "files to import")
            return try importData(Data(bytes), file: displayName ?? url.relativePath)
        } catch {
            throw InputError(error.kind, file: displayName ?? error.file, line: error.line, error.message)
        }
    }

    public static func importData(_ data: Data, file: String) throws(InputError) -> ImportedText {
        // PDF, DOCX, ODT: see DocumentImporter (several languages and parts).
        if let binary = BinaryFormat.of(data) { return try DocumentImporter.importFirstText(data, format: binary, file: file) }
        switch format(of: data) {
        case .akomaNtoso?:
            return try AkomaNtosoImporter.importText(data, file: file)
        case .justel?:
            return try JustelImporter.importText(data, file: file)
        case nil:
            throw InputError(.badData, file: file,
                             "this is not an Akoma Ntoso or Justel file (plain text and Markdown need no import)")
        }
    }

    /// Akoma Ntoso when its root element appears near the start, Justel for any HTML
    /// page, and Akoma Ntoso for other XML too, so that its importer can say what the
    /// root element is instead of a vague refusal.
    public static func format(of data: Data) -> Format? {
        let head = String(decoding: data.prefix(64 * 1024), as: UTF8.self)
        if head.contains("<akomaNtoso") || head.contains(":akomaNtoso") { return .akomaNtoso }
        let lower = head.lowercased()
        if lower.contains("<html") || lower.contains("<!doctype html") { return .justel }
        let start = head.drop { $0.isWhitespace || $0 == "\u{FEFF}" }
        return start.first == "<" ? .akomaNtoso : nil
    }
}
