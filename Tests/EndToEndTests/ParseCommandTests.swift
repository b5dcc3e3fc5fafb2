import Foundation
import Testing

/// `taskforce parse FILE --json` on the French demo bill: the shape README: Commands promises.
struct ParseCommandTests {
    @Test func jsonHasTheDocumentedShapeAndValues() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }

        let result = try runTaskforce(["parse", Repository.demoFile("fr").path, "--json"], in: folder.url)

        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stderr.isEmpty)
        let json = try jsonObject(result.stdout)
        #expect(Set(json.keys) == ["title", "language", "preamble", "articles", "closing"])
        #expect(json["language"] as? String == "fr")
        #expect((json["title"] as? String)?.contains("fictif") == true)
        #expect((json["preamble"] as? String)?.isEmpty == false)
        #expect((json["closing"] as? String)?.isEmpty == false)

        let articles = try #require(json["articles"] as? [[String: Any]])
        #expect(articles.count == Repository.demoArticleCount)
        for article in articles {
            #expect(Set(article.keys) == ["number", "label", "heading", "path", "text", "fingerprint"])
            let fingerprint = try #require(article["fingerprint"] as? String)
            #expect(fingerprint.count == 16 && fingerprint.allSatisfy { "0123456789abcdef".contains($0) },
                    "fingerprint \(fingerprint)")
            #expect((article["text"] as? String)?.isEmpty == false)
        }
        #expect(Set(articles.compactMap { $0["fingerprint"] as? String }).count == articles.count)

        let first = try #require(articles.first)
        #expect(first["number"] as? String == "1")
        #expect(first["label"] as? String == "Article 1er")
        #expect(first["path"] as? [String] == ["CHAPITRE 1er. - Dispositions générales"])

        let alarm = try #require(articles.first { $0["number"] as? String == "5bis" })
        #expect(alarm["heading"] as? String == "Bouton d'alarme")
    }

    @Test func plainListingEndsWithTheArticleCount() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }

        let result = try runTaskforce(["parse", Repository.demoFile("nl").path], in: folder.url)

        #expect(result.status == 0)
        #expect(result.stdout.contains("5bis"))
        #expect(result.stdout.hasSuffix("\(Repository.demoArticleCount) articles.\n"))
    }

    /// `parse FILE [--json]` runs without ArgumentParser; `parse -- FILE` still goes through
    /// it. Both must print the same bytes, and help and usage errors stay ArgumentParser's.
    @Test func theDirectPathPrintsWhatArgumentParserWould() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = Repository.demoFile("fr").path

        let direct = try runTaskforce(["parse", file], in: folder.url)
        let parsed = try runTaskforce(["parse", "--", file], in: folder.url)
        #expect(direct.status == 0 && parsed.status == 0, "stderr: \(direct.stderr) \(parsed.stderr)")
        #expect(direct.stdout == parsed.stdout)
        #expect(direct.stdout.hasSuffix("\(Repository.demoArticleCount) articles.\n"))

        let jsonBefore = try runTaskforce(["parse", "--json", file], in: folder.url)
        let jsonAfter = try runTaskforce(["parse", file, "--json"], in: folder.url)
        let jsonParsed = try runTaskforce(["parse", "--json", "--", file], in: folder.url)
        #expect(jsonBefore.status == 0 && jsonAfter.status == 0 && jsonParsed.status == 0)
        #expect(jsonBefore.stdout == jsonParsed.stdout && jsonAfter.stdout == jsonParsed.stdout)
        #expect(jsonBefore.stdout.hasPrefix("{"))

        let help = try runTaskforce(["parse", "--help"], in: folder.url)
        #expect(help.status == 0)
        #expect(help.stdout.contains("USAGE: taskforce parse <file> [--json]"), "\(help.stdout)")

        let missing = try runTaskforce(["parse", folder.url.appendingPathComponent("absent.txt").path], in: folder.url)
        #expect(missing.status == 74, "stderr: \(missing.stderr)")
        #expect(missing.stderrLines.count == 1)
        for usage in [["parse"], ["parse", "a.txt", "b.txt"], ["parse", "--bogus", file]] {
            let result = try runTaskforce(usage, in: folder.url)
            #expect(result.status == 2, "\(usage): \(result.stderr)")
            #expect(result.stdout.isEmpty)
        }
    }
}
