import Foundation

/// The `taskforce` executable under test: the one `swift build` put next to the test bundle,
/// so that these tests exercise exactly what a user would run.
enum Binary {
    /// The test runner is `<build dir>/<package>PackageTests.xctest` (on macOS a bundle whose
    /// executable sits deeper), and `swift build` writes `taskforce` into that build dir.
    static func locate() throws -> URL {
        let runner = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var folder = runner.deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("taskforce")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder.deleteLastPathComponent()
        }
        throw BinaryNotFound(runner: runner.path)
    }

    struct BinaryNotFound: Error, CustomStringConvertible {
        var runner: String
        var description: String {
            "no taskforce executable next to the test runner \(runner) or in its parent folders: run `swift build` first"
        }
    }
}
