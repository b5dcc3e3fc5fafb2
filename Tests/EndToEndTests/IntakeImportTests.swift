import Foundation
import Testing

/// The real binary on every non-PDF file of `../shared/intake`: `taskforce import` into
/// a fresh `--texts` folder, then `taskforce parse` of what it wrote, whose article
/// numbers must be exactly `truth/NAME.numbers`. Skips with a printed reason when the
/// folder is missing; under CI=true a missing folder fails.
struct IntakeImportTests {
    static let intake = Repository.root.deletingLastPathComponent().appendingPathComponent("shared/intake")

    static var availableOrCI: Bool {
        if FileManager.default.fileExists(atPath: intake.path) || ProcessInfo.processInfo.environment["CI"] == "true" {
            return true
        }
        print("skipping intake import test: ../shared/intake not found next to the checkout")
        return false
    }

    @Test(.enabled(if: availableOrCI, "../shared/intake not found next to the checkout"))
    func everyStructuredFileImportsAndParsesIntoItsTruthNumbers() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.intake.path).sorted()
            .filter { !$0.hasPrefix(".") && $0 != "SOURCES.md" && $0 != "truth" && !$0.lowercased().hasSuffix(".pdf") }
        #expect(names.count >= 9, "the intake corpus has shrunk: \(names)")
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        for name in names {
            let stem = String(name.prefix { $0 != "." })
            let truthText = try String(contentsOf: Self.intake.appendingPathComponent("truth/\(stem).numbers"), encoding: .utf8)
            // One id per file: the same act comes in two forms (Formex and EUR-Lex HTML).
            let id = name.lowercased().map { $0.isLetter || $0.isNumber ? String($0) : "-" }.joined()
            let truth = truthText.split(whereSeparator: \.isNewline).map(String.init)
            let imported = try runTaskforce(
                ["import", Self.intake.appendingPathComponent(name).path, "--texts", "out", "--id", id], in: folder.url)
            #expect(imported.status == 0, "\(name): \(imported.stderr)")
            // Whatever extension the command writes (.md or .txt), one file per language.
            let written = try FileManager.default.contentsOfDirectory(atPath: folder.url.appendingPathComponent("out").path)
                .filter { $0.hasPrefix(id + ".") }
            #expect(written.count == 1, "\(name): wrote \(written)")
            for file in written {
                let parsed = try runTaskforce(["parse", "--json", "out/\(file)"], in: folder.url)
                #expect(parsed.status == 0, "\(file): \(parsed.stderr)")
                let articles = try #require(try jsonObject(parsed.stdout)["articles"] as? [[String: Any]])
                #expect(articles.compactMap { $0["number"] as? String } == truth, "\(name)")
            }
        }
    }

    @Test func xmlOfAnUnknownKindIsOneSentenceAndExit65() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>News</title></channel></rss>\n", to: "feed.xml")
        let result = try runTaskforce(["import", "feed.xml", "--texts", "out"], in: folder.url)
        #expect(result.status == 65)
        #expect(result.stderrLines.count == 1, "\(result.stderr)")
        #expect(result.stderr.contains("feed.xml"))
        #expect(result.stderr.contains("root element <rss>"))
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("out").path))
    }

    @Test func parseWarnsOfASecondTextAfterTheClosingMatter() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("Artikel 1. De wet.\n\nKondigen deze wet af.\n\nArtikel 1. Het besluit.\n", to: "twee.nl.txt")
        let result = try runTaskforce(["parse", "twee.nl.txt"], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("twee.nl.txt:5: a second text seems to start here"))
    }
}
