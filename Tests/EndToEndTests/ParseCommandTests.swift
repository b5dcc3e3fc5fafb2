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
}
