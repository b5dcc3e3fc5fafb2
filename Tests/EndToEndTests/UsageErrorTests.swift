import Foundation
import Testing

/// Bad usage exits 2 with the explanation on stderr, never on stdout (README: Commands).
struct UsageErrorTests {
    private func run(_ arguments: [String]) throws -> RunResult {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try Repository.copyDemoTexts(into: folder.url)
        return try runTaskforce(arguments, in: folder.url)
    }

    @Test func parseWithoutAFile() throws {
        let result = try run(["parse"])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("<file>"), "\(result.stderr)")
    }

    @Test func unknownOption() throws {
        let result = try run(["--bogus"])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("--bogus"), "\(result.stderr)")
    }

    @Test func unknownSubcommand() throws {
        let result = try run(["frobnicate"])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("frobnicate"), "\(result.stderr)")
    }
}
