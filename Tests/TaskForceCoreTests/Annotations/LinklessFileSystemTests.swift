import AnnotationFixtures
import Foundation
import Testing
@testable import TaskForceCore

/// FAT and exFAT, the file systems of most USB sticks, refuse hard links (EPERM). A save
/// or a bundle written there must still succeed, and still never replace a file.
@Suite(.serialized)
struct LinklessFileSystemTests {
    @Test(arguments: [EPERM, EOPNOTSUPP])
    func savesWithoutHardLinks(_ error: Int32) throws {
        let scratch = try AnnotationScratch()
        defer { scratch.remove() }
        let comment = DemoAnnotations.comment()
        try FaultPlan.inject(.link(error), under: scratch.url) {
            try scratch.store.save(comment)
        }
        // The fallback keeps the privacy of file times: midnight UTC of the day.
        var info = stat()
        #expect(stat(scratch.store.url(of: comment).path, &info) == 0)
        #expect(info.st_mtim.tv_sec % 86_400 == 0)
        let loaded = AnnotationLoader.load(scratch.store)
        #expect(loaded.defects.isEmpty)
        #expect(loaded.annotations == [comment])
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: scratch.store.root.appendingPathComponent("tmp").path)
        #expect(leftovers.isEmpty, "temporary files left: \(leftovers)")
    }

    @Test func stillNeverOverwrites() throws {
        let scratch = try AnnotationScratch()
        defer { scratch.remove() }
        let comment = DemoAnnotations.comment()
        try scratch.store.save(comment)
        var other = comment
        other.changeComment { $0.body = "Un autre texte sous le même id." }
        let before = try Data(contentsOf: scratch.store.url(of: comment))
        #expect(throws: InputError.self) {
            try FaultPlan.inject(.link(EPERM), under: scratch.url) { try scratch.store.save(other) }
        }
        #expect(try Data(contentsOf: scratch.store.url(of: comment)) == before)
    }
}
