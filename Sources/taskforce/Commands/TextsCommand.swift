import ArgumentParser
import Foundation
import TaskForceCore

/// `taskforce texts`: what is in `Texts/`, per text and language, with problems.
struct TextsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "texts",
        abstract: "List the texts, their language versions, article counts and problems.")

    @OptionGroup var texts: TextsOption
    @Flag(help: "Print JSON (see README: Commands).") var json = false

    func run() throws {
        let library = try texts.library()
        if json {
            try Output.json(TextsJSON(library))
        } else {
            Output.line(LibraryListing.render(library))
        }
    }
}

/// `{"texts": [{"id", "title", "versions": [{"language", "file", "articles"}], "problems"}]}`,
/// plus `problems` for files that are not named like texts.
struct TextsJSON: Encodable {
    struct Text: Encodable {
        var id: TextID  // a bare string, as before
        var title: String
        var versions: [Version]
        var problems: [String]
    }
    struct Version: Encodable {
        var language: String
        var file: String
        /// Null when the file could not be read; its problem says why.
        var articles: Int?

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(language, forKey: .language)
            try c.encode(file, forKey: .file)
            try c.encode(articles, forKey: .articles)
        }
        enum CodingKeys: String, CodingKey { case language, file, articles }
    }

    var texts: [Text]
    var problems: [String]

    init(_ library: TextLibrary) {
        texts = library.texts.map { text in
            Text(id: text.id, title: text.title(),
                 versions: text.versions.map {
                     Version(language: $0.language, file: $0.url.relativePath, articles: $0.file?.split.articles.count)
                 },
                 problems: text.problems.map(\.description))
        }
        problems = library.strayFiles.map(\.description)
    }
}

/// The human-readable listing shared by `texts` and the no-argument start.
enum LibraryListing {
    static func render(_ library: TextLibrary) -> String {
        var out: [String] = []
        if library.texts.isEmpty {
            out.append("No texts in \(library.directory.relativePath). Add files named <text-id>.<language>.txt (or .md), or use `taskforce import`.")
        }
        for text in library.texts {
            out.append("\(text.id)  \(text.title())")
            for version in text.versions {
                let count = version.file.map { Output.count($0.split.articles.count, "article") } ?? "unreadable"
                out.append("  \(version.language)  \(count)  \(version.url.relativePath)")
            }
            for problem in text.problems { out.append("  problem: \(problem)") }
        }
        for problem in library.strayFiles { out.append("problem: \(problem)") }
        return out.joined(separator: "\n")
    }
}
