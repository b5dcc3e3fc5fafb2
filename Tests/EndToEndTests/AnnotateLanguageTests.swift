import Foundation
import Testing

/// Issue 14, item 6: `annotate` without `--language` labelled a Dutch comment on the
/// French-Dutch demo bill FR (its first language). Without the option, a text in one
/// language gives its language; a text in several gives the one the comment's words show;
/// when they do not tell, the first language is recorded and stderr says so.
struct AnnotateLanguageTests {
    private func labels(_ folder: URL, _ text: String) throws -> [String] {
        let dir = folder.appendingPathComponent("Annotations/\(text)")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return try names.filter { $0.hasSuffix(".json") }.map { name in
            let object = try JSONSerialization.jsonObject(with: Data(contentsOf: dir.appendingPathComponent(name))) as? [String: Any]
            return object?["language"] as? String ?? "?"
        }.sorted()
    }

    private func annotate(_ comment: String, text: String = Repository.demoID, extra: [String] = [],
                          in folder: URL) throws -> RunResult {
        try runTaskforce(["annotate", "--text", text, "--article", "2", "--stance", "concern"] + extra,
                         in: folder, input: Data("\(comment)\n".utf8))
    }

    @Test(arguments: [
        ("Dit artikel beschermt ons niet genoeg.", "nl"),
        ("Qui est visé exactement par cet article ?", "fr"),
        ("The definition leaves out those who work from home.", "en"),
    ])
    func theCommentsWordsGiveItsLanguage(_ comment: String, _ expected: String) throws {
        let work = try TemporaryFolder()
        defer { work.remove() }
        try Repository.copyDemoTexts(into: work.url)
        let saved = try annotate(comment, in: work.url)
        #expect(saved.status == 0, "\(saved.stderr)")
        #expect(saved.stderr.isEmpty, "\(saved.stderr)")
        #expect(try labels(work.url, Repository.demoID) == [expected])
    }

    @Test func wordsThatDoNotTellGiveTheFirstLanguageAndSaySo() throws {
        let work = try TemporaryFolder()
        defer { work.remove() }
        try Repository.copyDemoTexts(into: work.url)
        let saved = try annotate("Akkoord!", in: work.url)
        #expect(saved.status == 0, "\(saved.stderr)")
        #expect(saved.stderr == "taskforce: the comment's words do not tell its language; it is recorded as fr (use --language to say)\n")
        #expect(try labels(work.url, Repository.demoID) == ["fr"])
    }

    @Test func theOptionWinsOverTheWords() throws {
        let work = try TemporaryFolder()
        defer { work.remove() }
        try Repository.copyDemoTexts(into: work.url)
        let saved = try annotate("Qui est visé ?", extra: ["--language", "nl"], in: work.url)
        #expect(saved.status == 0, "\(saved.stderr)")
        #expect(try labels(work.url, Repository.demoID) == ["nl"])
    }

    /// A `--language` that is no language code is a usage error (exit 2) before anything is
    /// read or written; it was a refused record (exit 65) naming a file never written.
    @Test(arguments: ["../e", "FR", "f", "fran", "", "n l"])
    func aLanguageThatIsNoCodeIsAUsageError(_ language: String) throws {
        let work = try TemporaryFolder()
        defer { work.remove() }
        try Repository.copyDemoTexts(into: work.url)
        let refused = try annotate("Qui est visé ?", extra: ["--language", language], in: work.url)
        #expect(refused.status == 2, "\(refused.stderr)")
        #expect(refused.stderr.contains("--language must be a language code"), "\(refused.stderr)")
        #expect(try labels(work.url, Repository.demoID).isEmpty)
    }

    @Test func aTextInOneLanguageGivesItsLanguage() throws {
        let work = try TemporaryFolder()
        defer { work.remove() }
        try FileManager.default.createDirectory(at: work.url.appendingPathComponent("Texts"), withIntermediateDirectories: true)
        try work.write("Wet\n\nArtikel 1. Deze wet geldt voor iedereen.\n\nArtikel 2. Ook voor zelfstandigen.\n", to: "Texts/wet-een.nl.txt")
        let saved = try annotate("Qui est visé ?", text: "wet-een", in: work.url)
        #expect(saved.status == 0, "\(saved.stderr)")
        #expect(try labels(work.url, "wet-een") == ["nl"])
    }
}
