import Foundation
import Testing

/// `taskforce texts`: the listing of a Texts/ folder, for people and (with --json) scripts.
struct TextsCommandTests {
    @Test func jsonListsTheDemoBillWithThreeVersionsOf21Articles() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try Repository.copyDemoTexts(into: folder.url)

        let result = try runTaskforce(["texts", "--json"], in: folder.url)

        #expect(result.status == 0, "stderr: \(result.stderr)")
        let json = try jsonObject(result.stdout)
        let texts = try #require(json["texts"] as? [[String: Any]])
        #expect(texts.count == 1)
        let text = try #require(texts.first)
        #expect(text["id"] as? String == Repository.demoID)
        let title = try #require(text["title"] as? String)
        #expect(title.contains("fictif"), "the French title comes first: \(title)")
        #expect((text["problems"] as? [Any])?.isEmpty == true)

        let versions = try #require(text["versions"] as? [[String: Any]])
        #expect(versions.count == 3)
        #expect(Set(versions.compactMap { $0["language"] as? String }) == ["fr", "nl", "en"])
        for version in versions {
            let language = try #require(version["language"] as? String)
            #expect(version["file"] as? String == "Texts/\(Repository.demoID).\(language).txt")
            #expect(version["articles"] as? Int == Repository.demoArticleCount)
        }
    }

    @Test func aStrayFileIsAProblemAndTheGoodTextsAreStillListed() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let texts = try Repository.copyDemoTexts(into: folder.url)
        try "Notes from the last meeting.\n".write(
            to: texts.appendingPathComponent("notes.txt"), atomically: false, encoding: .utf8)

        let listing = try runTaskforce(["texts"], in: folder.url)
        #expect(listing.status == 0, "stderr: \(listing.stderr)")
        let problemLines = listing.stdout.split(separator: "\n").filter { $0.contains("problem") }
        #expect(problemLines.count == 1)
        #expect(problemLines.first?.contains("notes.txt") == true, "\(listing.stdout)")
        #expect(listing.stdout.contains("\(Repository.demoArticleCount) articles"))

        let json = try jsonObject(try runTaskforce(["texts", "--json"], in: folder.url).stdout)
        let problems = try #require(json["problems"] as? [String])
        #expect(problems.count == 1)
        #expect(problems.first?.contains("notes.txt") == true)
        let ids = (json["texts"] as? [[String: Any]])?.compactMap { $0["id"] as? String }
        #expect(ids == [Repository.demoID])
    }
}
