import AnnotationFixtures
import Foundation
import Testing
import TaskForceCore

/// `taskforce check` on the whole hostile catalogue (AnnotationFixtures): it finishes,
/// exits 1, names every entry on a line of its own without letting a name's control
/// characters through, moves each one to quarantine/ (nothing deleted), still counts every
/// valid annotation, and finds nothing left to report the second time.
struct HostileFilesCheckTests {
    @Test func checkReportsAndQuarantinesTheWholeCatalogue() throws {
        let work = try TemporaryFolder()
        defer { work.remove() }
        try Repository.copyDemoTexts(into: work.url)
        let annotations = work.url.appendingPathComponent("Annotations")
        let valid = try DemoAnnotations.saveEachKind(in: AnnotationStore(root: annotations))
        let entries = HostileCatalogue.entries
        var inodes: Set<UInt64> = []
        for entry in entries {
            try entry.plant(in: annotations, outside: work.url.appendingPathComponent("outside"))
            inodes.insert(try #require(entry.snapshot(in: annotations)).inode)
        }

        let result = try runTaskforce(["check"], in: work.url)

        #expect(!result.timedOut)
        #expect(result.status == 1, "stderr: \(result.stderr)")
        #expect(result.stderr.isEmpty, "\(result.stderr)")
        #expect(!result.stdout.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" || $0.value == 0x7F },
                "no control characters reach the terminal")
        let problems = result.stdout.split(separator: "\n").filter { $0.hasPrefix("problem: ") }
        #expect(problems.count == entries.count, "\(result.stdout)")
        for entry in entries {
            let shown = entry.marker == entry.path ? "Annotations/" + entry.path : entry.marker
            let lines = problems.filter { $0.contains(shown) }
            #expect(lines.count == 1, "\(entry.name) is named once: \(lines)")
            #expect(lines.first?.contains("(moved to Annotations/quarantine/") == true, "\(lines)")
            #expect(entry.snapshot(in: annotations) == nil, "\(entry.name) moved")
        }
        #expect(result.stdout.contains("\(valid.count) annotations:"), "\(result.stdout)")
        #expect(inodes.isSubset(of: Self.inodes(under: annotations.appendingPathComponent("quarantine"))),
                "every entry is in quarantine/, none deleted")

        let again = try runTaskforce(["check"], in: work.url)

        #expect(again.status == 0, "\(again.stdout)")
        #expect(again.stdout.contains("\(valid.count) annotations:"), "\(again.stdout)")
        #expect(again.stdout.contains("; 0 problems."), "\(again.stdout)")
    }

    /// Inodes of every entry below `folder`, links and FIFOs included, never followed.
    static func inodes(under folder: URL) -> Set<UInt64> {
        var found: Set<UInt64> = []
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [] {
            let url = folder.appendingPathComponent(name)
            var info = stat()
            guard lstat(url.path, &info) == 0 else { continue }
            found.insert(UInt64(info.st_ino))
            if info.st_mode & S_IFMT == S_IFDIR { found.formUnion(inodes(under: url)) }
        }
        return found
    }
}
