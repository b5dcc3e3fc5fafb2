import Foundation

/// Plain text and Markdown need no conversion: the file is passed through to the
/// splitter unchanged (its own front matter, if any, becomes the written one). The
/// numbers the splitter finds are the expected ones, as the source declares none; the
/// split's problems and notices (a second instrument after the first) are what the
/// import command reports.
public enum PlainTextImporter {
    public static func importText(_ data: Data, file: String) throws(InputError) -> ImportedText {
        let decoded = try TextDecoding.decode(Array(data), file: file)
        let lines = TextLines(decoded.utf8)
        let front = TextBytes.reading(decoded.utf8) { FrontMatter.read(lines, in: $0) }
        let split = TextSplitter.split(utf8: decoded.utf8, file: file)
        guard !split.articles.isEmpty else {
            throw InputError(.badData, file: file, "no article was found in this text (no line such as “Article 1.” or “Art. 1.”)")
        }
        // The splitter falls back to the path it was given; the file's name reads better.
        let name = file.split(separator: "/").last.map(String.init) ?? file
        var text = ImportedText(
            title: split.title == file ? name : split.title,
            language: split.frontMatterValue("language") ?? LanguageTag.fromFileName(file) ?? "fr")
        text.metadata = split.frontMatter.filter { $0.key != "title" }
        if text.metadataValue("source") == nil {
            text.metadata.insert(("source", name), at: 0)
        }
        let body = TextBytes.reading(decoded.utf8) { text in
            ((front?.next ?? 0)..<lines.count).map { lines.line($0, in: text).string }
        }
        text.units = [.rawLines(Array(body))]
        text.expectedNumbers = split.articles.map(\.number)
        text.leftOut = split.notices.map(\.message)
        return text
    }
}
