import Foundation

/// The entry point of `taskforce import FILE`: reads a file, recognises its format
/// from its content (not its name) and hands it to the right importer.
public enum Importer {
    public enum Format: Sendable, Equatable {
        case akomaNtoso, formex, bwb, germanFederal, eurLex, justel, plainText
        /// XML whose root element belongs to none of the forms above.
        case unknownXML(root: String)
    }

    /// No law comes near it (the Belgian Civil Code page is a few MiB); a bigger file is
    /// a mistake, refused before it is read into memory.
    public static let maximumFileSize = 64 * 1024 * 1024

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
        case .akomaNtoso: return try AkomaNtosoImporter.importText(data, file: file)
        case .formex: return try FormexImporter.importText(data, file: file)
        case .bwb: return try BWBImporter.importText(data, file: file)
        case .germanFederal: return try GermanFederalImporter.importText(data, file: file)
        case .eurLex: return try EURLexImporter.importText(data, file: file)
        case .justel: return try JustelImporter.importText(data, file: file)
        case .plainText: return try PlainTextImporter.importText(data, file: file)
        case let .unknownXML(root):
            throw InputError(.badData, file: file,
                             "this XML (root element <\(Sanitizer.sanitize(String(root.prefix(40))))>) is none of the forms taskforce reads: Akoma Ntoso, Formex, Dutch BWB or German federal XML")
        }
    }

    /// Decided by the content: an HTML page is EUR-Lex when it carries the Official
    /// Journal's article classes, else a Justel or Moniteur page; XML by its root
    /// element; anything else is read as plain text or Markdown.
    public static func format(of data: Data) -> Format {
        let head = String(decoding: data.prefix(64 * 1024), as: UTF8.self)
        let lower = head.lowercased()
        if lower.contains("<html") || lower.contains("<!doctype html") {
            let page = String(decoding: data, as: UTF8.self)
            return EURLexImporter.recognises(page) ? .eurLex : .justel
        }
        guard let root = rootElement(head) else { return .plainText }
        switch root {
        case "akomaNtoso": return .akomaNtoso
        case "ACT", "CONS.ACT": return .formex
        case "toestand", "wetgeving": return .bwb
        case "dokumente": return .germanFederal
        default: return .unknownXML(root: root)
        }
    }

    /// The local name of the first element, when the file starts as XML does (after a
    /// byte order mark, blanks, the XML declaration, comments and a doctype); nil when
    /// it does not start with markup at all.
    static func rootElement(_ head: String) -> String? {
        var rest = Substring(head).drop { $0.isWhitespace || $0 == "\u{FEFF}" }
        while rest.hasPrefix("<?") || rest.hasPrefix("<!") {
            let close = rest.hasPrefix("<!--") ? "-->" : ">"
            guard let end = rest.range(of: close) else { return nil }
            rest = rest[end.upperBound...].drop { $0.isWhitespace }
        }
        guard rest.first == "<" else { return nil }
        let name = rest.dropFirst().prefix { !$0.isWhitespace && $0 != ">" && $0 != "/" }
        guard let first = name.first, first.isLetter || first == "_" else { return nil }
        return String(name.split(separator: ":").last ?? name)
    }
}
