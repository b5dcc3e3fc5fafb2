import Foundation
import Testing

/// `tmp/`, `drafts/`, `quarantine/` and `conflicts/` replaced by symbolic links to a folder
/// outside `Annotations/` (issue 12): every command that would write there refuses with a
/// sentence naming the link, and nothing at all lands outside. A text file that is a link
/// is refused too, never followed.
struct ReservedFolderLinkTests {
    static func outsideIsEmpty(_ outside: URL) -> [String] {
        (FileManager.default.enumerator(atPath: outside.path)?.allObjects as? [String]) ?? []
    }

    @Test(arguments: ["tmp", "drafts", "quarantine", "conflicts"])
    func aLinkedReservedFolderIsNeverWrittenThrough(_ reserved: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try Repository.copyDemoTexts(into: folder.url)
        try Repository.copyDemoAnnotations(into: folder.url, sessions: true)
        let annotations = folder.url.appendingPathComponent("Annotations")
        let outside = folder.url.appendingPathComponent("outside")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: annotations.appendingPathComponent(reserved), withDestinationURL: outside)

        // A comment (tmp/, drafts/), a file to quarantine, a conflict to keep aside.
        let said = try runTaskforce(["annotate", "--text", Repository.demoID, "--article", "1", "--stance", "concern"],
                                    in: folder.url, input: Data("Un avis.\n".utf8))
        let demo = annotations.appendingPathComponent(Repository.demoID)
        try Data("not json".utf8).write(to: demo.appendingPathComponent("0123456789abcdef0123456789abcdef.json"))
        let check = try runTaskforce(["check"], in: folder.url)
        let source = folder.url.appendingPathComponent("stick/\(Repository.demoID)")
        try FileManager.default.createDirectory(at: source, withIntermediateDirectories: true)
        let existing = try FileManager.default.contentsOfDirectory(atPath: demo.path).sorted().first { $0.hasPrefix("04d0") }!
        var other = try String(contentsOf: demo.appendingPathComponent(existing), encoding: .utf8)
        other = other.replacingOccurrences(of: "\"day\": \"2026-11-23\"", with: "\"day\": \"2026-11-24\"")
        try Data(other.utf8).write(to: source.appendingPathComponent(existing))
        let merge = try runTaskforce(["merge", "stick"], in: folder.url)

        #expect(Self.outsideIsEmpty(outside).isEmpty, "written outside Annotations/: \(Self.outsideIsEmpty(outside))")
        let runs = [("annotate", said), ("check", check), ("merge", merge)]
        let refusals = runs.filter { ($0.1.stderr + $0.1.stdout).contains("Annotations/\(reserved): this is a symbolic link") }
        #expect(!refusals.isEmpty, "no command named the link: \(runs.map { "\($0.0): \($0.1.status) \($0.1.stdout) \($0.1.stderr)" })")
        for (name, run) in runs where run.stderr.contains("symbolic link") {
            #expect(run.status == 74, "\(name): \(run.stderr)")
            #expect(run.stderrLines.count == 1, "\(name): \(run.stderr)")
        }
        // The link is still there, still a link: nothing deleted or replaced.
        let kept = try FileManager.default.destinationOfSymbolicLink(atPath: annotations.appendingPathComponent(reserved).path)
        #expect(kept == outside.path)
    }

    @Test func aTextFileThatIsALinkIsRefused() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let texts = try Repository.copyDemoTexts(into: folder.url)
        try FileManager.default.createSymbolicLink(at: texts.appendingPathComponent("lien.fr.txt"),
                                                   withDestinationURL: Repository.demoFile("fr"))
        let run = try runTaskforce(["parse", "Texts/lien.fr.txt"], in: folder.url)
        #expect(run.status == 65)
        #expect(run.stderr == "taskforce: Texts/lien.fr.txt: this is a symbolic link, which taskforce does not follow; give the file itself\n")
    }
}
