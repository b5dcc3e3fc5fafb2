import AnnotationFixtures
import Foundation
import Testing
@testable import TaskForceCore

/// The hostile entries of the catalogue (AnnotationFixtures/HostileCatalogue.swift) among
/// valid annotations (Annotations/README.md): each is reported by name, moved to quarantine/ as it is
/// (same inode, same bytes or link), never followed, never blocking the load, never hiding
/// the valid annotations; nothing outside `Annotations/` is touched.
struct HostileFilesTests {
    @Test(.timeLimit(.minutes(1)), arguments: HostileCatalogue.entries)
    func eachEntryIsReportedAndQuarantined(_ entry: HostileEntry) throws {
        let scratch = try AnnotationScratch()
        defer { scratch.remove() }
        let valid = try DemoAnnotations.saveEachKind(in: scratch.store)
        let outside = scratch.url.appendingPathComponent("outside")
        try entry.plant(in: scratch.store.root, outside: outside)
        let original = try #require(entry.snapshot(in: scratch.store.root))
        let outsideBefore = EntrySnapshot.of(outside)

        let result = AnnotationLoader.load(scratch.store)

        try expectQuarantined(entry, original, in: result.defects, store: scratch.store)
        #expect(result.defects.count == 1, "\(result.defects)")
        #expect(Set(result.annotations) == Set(valid))
        #expect(EntrySnapshot.of(outside) == outsideBefore, "nothing outside Annotations/ changed")
        // Once moved aside it is not met again.
        let again = AnnotationLoader.load(scratch.store)
        #expect(again.defects.isEmpty, "\(again.defects)")
        #expect(Set(again.annotations) == Set(valid))
    }

    @Test(.timeLimit(.minutes(1)))
    func theWholeCatalogueAtOnce() throws {
        let scratch = try AnnotationScratch()
        defer { scratch.remove() }
        let valid = try DemoAnnotations.saveEachKind(in: scratch.store)
        var originals: [EntrySnapshot] = []
        for entry in HostileCatalogue.entries {
            try entry.plant(in: scratch.store.root, outside: scratch.url.appendingPathComponent("outside"))
            originals.append(try #require(entry.snapshot(in: scratch.store.root)))
        }

        let result = AnnotationLoader.load(scratch.store)

        for (entry, original) in zip(HostileCatalogue.entries, originals) {
            try expectQuarantined(entry, original, in: result.defects, store: scratch.store)
        }
        #expect(result.defects.count == HostileCatalogue.entries.count)
        #expect(Set(result.annotations) == Set(valid))
        #expect(AnnotationLoader.load(scratch.store).defects.isEmpty)
    }

    /// Reported once under its own name, in a printable message, and moved whole into
    /// quarantine/.
    func expectQuarantined(_ entry: HostileEntry, _ original: EntrySnapshot, in defects: [AnnotationLoader.Defect],
                           store: AnnotationStore, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let place = store.root.appendingPathComponent(entry.path)
        let mine = defects.filter { $0.file == place.path }
        try #require(mine.count == 1, "\(entry.name): reported once: \(defects.map(\.file))", sourceLocation: sourceLocation)
        let report = mine[0].description
        #expect(report.contains(entry.marker), "\(entry.name): \(report)", sourceLocation: sourceLocation)
        #expect(!report.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) },
                "\(entry.name): the report holds control characters: \(report.debugDescription)", sourceLocation: sourceLocation)
        let moved = try #require(mine[0].quarantinedAs, "\(entry.name): not moved: \(report)", sourceLocation: sourceLocation)
        #expect(moved.hasPrefix(store.quarantineFolder.path + "/"), "\(entry.name): \(moved)", sourceLocation: sourceLocation)
        #expect(EntrySnapshot.of(URL(fileURLWithPath: moved)) == original, "\(entry.name): moved as it was",
                sourceLocation: sourceLocation)
        #expect(entry.snapshot(in: store.root) == nil, "\(entry.name): gone from its place", sourceLocation: sourceLocation)
    }
}
