import Foundation
import Testing

/// Files and folders that cannot be read at all: exit 74, one line naming them (README: Commands).
struct InputOutputErrorTests {
    @Test func missingFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }

        let result = try runTaskforce(["parse", "nowhere.fr.txt"], in: folder.url)

        #expect(result.status == 74, "stderr: \(result.stderr)")
        #expect(result.stderrLines.count == 1)
        #expect(result.stderr.contains("nowhere.fr.txt"))
        #expect(result.stdout.isEmpty)
    }

    @Test func missingTextsFolder() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try #require(!FileManager.default.fileExists(atPath: "/nonexistent"))

        let result = try runTaskforce(["texts", "--texts", "/nonexistent"], in: folder.url)

        #expect(result.status == 74, "stderr: \(result.stderr)")
        #expect(result.stderrLines.count == 1)
        #expect(result.stderr.contains("/nonexistent"))
        #expect(result.stdout.isEmpty)
    }
}
