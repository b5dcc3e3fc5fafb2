import Foundation
import Testing
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
}
