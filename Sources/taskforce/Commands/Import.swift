import ArgumentParser
import Foundation
import TaskForceCore

/// `taskforce import FILE`: turns a bill or law in any accepted form (PDF, DOCX, ODT,
/// Akoma Ntoso XML, Justel HTML…, recognised from its content) into one
/// `Texts/<id>.<lang>.txt` per language (README: import). What is written is split back
/// before it is kept: if the splitter would not find the articles the source declares,
/// or two languages would not number their articles alike, nothing is written, so a
/// text can never silently lose an article on its way in.
struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Convert a bill or law (PDF, DOCX, ODT, Akoma Ntoso, Justel…) into Texts/ files, one per language.",
        discussion: """
            Exit codes: 0 written; 65 nothing usable in the file (no article, encrypted, no text layer, \
            languages that disagree); 69 a program it needs is missing (poppler-utils for PDF); \
            74 input/output error, or a Texts/ file that already exists (never overwritten).
            """)

    @Argument(help: "The file to import.") var file: String
    @OptionGroup var texts: TextsOption
    @Option(help: "Text id ([a-z0-9-]); by default from the file name.") var id: String?
    @Option(help: "Language (fr, nl, en, de…): of a one-language file; of a bilingual file, the one to import alone.")
    var lang: String?
    @Option(help: "Which part of a document holding several: a number from 1, or bill, memorandum, draft (default: the bill).")
    var part: String?

    func validate() throws {
        if let id, !TextFileName.isValidID(id) {
            throw ValidationError("--id must use only a-z, 0-9 and '-' (got '\(id)')")
        }
        if let lang, !((2...3).contains(lang.count) && lang.allSatisfy({ $0 >= "a" && $0 <= "z" })) {
            throw ValidationError("--lang must be a 2 or 3 letter language code such as fr, nl or en (got '\(lang)')")
        }
        if let part, Int(part).map({ $0 < 1 }) ?? !["bill", "memorandum", "draft"].contains(part) {
            throw ValidationError("--part must be a number from 1, or bill, memorandum or draft (got '\(part)')")
        }
    }

    func run() throws {
        let source = URL(fileURLWithPath: file)
        let document = try DocumentImporter.importFile(at: source, displayName: file, part: part)
        let textID = id ?? Self.textID(fromFileName: source.lastPathComponent)
        var chosen = document.texts
        if let lang {
            if chosen.count == 1 {
                chosen[0].language = lang
            } else {
                chosen = chosen.filter { $0.language == lang }
                guard !chosen.isEmpty else {
                    let found = document.texts.map(\.language).joined(separator: ", ")
                    throw InputError(.badData, file: file, "there is no '\(lang)' text in this file (it holds \(found))")
                }
            }
        }
        if chosen.contains(where: { $0.language == "und" }) {
            throw InputError(.badData, file: file, "the language of the text could not be told: give it with --lang")
        }
        // Every text is rendered and checked before the first is written.
        let folder = texts.url
        var planned: [(url: URL, bytes: [UInt8], count: Int, title: String, notices: [TextProblem])] = []
        for text in chosen {
            let name = "\(textID).\(text.language).txt"
            let rendered = text.rendered()
            let split = TextSplitter.split(rendered, file: name, language: text.language)
            let numbers = split.articles.map(\.number)
            guard !numbers.isEmpty else {
                throw InputError(.badData, file: file, "no article could be imported")
            }
            guard numbers == text.expectedNumbers else {
                let lost = text.expectedNumbers.filter { !numbers.contains($0) }
                let extra = numbers.filter { !text.expectedNumbers.contains($0) }
                throw InputError(.badData, file: file,
                    "the converted \(text.language) text would not split into the articles the source declares (missing: \(lost.prefix(8).joined(separator: ", ")); unexpected: \(extra.prefix(8).joined(separator: ", "))); nothing was written")
            }
            let target = folder.appendingPathComponent(name)
            if FileManager.default.fileExists(atPath: target.path) {
                throw InputError(.io, file: target.relativePath,
                                 "the file already exists; nothing was overwritten (remove it first, or choose another --id)")
            }
            planned.append((target, Array(rendered.utf8), numbers.count, split.title, split.notices))
        }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for item in planned {
            do {
                try DurableFile.create(item.bytes, at: item.url, mode: 0o644)
            } catch {
                throw error.error
            }
            // Titles and report lines come from the file: no control character reaches the terminal.
            Output.line(Sanitizer.sanitize("Imported \(item.count) articles into \(item.url.relativePath): \(item.title)"))
            // What the splitter noticed (a second instrument after the first): never silent.
            for notice in item.notices { Output.error("warning: \(notice)") }
        }
        for line in document.report { Output.line("  " + Sanitizer.sanitize(line)) }
        // A new language version must number its articles like the others.
        if let library = try? TextLibrary.load(folder), let text = TextID(textID).flatMap(library.text) {
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
