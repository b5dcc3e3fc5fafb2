import Foundation
import Testing
@testable import TaskForceCore

/// Session records travel with the annotations (issue 6: merging the sessions of several
/// cities): by folder and by bundle, a new code is copied byte for byte, the same record
/// is already present, another record of the same code is kept aside and reported, and
/// nothing is ever overwritten.
struct SessionRecordMergeTests {
    static let brussels = SessionRecord(code: "BXL-2026-11", place: "Bruxelles", day: "2026-11-20", headcount: 9)
    static let ghent = SessionRecord(code: "GNT-2026-11", place: "Gent", day: "2026-11-21", headcount: 6)

    func writeRecord(_ r: SessionRecord, into name: String, _ s: MergeScratch) throws {
        try s.writeFile(SessionRecordCodec.encode(r), at: "sessions/\(r.code).json", in: name)
    }

    func records(_ name: String, _ s: MergeScratch) -> [String: SessionRecord] {
        SessionRecords.load(s.store(name), quarantine: false).records
    }

    @Test func foldersBringTheirSessionRecords() throws {
        let s = try MergeScratch()
        defer { s.remove() }
        try s.write([MergeFixtures.comment("Un commentaire de Gand.")], into: "gent")
        try writeRecord(Self.ghent, into: "gent", s)
        try writeRecord(Self.brussels, into: "office", s)

        let report = try s.merge(["gent"], into: "office")[0]
        #expect(report.added.contains("\(s.folder("office").relativePath)/sessions/GNT-2026-11.json"))
        #expect(records("office", s) == ["BXL-2026-11": Self.brussels, "GNT-2026-11": Self.ghent])
        let copied = try Data(contentsOf: s.folder("office/sessions/GNT-2026-11.json"))
        #expect(Array(copied) == SessionRecordCodec.encode(Self.ghent))
        // Twice changes nothing.
        let again = try s.merge(["gent"], into: "office")[0]
        #expect(again.added.isEmpty && again.alreadyPresent == 2 && !again.hasProblems)
    }

    @Test func anotherRecordOfTheSameSessionIsKeptAsideNotOverwritten() throws {
        let s = try MergeScratch()
        defer { s.remove() }
        var corrected = Self.brussels
        corrected.headcount = 11
        try writeRecord(corrected, into: "stick", s)
        try writeRecord(Self.brussels, into: "office", s)

        let report = try s.merge(["stick"], into: "office")[0]
        #expect(report.sessionConflicts.count == 1 && report.hasProblems)
        #expect(report.sessionConflicts[0].description.contains("BXL-2026-11"))
        #expect(records("office", s)["BXL-2026-11"] == Self.brussels, "the record here stays")
        let kept = try Data(contentsOf: s.folder("office/conflicts/sessions/BXL-2026-11.json"))
        #expect(Array(kept) == SessionRecordCodec.encode(corrected))
        #expect(report.summary.hasSuffix("conflicts 1, invalid 0."))
        // The kept-aside record is not read as annotations on a later merge from this folder.
        let onward = try s.merge(["office"], into: "archive")[0]
        #expect(onward.invalid.isEmpty)
    }

    @Test func bundlesCarrySessionRecordsAndRefuseForgedOnes() throws {
        let s = try MergeScratch()
        defer { s.remove() }
        try s.write([MergeFixtures.comment("Pour la séance d'Anvers.")], into: "A")
        try writeRecord(Self.ghent, into: "A", s)
        let files = AnnotationLoader.loadFiles(s.store("A"), quarantine: false).files
        let sessions = SessionRecords.loadFiles(s.store("A"), quarantine: false).files
        #expect(sessions.count == 1)
        let bundle = s.folder("a.tfbundle")
        #expect(try BundleFile.write(files, sessions: sessions, to: bundle) == 1)
        #expect(try BundleFile.read(bundle).sessions == sessions.map {
            SessionFile(record: $0.record, bytes: $0.bytes, origin: "\(bundle.relativePath):sessions/GNT-2026-11.json")
        })
        try s.merge(["a.tfbundle"], into: "B")
        #expect(records("B", s) == ["GNT-2026-11": Self.ghent])

        // A record under another code's name, or a path outside sessions/, refuses the bundle.
        let wrongName = [UStar.Member(name: "sessions/BXL-2026-11.json", bytes: SessionRecordCodec.encode(Self.ghent))]
        let manifest = BundleManifest(members: wrongName.map { (path: $0.name, bytes: $0.bytes) })
        let forged = try UStar.archive([UStar.Member(name: BundleManifest.memberName, bytes: manifest.bytes)] + wrongName)
        #expect(throws: BundleDefect("sessions/BXL-2026-11.json holds the session record sessions/GNT-2026-11.json")) {
            try AnnotationBundle.verify(forged, name: "x")
        }
        #expect(BundleManifest.pathProblem("sessions/../x.json") != nil)
        #expect(BundleManifest.pathProblem("sessions/not a code.json") == "is not named sessions/<session code>.json")
        #expect(BundleManifest.pathProblem("live/BXL-1.json") != nil)
    }
}
