import ArgumentParser
import Foundation
import TaskForceCore

/// `taskforce import FILE`: turns an Akoma Ntoso XML file or a Justel HTML page into a
/// `Texts/<id>.<lang>.md` file (DESIGN 3.3). What is written is split back before it is
/// kept: if the splitter would not find the articles the source declares, nothing is
/// written, so a text can never silently lose an article on its way in.
struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Convert an Akoma Ntoso XML file or a Justel HTML page into a Texts/ file.")

    @Argument(help: "The .xml or .html file.") var file: String
    @OptionGroup var texts: TextsOption
    @Option(help: "Text id ([a-z0-9-]); by default from the file name.") var id: String?
    @Option(help: "Language (fr, nl, en, de…); by default from the file.") var lang: String?

    func validate() throws {
        if let id, !TextFileName.isValidID(id) {
            throw ValidationError("--id must use only a-z, 0-9 and '-' (got '\(id)')")
        }
        if let lang, !((2...3).contains(lang.count) && lang.allSatisfy({ $0 >= "a" && $0 <= "z" })) {
            throw ValidationError("--lang must be a 2 or 3 letter language code such as fr, nl or en (got '\(lang)')")
        }
    }

    func run() throws {
        let source = URL(fileURLWithPath: file)
        let imported = try Importer.importFile(at: source, displayName: file)
        let textID = id ?? Self.textID(fromFileName: source.lastPathComponent)
        let language = lang ?? imported.language
        let name = "\(textID).\(language).md"
        let rendered = imported.rendered()
        let split = TextSplitter.split(rendered, file: name, language: language)
        let numbers = split.articles.map(\.number)
        guard !numbers.isEmpty else {
            throw InputError(.badData, file: file, "no article could be imported")
        }
        guard numbers == imported.expectedNumbers else {
            let lost = imported.expectedNumbers.filter { !numbers.contains($0) }
            let extra = numbers.filter { !imported.expectedNumbers.contains($0) }
            throw InputError(.badData, file: file,
                "the converted text would not split into the articles the source declares (missing: \(lost.prefix(8).joined(separator: ", ")); unexpected: \(extra.prefix(8).joined(separator: ", "))); nothing was written")
        }
        let folder = texts.url
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let target = folder.appendingPathComponent(name)
        if FileManager.default.fileExists(atPath: target.path) {
            throw InputError(.io, file: target.relativePath,
                             "the file already exists; nothing was overwritten (remove it first, or choose another --id)")
        }
        do {
            try DurableFile.create(Array(rendered.utf8), at: target, mode: 0o644)
        } catch {
            throw error.error
        }
        Output.line("Imported \(numbers.count) articles into \(target.relativePath): \(split.title)")
        // A new language version must number its articles like the others.
        if let library = try? TextLibrary.load(folder), let text = library.text(textID) {
            for problem in text.problems { Output.error("warning: \(problem)") }
        }
    }

    /// `be-1994-02-02-protection-jeunesse.justel.fr.html` → `be-1994-02-02-protection-jeunesse`.
    static func textID(fromFileName name: String) -> String {
        let stem = name.lowercased().prefix { $0 != "." }
        var id = ""
        for c in stem {
            let keep = (c >= "a" && c <= "z") || (c >= "0" && c <= "9")
            if keep { id.append(c) } else if !id.isEmpty, id.last != "-" { id.append("-") }
        }
        while id.hasSuffix("-") { id.removeLast() }
        return id.isEmpty ? "imported-text" : id
    }
}
