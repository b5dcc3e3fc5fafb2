import AnnotationFixtures
import Foundation
import Testing
@testable import TaskForceCore

/// A file the folder's listing calls regular is opened without an lstat first, its type and
/// size checked on the open file (`AnnotationLoader.readFile(listedRegular:)`). The listing
/// can be wrong by the time the file is opened (swapped for a link, a FIFO, a folder, a
/// larger file): whatever stands there, the answer must be the one the lstat path gives.
struct AnnotationLoaderListedTypeTests {
    @Test func aWrongListingGetsTheSameAnswerAsAnExamination() throws {
        let scratch = try AnnotationScratch()
        defer { scratch.remove() }
        let valid = try DemoAnnotations.saveEachKind(in: scratch.store)
        let folder = scratch.textFolder
        let good = folder.appendingPathComponent("\(valid[0].id.value).json")
        func entry(_ name: String) -> String { folder.appendingPathComponent(name).path }

        let link = "0123456789abcdef0123456789abcde1.json"
        #expect(symlink(good.path, entry(link)) == 0)
        let fifo = "0123456789abcdef0123456789abcde2.json"
        #expect(mkfifo(entry(fifo), 0o600) == 0)
        let directory = "0123456789abcdef0123456789abcde3.json"
        try FileManager.default.createDirectory(atPath: entry(directory), withIntermediateDirectories: false)
        let large = "0123456789abcdef0123456789abcde4.json"
        try Data(repeating: 0x20, count: AnnotationCodec.sizeLimit + 1).write(to: URL(fileURLWithPath: entry(large)))
        let badName = "not-an-id.json"
        try Data("{}".utf8).write(to: URL(fileURLWithPath: entry(badName)))
        let badJSON = "0123456789abcdef0123456789abcde5.json"
        try Data("{\"format\": 1,}".utf8).write(to: URL(fileURLWithPath: entry(badJSON)))
        let missing = "0123456789abcdef0123456789abcde6.json"

        for name in [good.lastPathComponent, link, fifo, directory, large, badName, badJSON, missing] {
            func answer(listedRegular: Bool) -> String {
                switch AnnotationLoader.readFile(atPath: entry(name), name: name, textID: DemoAnnotations.text,
                                                 listedRegular: listedRegular) {
                case .success(let read): "read \(read.annotation.id.value), \(read.bytes.count) bytes"
                case .failure(let defect): "refused: \(defect.message)"
                }
            }
            let examined = answer(listedRegular: false)
            let listed = answer(listedRegular: true)
            // A missing file is the one case worded differently: lstat cannot examine it,
            // open cannot open it. Both refuse it.
            if name == missing {
                #expect(examined.hasPrefix("refused: cannot be examined"))
                #expect(listed.hasPrefix("refused: cannot be opened"))
            } else {
                #expect(listed == examined, "\(name)")
            }
        }
        // Nothing above was moved or changed: a read is only a read.
        #expect(FileManager.default.fileExists(atPath: entry(fifo)))
    }

    /// The listing says which names are regular files, in the order of the sorted names.
    @Test func theListingMarksRegularFilesInNameOrder() throws {
        let scratch = try AnnotationScratch()
        defer { scratch.remove() }
        let folder = scratch.textFolder
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data().write(to: folder.appendingPathComponent("c"))
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("b"), withIntermediateDirectories: false)
        #expect(symlink("c", folder.appendingPathComponent("a").path) == 0)
        try Data().write(to: folder.appendingPathComponent("d"))

        let listing = try #require(DirectoryNames.read(folder))

        #expect(listing.names == ["a", "b", "c", "d"])
        #expect(listing.regular == [false, false, true, true])
    }
}
