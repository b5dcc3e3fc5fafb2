import Foundation
import Testing

/// Files that are not plain UTF-8 with LF but are still texts: read, and read right.
struct EncodingTests {
    /// `parse --json` of the French demo bill from its UTF-8 original, for comparison.
    private func originalJSON(in folder: TemporaryFolder) throws -> String {
        let original = try String(contentsOf: Repository.demoFile("fr"), encoding: .utf8)
        try folder.write(original, to: "utf8/bill.fr.txt")
        let result = try runTaskforce(["parse", "utf8/bill.fr.txt", "--json"], in: folder.url)
        try #require(result.status == 0, "stderr: \(result.stderr)")
        return result.stdout
    }

    private func makeFolders(_ folder: TemporaryFolder, _ names: String...) throws {
        for name in names {
            try FileManager.default.createDirectory(
                at: folder.url.appendingPathComponent(name), withIntermediateDirectories: true)
        }
    }

    @Test func latin1IsReadWithAWarning() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        // é = 0xE9, è = 0xE8, à = 0xE0, ù = 0xF9 as single bytes: no valid UTF-8 anywhere.
        let text = "Loi de démonstration\n\nArt. 1er. La sécurité prime.\nArt. 2. Il règle là où il veut.\n"
        let latin1 = try #require(text.data(using: .isoLatin1))
        #expect(latin1.count == text.unicodeScalars.count)
        try folder.write(Array(latin1), to: "old.fr.txt")

        let result = try runTaskforce(["parse", "old.fr.txt", "--json"], in: folder.url)

        #expect(result.status == 0, "stderr: \(result.stderr)")
        let json = try jsonObject(result.stdout)
        let articles = try #require(json["articles"] as? [[String: Any]])
        #expect(articles.compactMap { $0["text"] as? String } == ["La sécurité prime.", "Il règle là où il veut."])
        #expect(json["title"] as? String == "Loi de démonstration")
        #expect(result.stderrLines.count == 1, "one warning line: \(result.stderr)")
        #expect(result.stderr.contains("old.fr.txt") && result.stderr.contains("UTF-8"))
    }

    @Test func utf16WithBOMGivesTheSameArticlesAsUTF8() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try makeFolders(folder, "utf8", "utf16")
        let expected = try originalJSON(in: folder)
        let original = try String(contentsOf: Repository.demoFile("fr"), encoding: .utf8)
        // Foundation's .utf16LittleEndian writes no BOM: add it, as Windows editors do.
        let utf16 = [0xFF, 0xFE] + Array(try #require(original.data(using: .utf16LittleEndian)))
        try folder.write(utf16, to: "utf16/bill.fr.txt")

        let result = try runTaskforce(["parse", "utf16/bill.fr.txt", "--json"], in: folder.url)

        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout == expected)
        let articles = try jsonObject(result.stdout)["articles"] as? [Any]
        #expect(articles?.count == Repository.demoArticleCount)
    }

    @Test func crlfGivesTheSameArticlesAsLF() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try makeFolders(folder, "utf8", "crlf")
        let expected = try originalJSON(in: folder)
        let original = try String(contentsOf: Repository.demoFile("fr"), encoding: .utf8)
        let crlf = original.replacingOccurrences(of: "\n", with: "\r\n")
        #expect(crlf.utf8.count > original.utf8.count + 100)
        try folder.write(crlf, to: "crlf/bill.fr.txt")

        let result = try runTaskforce(["parse", "crlf/bill.fr.txt", "--json"], in: folder.url)

        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout == expected)
        let json = try jsonObject(result.stdout)
        #expect((json["articles"] as? [Any])?.count == Repository.demoArticleCount)
        #expect(!allStrings(in: json).contains { $0.contains("\r") })
    }

    @Test func crlfTextsFolderListsTheSameTextsAsLF() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let texts = try Repository.copyDemoTexts(into: folder.url)
        let lf = try runTaskforce(["texts", "--json"], in: folder.url)
        for language in ["fr", "nl", "en"] {
            let file = texts.appendingPathComponent("\(Repository.demoID).\(language).txt")
            let text = try String(contentsOf: file, encoding: .utf8)
            try text.replacingOccurrences(of: "\n", with: "\r\n").write(to: file, atomically: false, encoding: .utf8)
        }

        let crlf = try runTaskforce(["texts", "--json"], in: folder.url)

        #expect(lf.status == 0 && crlf.status == 0)
        #expect(crlf.stdout == lf.stdout)
        let listed = try jsonObject(crlf.stdout)["texts"] as? [[String: Any]]
        let counts = (listed?.first?["versions"] as? [[String: Any]])?.compactMap { $0["articles"] as? Int }
        #expect(counts == Array(repeating: Repository.demoArticleCount, count: 3))
    }
}
