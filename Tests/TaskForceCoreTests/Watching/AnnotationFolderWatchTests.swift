import AnnotationFixtures
import Foundation
import Testing
@testable import TaskForceCore

/// The folder watch on real files: what another writer links into `Annotations/` is
/// reported, files in flight are not, with inotify and with the rescan that replaces it.
struct AnnotationFolderWatchTests {
    /// Drains until `paths` holds what `until` wants or 5 s pass (events and rescans come
    /// a little later than the write: never a fixed sleep).
    private func drained(_ watch: AnnotationFolderWatch, until done: ([String]) -> Bool) -> [String] {
        let deadline = Date().addingTimeInterval(5)
        var paths: [String] = []
        repeat {
            if let fd = watch.descriptor {
                var p = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
                _ = poll(&p, 1, 100)
            } else {
                usleep(20_000)
            }
            paths += watch.drain()
        } while !done(paths) && Date() < deadline
        return paths
    }

    private func path(_ a: Annotation) -> String { "\(a.text)/\(a.id.value).json" }

    @Test func aFileLinkedIntoItsFolderIsReportedWithInotify() throws {
        let scratch = try AnnotationScratch()
        defer { scratch.remove() }
        let before = DemoAnnotations.comment("Déjà là.")
        try scratch.store.save(before)
        let watch = AnnotationFolderWatch(store: scratch.store)
        #expect(watch.method == .inotify)
        #expect(watch.descriptor != nil)
        #expect(watch.drain().isEmpty, "what was there before is not new")

        let new = DemoAnnotations.comment("Arrivé pendant la séance.")
        try scratch.store.save(new)  // written in tmp/, then link()ed into place
        #expect(drained(watch) { !$0.isEmpty } == [path(new)])
        #expect(watch.drain().isEmpty, "reported once")
    }

    @Test func filesInFlightAndOtherNamesAreNotReported() throws {
        let scratch = try AnnotationScratch()
        defer { scratch.remove() }
        try scratch.store.save(DemoAnnotations.comment())
        let watch = AnnotationFolderWatch(store: scratch.store)
        let id = AnnotationID.random().value
        // A write in flight in tmp/, a temporary name in the text folder itself, a draft,
        // and names that cannot be annotations.
        for name in ["tmp/.\(id).json.\(getpid()).part", "\(DemoAnnotations.text)/.\(id).json.1.part",
                     "\(DemoAnnotations.text)/\(id).json.part", "drafts/\(id).json",
                     "\(DemoAnnotations.text)/notes.json", "\(DemoAnnotations.text)/README"] {
            #expect(FileManager.default.createFile(atPath: scratch.store.root.appendingPathComponent(name).path,
                                                   contents: Data("{}".utf8)))
        }
        // Then a real one, so the test knows every event before it has been read.
        let real = DemoAnnotations.comment("La seule vraie.")
        try scratch.store.save(real)
        #expect(drained(watch) { $0.contains(path(real)) } == [path(real)])
    }

    @Test func aTextFolderCreatedLaterIsWatchedToo() throws {
        let scratch = try AnnotationScratch()
        defer { scratch.remove() }
        try scratch.store.prepare()  // Annotations/ with no text folder yet
        let watch = AnnotationFolderWatch(store: scratch.store)
        #expect(watch.method == .inotify)

        // The first annotation of a text creates its folder, then links the file into it.
        let first = DemoAnnotations.comment("Premier commentaire du texte.")
        try scratch.store.save(first)
        #expect(drained(watch) { $0.contains(path(first)) } == [path(first)])
        // And the folder is watched from then on.
        let second = DemoAnnotations.comment("Deuxième.")
        try scratch.store.save(second)
        #expect(drained(watch) { $0.contains(path(second)) } == [path(second)])
    }

    @Test func theRescanFindsWhatWasAdded() throws {
        let scratch = try AnnotationScratch()
        defer { scratch.remove() }
        try scratch.store.save(DemoAnnotations.comment("Déjà là."))
        let watch = AnnotationFolderWatch(store: scratch.store, rescanInterval: 0.05, forceRescan: true)
        #expect(watch.method == .rescan(every: 0.05, because: "asked for"))
        #expect(watch.descriptor == nil, "nothing to poll: the caller drains on its clock")

        let new = DemoAnnotations.comment("Vu au passage suivant.")
        try scratch.store.save(new)
        let part = scratch.temporaryFolder.appendingPathComponent(".\(AnnotationID.random().value).json.1.part")
        #expect(FileManager.default.createFile(atPath: part.path, contents: Data("{".utf8)))
        #expect(drained(watch) { !$0.isEmpty } == [path(new)])

        // A file that could not be read yet is listed again at the next rescan.
        watch.retryLater([path(new)])
        #expect(drained(watch) { !$0.isEmpty } == [path(new)])
    }

    @Test func theRescanComparesNamesAsTwoIntegers() {
        let id = AnnotationID.random().value
        #expect(PackedFileName(id + ".json")?.name == id + ".json")
        #expect(PackedFileName("0000000000000000000000000000000a.json")?.name == "0000000000000000000000000000000a.json")
        for other in [id + ".json.part", "." + id + ".json", id.uppercased() + ".json", String(id.dropLast()) + ".json",
                      id + ".jsonx", String(id.dropLast()) + "g.json"] {
            #expect(PackedFileName(other) == nil, "\(other)")
        }
    }

    @Test func aFolderThatDoesNotExistYetIsRescannedUntilItDoes() throws {
        let scratch = try AnnotationScratch()
        defer { scratch.remove() }
        let watch = AnnotationFolderWatch(store: scratch.store, rescanInterval: 0.05)
        #expect(watch.method == .rescan(every: 0.05, because: "the folder does not exist yet"))
        let first = DemoAnnotations.comment("Le dossier naît avec moi.")
        try scratch.store.save(first)
        #expect(drained(watch) { $0.contains(path(first)) } == [path(first)])
        #expect(watch.method == .inotify, "the kernel reports once the folder exists")
        let second = DemoAnnotations.comment("Et après.")
        try scratch.store.save(second)
        #expect(drained(watch) { $0.contains(path(second)) } == [path(second)])
    }

    @Test func arrivalsAreReadWithTheLoadersChecksAndBadFilesStayWhereTheyAre() throws {
        let scratch = try AnnotationScratch()
        defer { scratch.remove() }
        let good = DemoAnnotations.comment("Lisible.")
        try scratch.store.save(good)
        let badID = AnnotationID.random().value
        let bad = scratch.textFolder.appendingPathComponent("\(badID).json")
        // A file still being written (or a bad one): half of a valid annotation.
        let bytes = AnnotationCodec.encode(DemoAnnotations.comment())
        #expect(FileManager.default.createFile(atPath: bad.path, contents: Data(bytes.prefix(40))))

        let read = AnnotationLoader.read(arrivals: [path(good), "\(DemoAnnotations.text)/\(badID).json",
                                                    "tmp/\(badID).json"], in: scratch.store)
        #expect(read.annotations == [good])
        #expect(read.unreadable == ["\(DemoAnnotations.text)/\(badID).json", "tmp/\(badID).json"])
        #expect(FileManager.default.fileExists(atPath: bad.path), "not moved to quarantine: it may be a write in progress")
    }
}
