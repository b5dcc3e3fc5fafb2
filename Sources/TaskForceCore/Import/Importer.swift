import Foundation

/// The entry point of `taskforce import FILE`: reads a file, recognises its format
/// from its content (not its name) and hands it to the right importer.
public enum Importer {
    public enum Format: Sendable, Equatable { case akomaNtoso, justel }

    /// No law comes near it (the Belgian Civil Code page is a few MiB); a bigger file is
    /// a mistake, refused before it is read into memory.
    public static let maximumFileSize = 64 * 1024 * 1024

    /// `displayName` names the file in messages; by default the path as it was given.
    public static func importFile(at url: URL, displayName: String? = nil) throws(InputError) -> ImportedText {
        let name = displayName ?? url.relativePath
        let path = url.path
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw InputError(.io, file: name, "the file does not exist")
        }
        guard !isFolder.boolValue else { throw InputError(.io, file: name, "this is a folder, not a file") }
        let size: Int
        do {
            let attributes = try FileManager.default.attributesOfItem(atPath: path)
            size = (attributes[.size] as? NSNumber)?.intValue ?? 0
        } catch {
            throw InputError(.io, file: name, "the file cannot be read")
        }
        guard size <= maximumFileSize else {
            throw InputError(.badData, file: name,
                             "the file is larger than \(maximumFileSize / 1024 / 1024) MiB, far more than any law, so it is not read")
        }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw InputError(.io, file: name, "the file cannot be read")
        }
        return try importData(data, file: name)
    }

    public static func importData(_ data: Data, file: String) throws(InputError) -> ImportedText {
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
