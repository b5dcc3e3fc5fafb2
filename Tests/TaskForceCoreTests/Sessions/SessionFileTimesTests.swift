import Foundation
import Testing
import AnnotationFixtures
@testable import TaskForceCore

/// Issue 13, item 3: a session record and a live position, like an annotation, leave their
/// file, their folder and `Annotations/` at midnight, not at the time of day they changed.
struct SessionFileTimesTests {
    static func atMidnight(_ url: URL) -> String? {
        var info = stat()
        guard lstat(url.path, &info) == 0 else { return "\(url.lastPathComponent): missing" }
        let atMidnight = info.st_mtim.tv_sec % 86_400 == 0 && info.st_mtim.tv_nsec == 0
            && info.st_atim.tv_sec % 86_400 == 0
        return atMidnight ? nil : "\(url.lastPathComponent): modified at \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
    }

    @Test func aSessionRecordAndItsFoldersSayMidnight() throws {
        let scratch = try AnnotationScratch()
        defer { scratch.remove() }
        try scratch.store.prepare()
        let record = SessionRecord(code: "TST-1", place: "Namur", day: "2026-12-05", headcount: 8)
        try SessionRecords.save(record, in: scratch.store)
        var corrected = record
        corrected.headcount = 9  // replaced in place: the time of the correction is not kept either
        try SessionRecords.save(corrected, in: scratch.store)
        let sessions = scratch.store.root.appendingPathComponent("sessions")
        for url in [sessions.appendingPathComponent("TST-1.json"), sessions, scratch.store.root] {
            #expect(Self.atMidnight(url) == nil, "\(Self.atMidnight(url) ?? "")")
        }
    }

    @Test func aLivePositionAndItsFoldersSayMidnight() throws {
        let scratch = try AnnotationScratch()
        defer { scratch.remove() }
        try scratch.store.prepare()
        for article: ArticleNumber in ["1", "2", "5bis"] {
            try LivePositions.publish(LivePosition(session: "TST-1", text: "demo", article: article, talliesShown: false),
                                      in: scratch.store, day: "2026-12-05")
        }
        let live = LivePositions.folder(scratch.store)
        for url in [LivePositions.url(scratch.store, session: "TST-1"), live, scratch.store.root] {
            #expect(Self.atMidnight(url) == nil, "\(Self.atMidnight(url) ?? "")")
        }
        #expect(LivePositions.read(session: "TST-1", in: scratch.store)?.article == "5bis")
    }

    /// Every saved comment passes through drafts/ (outside a kiosk): removing its draft must
    /// not leave the time of the save on drafts/.
    @Test func aSaveLeavesDraftsAtMidnight() throws {
        let scratch = try AnnotationScratch()
        defer { scratch.remove() }
        try scratch.store.saveKeepingDraft(DemoAnnotations.comment("Un avis."))
        let first = try scratch.store.saveDraft(DemoAnnotations.comment("Un brouillon."))
        try scratch.store.saveDraft(DemoAnnotations.comment("Un brouillon, revu."), replacing: first)
        for url in [scratch.store.draftsFolder, scratch.store.root] {
            #expect(Self.atMidnight(url) == nil, "\(Self.atMidnight(url) ?? "")")
        }
    }

    /// The facilitator left: live/ must not tell when.
    @Test func anEndedPositionLeavesLiveAtMidnight() throws {
        let scratch = try AnnotationScratch()
        defer { scratch.remove() }
        try scratch.store.prepare()
        try LivePositions.publish(LivePosition(session: "TST-1", text: "demo", article: "1", talliesShown: false),
                                  in: scratch.store, day: "2026-12-05")
        LivePositions.end(session: "TST-1", in: scratch.store, day: "2026-12-05")
        #expect(LivePositions.read(session: "TST-1", in: scratch.store) == nil)
        for url in [LivePositions.folder(scratch.store), scratch.store.root] {
            #expect(Self.atMidnight(url) == nil, "\(Self.atMidnight(url) ?? "")")
        }
    }

    /// A bad file moved into quarantine: neither quarantine/ nor the folder it left tell when.
    @Test func aQuarantinedFileLeavesItsFoldersAtMidnight() throws {
        let scratch = try AnnotationScratch()
        defer { scratch.remove() }
        try scratch.store.save(DemoAnnotations.comment("Un avis."))
        try Data("{ not json".utf8).write(to: scratch.textFolder.appendingPathComponent("bad.json"))
        let loaded = AnnotationLoader.load(scratch.store)
        #expect(loaded.defects.first?.quarantinedAs != nil, "\(loaded.defects)")
        let quarantine = scratch.store.quarantineFolder
        for url in [quarantine.appendingPathComponent(DemoAnnotations.text.rawValue), quarantine, scratch.textFolder,
                    scratch.store.root] {
            #expect(Self.atMidnight(url) == nil, "\(Self.atMidnight(url) ?? "")")
        }
    }

    /// Closing a session leaves every folder under Annotations/ at midnight, whatever
    /// changed them during the session (made here without taskforce, at the time of now).
    @Test func closingASessionLeavesEveryFolderAtMidnight() throws {
        let scratch = try AnnotationScratch()
        defer { scratch.remove() }
        try scratch.store.save(DemoAnnotations.comment("Un avis.", session: "TST-1"))
        let folders = ["drafts", "live", "sessions", "quarantine/demo", "conflicts/sessions", "conflicts/demo", "autre-texte"]
        for folder in folders {
            try FileManager.default.createDirectory(at: scratch.store.root.appendingPathComponent(folder),
                                                    withIntermediateDirectories: true)
        }
        _ = try SessionClosing.close("TST-1", in: scratch.store, day: "2026-12-05")
        let every = folders + ["quarantine", "conflicts", "tmp", DemoAnnotations.text.rawValue]
        for url in every.map(scratch.store.root.appendingPathComponent) + [scratch.store.root] {
            #expect(Self.atMidnight(url) == nil, "\(Self.atMidnight(url) ?? "")")
        }
    }
}
