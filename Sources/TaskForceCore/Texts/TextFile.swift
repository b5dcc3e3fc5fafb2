import Foundation

/// One file of `Texts/` read from disk, decoded and split (ARCHITECTURE: Texts).
public struct TextFile: Sendable {
    /// Texts larger than this are refused before reading: the largest Belgian codes are
    /// a few megabytes, so anything bigger is almost surely the wrong file.
    public static let sizeLimit = 32 * 1_048_576

    public var url: URL
    public var split: SplitText
    public var encoding: TextDecoding.Encoding

    /// Reads and splits `url`. A text with no article at all is an error: it cannot be
    /// reviewed article by article, and saying so beats showing an empty list.
    /// XML and HTML sources (Akoma Ntoso, Formex, BWB, German federal XML, EUR-Lex,
    /// Justel and Moniteur pages) are imported on the fly and their rendering split, so
    /// that `parse` and `Texts/` read them like any text.
    public static func load(_ url: URL, language: String? = nil) throws(InputError) -> TextFile {
        let contents = try read(path: url.relativePath, pathExtension: url.pathExtension, language: language)
        return TextFile(url: url, split: contents.split, encoding: contents.encoding)
    }

    /// `load` of a file whose URL's `relativePath` and `pathExtension` are known without a
    /// URL (`parse` of a `PlainFilePath`): the same reading, checks and errors.
    public static func read(path: String, pathExtension: String, language: String? = nil) throws(InputError)
        -> (split: SplitText, encoding: TextDecoding.Encoding) {
        let bytes = try FileReading.bytes(atPath: path, limit: sizeLimit, what: "texts")
        let decoded: TextDecoding.Decoded
        var lines: TextLines?
        if ["xml", "html", "htm"].contains(pathExtension.lowercased()),
           Importer.format(of: Data(bytes)) != .plainText {
            let imported = try Importer.importData(Data(bytes), file: path)
            decoded = TextDecoding.Decoded(text: imported.rendered(), encoding: .utf8)
        } else if bytes.count >= FileReading.largeFile,
                  let validation = BackgroundThread({
                      Result { () throws(InputError) in try TextDecoding.decode(bytes, file: path) }
                  }) {
            // A large code is validated on another core while this one finds its lines and
            // quotation marks: the longer of the two starts at once, not after the other
            // thread's start (0.2 to 0.3 ms). The search only looks for line ends, blanks and
            // the marks' bytes, so it may run on bytes not yet validated; its lines are used
            // only when the text was UTF-8 as it stands (no BOM dropped, not converted from
            // Latin-1): the very array that was searched.
            let found = TextLines(bytes)
            decoded = try validation.wait().get()
            if decoded.utf8.sharesStorage(with: bytes) { lines = found }
        } else {
            decoded = try TextDecoding.decode(bytes, file: path)
        }
        let split = TextSplitter.split(utf8: decoded.utf8, lines: lines, file: path, language: language)
        if split.articles.isEmpty {
            throw InputError(.badData, file: path,
                             "no article found (expected lines such as \"Art. 1.\", \"Article 1er\" or \"Artikel 1\" at the start of a line)")
        }
        return (split, decoded.encoding)
    }
}
