import Foundation
import Testing

/// Nothing silent (issue 12): an invalid annotation file is reported on the screen's
/// status line and, by `render`, on stderr too; `render` writes nothing, so it moves nothing.
struct SetAsideReportTests {
    @Test func renderReportsAnInvalidFileWithoutMovingIt() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try Repository.copyDemoTexts(into: folder.url)
        try Repository.copyDemoAnnotations(into: folder.url, sessions: true)
        let bad = folder.url.appendingPathComponent("Annotations/\(Repository.demoID)/0123456789abcdef0123456789abcdef.json")
        try Data("not json".utf8).write(to: bad)
        let run = try runTaskforce(["render", "--lang", "en", "--size", "100x24"], in: folder.url)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("1 invalid file(s) in the annotations are not used (taskforce check names them)."), "\(run.stdout)")
        #expect(run.stderr.contains("1 invalid annotation file(s) are not used and were not moved"), "\(run.stderr)")
        #expect(FileManager.default.fileExists(atPath: bad.path), "render moved a file")
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("Annotations/quarantine").path))
    }
}
