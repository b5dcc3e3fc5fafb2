import Foundation
import Testing

/// What a newcomer sees: `taskforce` with no arguments in a folder holding the demo bill.
struct FirstRunTests {
    @Test func noArgumentsListsTheDemoBillInThreeLanguages() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try Repository.copyDemoTexts(into: folder.url)

        let result = try runTaskforce([], in: folder.url)

        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stderr.isEmpty)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix(Repository.demoID) })
        for language in ["fr", "nl", "en"] {
            let line = lines.first { $0.trimmingCharacters(in: .whitespaces).hasPrefix(language + " ") }
            #expect(line?.contains("\(Repository.demoArticleCount) articles") == true,
                    "a line for \(language) with the article count in: \(result.stdout)")
        }
    }

    @Test func noArgumentsInAnEmptyFolderSaysTheTextsFolderIsMissing() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }

        let result = try runTaskforce([], in: folder.url)

        #expect(result.status == 74)
        #expect(result.stderrLines.count == 1)
        #expect(result.stderr.contains("Texts"))
    }
}
