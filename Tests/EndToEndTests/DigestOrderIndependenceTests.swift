import AnnotationFixtures
import Foundation
import TaskForceCore
import Testing

/// Nothing in a digest reveals the order of writing (issue 5, "Must show"): the same
/// annotations, written in another order and with other file times, give the same bytes.
@Suite struct DigestOrderIndependenceTests {
    /// The demo annotations plus a mix of kinds, so ordering rules have work to do.
    static func annotations() -> [Annotation] {
        var all: [Annotation] = []
        for i in 0..<40 {
            let c = DemoAnnotations.comment("Commentaire \(i) : même texte pour plusieurs", article: ["1", "5bis", "12"][i % 3],
                                            stance: Stance.allCases[i % 4], tags: [Theme.allCases[i % 10]],
                                            proposal: i % 6 == 0 ? "Texte proposé \(i)" : nil, session: i % 2 == 0 ? "BXL-1" : "GNT-1")
            all.append(c)
            if i % 3 == 0 { all.append(Annotation.endorsement(of: c, count: i % 2 == 0 ? nil : i, day: DemoAnnotations.day)) }
            if i % 7 == 0 { all.append(Annotation.withdrawal(of: c, day: DemoAnnotations.day)) }
            if i % 5 == 0 { all.append(DemoAnnotations.comment("Correction \(i)", article: c.article, session: c.session, supersedes: c.id)) }
        }
        return all
    }

    static func folder(_ annotations: [Annotation], records: [SessionRecord], times: (Int) -> Int) throws -> TemporaryFolder {
        let work = try TemporaryFolder()
        try Repository.copyDemoTexts(into: work.url)
        let store = AnnotationStore(root: work.url.appendingPathComponent("Annotations"))
        for (i, a) in annotations.enumerated() {
            try store.save(a)
            var stamp = [timespec(tv_sec: times(i), tv_nsec: 0), timespec(tv_sec: times(i), tv_nsec: 0)]
            #expect(utimensat(AT_FDCWD, store.url(of: a).path, &stamp, 0) == 0)
        }
        let sessions = SessionRecords.folder(store)
        try FileManager.default.createDirectory(at: sessions, withIntermediateDirectories: true)
        for r in records {
            try Data(SessionRecordCodec.encode(r)).write(to: sessions.appendingPathComponent("\(r.code).json"))
        }
        return work
    }

    @Test func sameAnnotationsInAnotherOrderWithOtherFileTimesGiveTheSameBytes() throws {
        let all = Self.annotations()
        let records = [SessionRecord(code: "BXL-1", place: "Bruxelles", day: "2026-03-08", headcount: 9),
                       SessionRecord(code: "GNT-1", place: "Gent", day: "2026-03-08", headcount: 6)]
        let first = try Self.folder(all, records: records) { 1_700_000_000 + $0 * 60 }
        defer { first.remove() }
        var generator = SystemRandomNumberGenerator()
        let second = try Self.folder(all.shuffled(using: &generator), records: records.reversed()) { _ in
            Int.random(in: 1_600_000_000...1_800_000_000, using: &generator)
        }
        defer { second.remove() }
        for format in ["markdown", "html", "csv", "json"] {
            let a = try runTaskforce(["digest", "--format", format], in: first.url)
            let b = try runTaskforce(["digest", "--format", format], in: second.url)
            #expect(a.status == 0 && b.status == 0, "\(a.stderr) \(b.stderr)")
            #expect(!a.stdout.isEmpty, "\(format)")
            #expect(a.stdout == b.stdout, "\(format) differs between the two orders")
        }
        // The breakdown is shown here (both sessions have 5 people or more), so each comment
        // carries its session: still nothing about order.
        let json = try runTaskforce(["digest", "--format", "json"], in: first.url)
        #expect(json.stdout.contains("\"grouping\" : \"session\""))
    }
}
