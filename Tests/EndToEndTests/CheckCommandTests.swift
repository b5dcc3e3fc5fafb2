import Foundation
import Testing

/// `taskforce check`: exit 0 when every text reads cleanly, 1 when a problem is found.
struct CheckCommandTests {
    @Test func theShippedDemoBillHasNoProblem() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }

        let result = try runTaskforce(["check", "--texts", Repository.texts.path], in: folder.url)

        #expect(result.status == 0, "stdout: \(result.stdout) stderr: \(result.stderr)")
        #expect(!result.stdout.contains("problem:"))
        #expect(result.stdout.contains("0 problems"))
    }

    @Test func aLanguageVersionMissingAnArticleIsAProblem() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let texts = try Repository.copyDemoTexts(into: folder.url)
        let dutch = texts.appendingPathComponent("\(Repository.demoID).nl.txt")
        // Drop article 5bis (its label line up to the next article) from the Dutch version.
        let text = try String(contentsOf: dutch, encoding: .utf8)
        let start = try #require(text.range(of: "\nArt. 5bis"))
        let end = try #require(text.range(of: "\nArt. 6", range: start.upperBound..<text.endIndex))
        try (text[..<start.lowerBound] + text[end.lowerBound...])
            .write(to: dutch, atomically: false, encoding: .utf8)

        let result = try runTaskforce(["check"], in: folder.url)

        #expect(result.status == 1, "stdout: \(result.stdout) stderr: \(result.stderr)")
        let problems = result.stdout.split(separator: "\n").filter { $0.hasPrefix("problem:") }
        #expect(problems.count == 1, "\(result.stdout)")
        #expect(problems.first?.contains("\(Repository.demoID).nl.txt") == true)
        #expect(problems.first?.contains("5bis") == true)
    }
}
