import Foundation
import Testing

/// Issue 14, item 6: `annotate` without `--language` labelled a Dutch comment on the
/// French-Dutch demo bill FR (its first language). On a text in several languages the
/// language is now required; on a text in one language it is that language.
struct AnnotateLanguageTests {
    private func labels(_ folder: URL, _ text: String) throws -> [String] {
        let dir = folder.appendingPathComponent("Annotations/\(text)")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return try names.filter { $0.hasSuffix(".json") }.map { name in
            let object = try JSONSerialization.jsonObject(with: Data(contentsOf: dir.appendingPathComponent(name))) as? [String: Any]
            return object?["language"] as? String ?? "?"
        }
    }

    @Test func aTextInSeveralLanguagesNeedsTheCommentsLanguage() throws {
        let work = try TemporaryFolder()
        defer { work.remove() }
        try Repository.copyDemoTexts(into: work.url)
        let comment = Data("Dit artikel beschermt ons niet genoeg.\n".utf8)
        let refused = try runTaskforce(["annotate", "--text", Repository.demoID, "--article", "2", "--stance", "concern"],
                                       in: work.url, input: comment)
        #expect(refused.status == 2, "\(refused.stderr)")
        // One sentence naming the text and its languages, not a usage screen.
        #expect(refused.stderr == "taskforce: the text \"\(Repository.demoID)\" is in en, fr, nl: say which language the comment is in with --language\n")
        #expect(try labels(work.url, Repository.demoID).isEmpty, "nothing is saved under a guessed language")

        let saved = try runTaskforce(["annotate", "--text", Repository.demoID, "--article", "2", "--stance", "concern",
                                      "--language", "nl"], in: work.url, input: comment)
        #expect(saved.status == 0, "\(saved.stderr)")
        #expect(try labels(work.url, Repository.demoID) == ["nl"])
    }

    @Test func aTextInOneLanguageGivesItsLanguage() throws {
        let work = try TemporaryFolder()
        defer { work.remove() }
        try FileManager.default.createDirectory(at: work.url.appendingPathComponent("Texts"), withIntermediateDirectories: true)
        try work.write("Wet\n\nArtikel 1. Deze wet geldt voor iedereen.\n", to: "Texts/wet-een.nl.txt")
        let saved = try runTaskforce(["annotate", "--text", "wet-een", "--article", "1", "--stance", "question"],
                                     in: work.url, input: Data("Ook voor zelfstandigen?\n".utf8))
        #expect(saved.status == 0, "\(saved.stderr)")
        #expect(try labels(work.url, "wet-een") == ["nl"])
    }
}
