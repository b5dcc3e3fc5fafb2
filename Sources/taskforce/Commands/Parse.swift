import ArgumentParser
import Foundation
import TaskForceCore

/// `taskforce parse FILE`: split one file and show its articles, to check how a text
/// will be read before it goes into `Texts/`.
struct Parse: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Split one text file into articles and print them.",
        discussion: "Exit 65 when the file cannot be read as a text, has no article, or repeats an article number.")

    @Argument(help: "A .txt or .md text (Akoma Ntoso .xml too).") var file: String
    @Flag(help: "Print JSON (see README: Commands).") var json = false

    func run() throws {
        let url = URL(fileURLWithPath: file)
        let language = TextFileName(url.lastPathComponent)?.language
        let loaded = try TextFile.load(url, language: language)
        let split = loaded.split
        if json {
            try Output.json(ParseJSON(split, language: language ?? split.frontMatterValue("language")))
        } else {
            Output.line(ArticleListing.render(split))
        }
        if loaded.encoding == .latin1 {
            Output.error("\(file): read as \(loaded.encoding.rawValue), not UTF-8; save it as UTF-8 to be sure accents are right")
        }
        for notice in split.notices { Output.error("warning: \(notice)") }
        if !split.problems.isEmpty {
            for problem in split.problems { Output.error(problem.description) }
            throw ExitCode(65)
        }
    }
}

/// `{"title", "language", "preamble", "articles": [{"number", "label", "heading", "path",
/// "text", "fingerprint"}], "closing"}` (README: Commands). Absent values are `null`, not missing.
struct ParseJSON: Encodable {
    var title: String
    var language: String?
    var preamble: String
    var articles: [ArticleJSON]
    var closing: String

    init(_ split: SplitText, language: String?) {
        title = split.title
        self.language = language
        preamble = split.preamble.text
        articles = split.articles.map(ArticleJSON.init)
        closing = split.closing.text
    }

    enum CodingKeys: String, CodingKey { case title, language, preamble, articles, closing }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(title, forKey: .title)
        try c.encode(language, forKey: .language)
        try c.encode(preamble, forKey: .preamble)
        try c.encode(articles, forKey: .articles)
        try c.encode(closing, forKey: .closing)
    }
}

struct ArticleJSON: Encodable {
    var number: String
    var label: String
    var heading: String?
    var path: [String]
    var text: String
    var fingerprint: String

    init(_ a: Article) {
        number = a.number
        label = a.label
        heading = a.heading
        path = a.path
        text = a.text
        fingerprint = a.fingerprint
    }

    enum CodingKeys: String, CodingKey { case number, label, heading, path, text, fingerprint }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(number, forKey: .number)
        try c.encode(label, forKey: .label)
        try c.encode(heading, forKey: .heading)
        try c.encode(path, forKey: .path)
        try c.encode(text, forKey: .text)
        try c.encode(fingerprint, forKey: .fingerprint)
    }
}

/// Plain listing: one line per article with its path, heading and the start of its text.
enum ArticleListing {
    static func render(_ split: SplitText) -> String {
        var out = [split.title, ""]
        var lastPath: [String] = []
        for article in split.articles {
            if article.path != lastPath, let innermost = article.path.last {
                out.append(innermost)
                lastPath = article.path
            }
            let heading = article.heading.map { " \($0)" } ?? ""
            // Only the first bytes of the text are looked at: bodies can be long,
            // and this runs for every article of a code.
            let head = article.text.utf8.prefix(240).prefix { $0 != 0x0A }
            let firstLine = String(String(decoding: head, as: UTF8.self).prefix(60))
            let padding = String(repeating: " ", count: max(0, 8 - article.number.count))
            out.append("  \(article.number)\(padding) \(article.label)\(heading)  \(firstLine)")
        }
        out.append("")
        out.append("\(split.articles.count) articles.")
        return out.joined(separator: "\n")
    }
}
