import Foundation
import TaskForceCore
@testable import TaskForceUI
import Testing

/// Issue 15, "Must show": `--lang ro|pt|es|bg` on every screen leaves no English word. Each
/// screen is drawn by the real binary on the demonstration bill and its comments; a word of
/// four letters or more from the English catalogue that appears on it fails, unless that
/// language's own strings or the texts on screen (the French bill, the demo comments, the
/// languages' own names) hold it too ("Total" is Romanian as well).
@Suite struct LanguageScreensTests {
    /// The screens, as key scripts (and options) on the demonstration data.
    static let screens: [(name: String, options: [String], keys: String)] = [
        ("chooser", [], ""),
        ("reader", [], "<Enter>jjjjj"),
        ("composer", [], "<Enter>jjjjja"),
        ("composer with a warning", [], "<Enter>jjjjja1xyzw 0470 12 34 56<C-s>"),
        ("composer asking for a stance", [], "<Enter>jjjjjaxyzw<C-s>"),
        ("notes", [], "<Enter>jjjjj<F4>"),
        ("help", [], "<Enter><F1>"),
        ("help, further down", [], "<Enter><F1><PgDn>"),
        ("search", [], "<Enter>/alarme<Enter>"),
        ("kiosk", ["--kiosk", "--session", "K-1"], "<Enter>jjjjja"),
        ("dashboard", ["--facilitator", "--session", "DEMO-2026-01"], "<Enter>d"),
        ("facilitator's help", ["--facilitator", "--session", "DEMO-2026-01"], "<Enter><F1><PgDn>"),
        ("digest preview", [], "<Enter>D"),
        ("reading mode", [], "<Enter>jjjjjr"),
        ("facilitator quitting", ["--facilitator", "--session", "DEMO-2026-01"], "<Enter>q"),
    ]

    static let newLanguages = UILanguage.allCases.filter { $0 != .en }

    /// Words of four letters or more, lower-cased, in any script.
    static func words(_ text: String) -> Set<String> {
        Set(text.split { !$0.isLetter }.map { $0.lowercased() }.filter { $0.count >= 4 })
    }

    /// Every word the interface can say in `language`: its own strings and digest labels, read
    /// from its tables (not through `text`, which falls back to English for a missing one),
    /// and the languages' names that `{languages}` fills in.
    static func catalogueWords(_ language: UILanguage) -> Set<String> {
        words(Catalogue.table(language).values.joined(separator: " ")
            + " " + DigestLabel.table(language).values.joined(separator: " ") + " " + UILanguage.names)
    }

    /// The words of what the screens show that is not the interface: the bill in French
    /// (the version shown first) and the demo comments, whatever their language.
    static func contentWords(_ folder: URL) throws -> Set<String> {
        var content = try String(contentsOf: Repository.demoFile("fr"), encoding: .utf8)
        let annotations = folder.appendingPathComponent("Annotations/\(Repository.demoID)")
        for file in try FileManager.default.contentsOfDirectory(at: annotations, includingPropertiesForKeys: nil) {
            let object = try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any] ?? [:]
            content += " " + ["body", "proposal"].compactMap { object[$0] as? String }.joined(separator: " ")
        }
        return words(content)
    }

    static func render(_ language: UILanguage, _ screen: (name: String, options: [String], keys: String),
                       in folder: URL) throws -> String {
        let result = try runTaskforce(["render", "--lang", language.rawValue, "--size", "100x40", "--keys", screen.keys]
                                      + screen.options, in: folder)
        #expect(result.status == 0, "\(language) \(screen.name): \(result.stderr)")
        return result.stdout
    }

    @Test(arguments: newLanguages)
    func noEnglishWordIsLeft(_ language: UILanguage) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try Repository.copyDemoTexts(into: folder.url)
        try Repository.copyDemoAnnotations(into: folder.url, sessions: true)
        let english = Self.catalogueWords(.en)
        let allowed = Self.catalogueWords(language).union(try Self.contentWords(folder.url))
        for screen in Self.screens {
            let shown = try Self.render(language, screen, in: folder.url)
            let left = Self.words(shown).intersection(english).subtracting(allowed)
            #expect(left.isEmpty, "\(language.rawValue), \(screen.name): English left: \(left.sorted())\n\(shown)")
            // The screen is the one meant: the same keys in English show English words.
            let inEnglish = try Self.render(.en, screen, in: folder.url)
            #expect(Self.words(inEnglish).intersection(english).subtracting(allowed).count >= 2,
                    "\(screen.name) in English shows too few of its words to compare:\n\(inEnglish)")
        }
    }

    /// `--lang` accepts exactly the list, and its help says which (generated from the list).
    @Test(arguments: ["render", "digest"])
    func langHelpListsEveryLanguage(_ command: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let help = try runTaskforce([command, "--help"], in: folder.url)
        let flat = help.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let values = UILanguage.allCases.map(\.rawValue).joined(separator: ", ")
        #expect(flat.contains("(values: \(values))"), "\(help.stdout)")
        for language in UILanguage.allCases {
            let run = try runTaskforce([command, "--lang", language.rawValue, "--help"], in: folder.url)
            #expect(run.status == 0, "\(language): \(run.stderr)")
        }
    }
}
