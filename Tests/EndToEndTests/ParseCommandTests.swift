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

/// The listing's excerpt of each article, counted eight bytes at a time where it can be:
/// the first 60 characters of the article's first line, as `String` counts them, for
/// first lines just shorter, as long and just longer than that, ASCII, accented, with
/// no-break spaces and guillemets, with curly quotes (counted by `String` itself), and
/// ending at a line end within the first eight bytes or later.
struct ParseListingExcerptTests {
    @Test func eachArticleShowsTheFirstSixtyCharactersOfItsFirstLine() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let words = ["délai", "abc", "Straße", "«\u{A0}cité\u{A0}»", "§", "l’article", "x", "e", "ééé"]
        var bodies: [String] = []
        for length in [1, 7, 8, 9, 52, 59, 60, 61, 62, 70, 130] {
            for start in 0..<words.count {
                var line = ""
                var k = start
                while line.count < length { line += words[k % words.count] + " "; k += 1 }
                bodies.append(String(line.prefix(length)).trimmingCharacters(in: .whitespaces))
            }
        }
        bodies = bodies.filter { !$0.isEmpty }
        var source = "Loi de test\n\n"
        for (n, body) in bodies.enumerated() {
            source += "Art. \(n + 1). \(body)\n" + (n % 2 == 0 ? "Deuxième ligne.\n\n" : "\n")
        }
        let file = folder.url.appendingPathComponent("extraits.fr.txt")
        try Data(source.utf8).write(to: file)

        let result = try runTaskforce(["parse", file.path], in: folder.url)

        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout.hasSuffix("\(bodies.count) articles.\n"))
        for (n, body) in bodies.enumerated() {
            let number = "\(n + 1)"
            let line = "  " + number + String(repeating: " ", count: 8 - number.count) + " Art. \(number).  "
                + String(body.prefix(60))
            #expect(result.stdout.contains("\n" + line + "\n"), "article \(number): \(body)")
        }
    }
}
