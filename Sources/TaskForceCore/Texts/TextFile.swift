import Foundation

/// One file of `Texts/` read from disk, decoded and split (ARCHITECTURE: Texts).
public struct TextFile: Sendable {
    /// Texts larger than this are refused before reading: the largest Belgian codes are
    /// a few megabytes, so anything bigger is almost surely the wrong file.
    public static let sizeLimit = 32 * 1_048_576

    public var url: URL
    public var split: SplitText
    public var encoding: TextDecoding.Encoding

    /// Reads and splits `url` (`checked`: it must hold an article).
    /// XML and HTML sources (Akoma Ntoso, Formex, BWB, German federal XML, EUR-Lex,
    /// Justel and Moniteur pages) are imported on the fly and their rendering split, so
    /// that `parse` and `Texts/` read them like any text.
    public static func load(_ url: URL, language: String? = nil) throws(InputError) -> TextFile {
        let bytes = try FileReading.bytes(of: url, limit: sizeLimit, what: "texts")
        let decoded: TextDecoding.Decoded
        if ["xml", "html", "htm"].contains(url.pathExtension.lowercased()),
           Importer.format(of: Data(bytes)) != .plainText {
            let imported = try Importer.importData(Data(bytes), file: url.relativePath)
            decoded = TextDecoding.Decoded(text: imported.rendered(), encoding: .utf8)
        } else if bytes.count >= TextSplitter.largeText,
                  let lineSearch = BackgroundThread({ TextSplitter.lineRanges(bytes) }) {
            // A large code's lines are found on another core while this one validates it.
            // The search only looks for line ends and blanks, so it may run on bytes not yet
            // validated; its lines are used only when the text was UTF-8 as it stands.
            let lines: [LineBytes]
            do throws(InputError) {
                decoded = try TextDecoding.decode(bytes, file: url.relativePath)
                lines = lineSearch.wait()
            } catch {
                _ = lineSearch.wait()
                throw error
            }
            let same = decoded.utf8.withUnsafeBufferPointer { d in bytes.withUnsafeBufferPointer { d.baseAddress == $0.baseAddress && d.count == $0.count } }
            let split = TextSplitter.split(utf8: decoded.utf8, lines: same ? lines : nil, file: url.relativePath, language: language)
            return try checked(TextFile(url: url, split: split, encoding: decoded.encoding))
        } else {
            decoded = try TextDecoding.decode(bytes, file: url.relativePath)
        }
        let split = TextSplitter.split(utf8: decoded.utf8, file: url.relativePath, language: language)
        return try checked(TextFile(url: url, split: split, encoding: decoded.encoding))
    }

    /// A text with no article at all is an error: it cannot be reviewed article by article,
    /// and saying so beats showing an empty list.
    private static func checked(_ text: TextFile) throws(InputError) -> TextFile {
        if text.split.articles.isEmpty {
            throw InputError(.badData, file: text.url.relativePath,
                             "no article found (expected lines such as \"Art. 1.\", \"Article 1er\" or \"Artikel 1\" at the start of a line)")
        }
        return text
    }
}
