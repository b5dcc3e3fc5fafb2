import Foundation
import TaskForceCore
import Testing

/// The hole left by issue 12's first round, through the real binary: a forged record of a
/// session (same place, day and headcount, another facilitator key) with moderations signed
/// by that key: the undoing of the facilitator's real hide (it would publish a comment that
/// names someone) and a duplicate mark (it would fold a comment away). Whether the forged
/// record arrives before the real one or after it, as a file, through `merge` of a folder or
/// through a bundle, the two records disagree: `check` names both and exits 65, the real hide
/// stands, and no undoing, duplicate mark or show of hands of the session counts, the forged
/// ones and the demo's real ones alike, until a person keeps one record: the digest's bytes
/// are those of the demo without its duplicate mark and show of hands (Annotations/README.md, "Two records of one session").
struct ForgedSessionRecordTests {
    static let demo = Repository.demoID
    static let code = "DEMO-2026-01"
    /// The demo's real hide, on article 10, signed by the real facilitator key.
    static let hide = "bc661815827170b4a67a643c59c99400"
    static let dutch = "87c90cd8215642bbe83eac5a8bce1b69"
    static let french12 = "bc84981fd1d216d89552778dfc0878e6"
    /// The demo's real duplicate mark and show of hands (14), signed by the real facilitator key.
    static let realMark = "d1e36ef5458e5ab8834030a15578d677"
    static let realHands = "e12482e7aff5b997656df3c6668f0dac"

    /// The forger's record and moderations, as files: (path under `Annotations/`, bytes).
    static func forgery(_ work: URL, shipped: URL) throws -> [(path: String, bytes: [UInt8])] {
        func read(_ path: String) throws -> [UInt8] { Array(try Data(contentsOf: shipped.appendingPathComponent(path))) }
        var copy = try SessionRecordCodec.decode(read("sessions/\(code).json"))
        copy.key = nil
        let keys = FacilitatorKeys(folder: work.appendingPathComponent("forger-keys"))
        let record = try keys.keyed(copy)
        let hideRecord = try AnnotationCodec.decode(read("\(demo)/\(hide).json"))
        let dutchComment = try AnnotationCodec.decode(read("\(demo)/\(dutch).json"))
        let undo = try AnnotationCodec.decode(Array(ForgedRecordTests.record(
            "f1000000000000000000000000000001",
            ["kind": "withdrawal", "target": hide, "article": "10", "fingerprint": hideRecord.fingerprint, "session": code]
        ).bytes.utf8))
        let mark = try AnnotationCodec.decode(Array(ForgedRecordTests.record(
            "f1000000000000000000000000000002",
            ["kind": "moderation", "action": "duplicate", "target": dutch, "original": french12, "session": code]
        ).bytes.utf8))
        return [
            ("sessions/\(code).json", SessionRecordCodec.encode(record)),
            ("\(demo)/\(undo.id.value).json", AnnotationCodec.encode(try keys.sign(undo, session: record, target: hideRecord))),
            ("\(demo)/\(mark.id.value).json", AnnotationCodec.encode(try keys.sign(mark, session: record, target: dutchComment))),
        ]
    }

    static func write(_ files: [(path: String, bytes: [UInt8])], into folder: URL) throws {
        for f in files {
            let url = folder.appendingPathComponent(f.path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(f.bytes).write(to: url)
        }
    }

    /// `work/<name>/Annotations`: the shipped demo annotations, or the forgery alone.
    static func folder(_ work: URL, _ name: String, forged: [(path: String, bytes: [UInt8])]? = nil) throws -> String {
        let base = work.appendingPathComponent(name)
        if let forged {
            try write(forged, into: base.appendingPathComponent("Annotations"))
        } else {
            try Repository.copyShippedAnnotations(into: base)
        }
        return "\(name)/Annotations"
    }

    static func merge(_ source: String, into destination: String, _ work: URL) throws {
        let run = try runTaskforce(["merge", source, "--annotations", destination], in: work)
        #expect(run.status == 0 || run.status == 1, "merge \(source): \(run.stdout) \(run.stderr)")
    }

    static func bundle(_ annotations: String, _ name: String, _ work: URL) throws -> String {
        let run = try runTaskforce(["bundle", "--out", name, "--annotations", annotations], in: work)
        #expect(run.status == 0, "\(run.stderr)")
        return name
    }

    enum Arrival: String, CaseIterable {
        case forgedFirstAsAFile, forgedFirstThroughBundles, forgedAfterThroughAFolderMerge, forgedAfterThroughABundle
    }

    @Test(arguments: Arrival.allCases)
    func twoRecordsOfOneSessionLetNoForgedModerationStand(_ arrival: Arrival) throws {
        let work = try TemporaryFolder()
        defer { work.remove() }
        let w = work.url
        try Repository.copyDemoTexts(into: w)
        let forged = try Self.forgery(w, shipped: w.appendingPathComponent(try Self.folder(w, "Shipped")))
        // What the digest must be: the demo as if its duplicate mark and show of hands were
        // not there (neither counts while the session is disputed).
        let unmarked = try Self.folder(w, "Unmarked")
        for id in [Self.realMark, Self.realHands] {
            try FileManager.default.removeItem(at: w.appendingPathComponent("\(unmarked)/\(Self.demo)/\(id).json"))
        }
        let expected = try ForgedRecordTests.digest(work, unmarked)
        #expect(try expected != ForgedRecordTests.digest(work, "Shipped/Annotations"), "the demo's mark changes its digest")
        let here = try Self.folder(w, "Here")
        let hereURL = w.appendingPathComponent(here)
        let forger = try Self.folder(w, "Forger", forged: forged)

        switch arrival {
        case .forgedFirstAsAFile:
            // The forged record is in place before the real one comes, with its moderations.
            try Self.write(forged, into: hereURL)
            let real = try Self.folder(w, "Real")
            try Self.merge(real, into: here, w)
        case .forgedFirstThroughBundles:
            try FileManager.default.removeItem(at: hereURL.appendingPathComponent("sessions/\(Self.code).json"))
            try Self.merge(try Self.bundle(forger, "forged.tfbundle", w), into: here, w)
            try Self.merge(try Self.bundle(try Self.folder(w, "Real"), "real.tfbundle", w), into: here, w)
        case .forgedAfterThroughAFolderMerge:
            try Self.merge(forger, into: here, w)
        case .forgedAfterThroughABundle:
            try Self.merge(try Self.bundle(forger, "forged.tfbundle", w), into: here, w)
        }

        #expect(try ForgedRecordTests.digest(work, here) == expected, "\(arrival): the digest is not the safe one")
        let check = try runTaskforce(["check", "--annotations", here], in: w)
        #expect(check.status == 65, "\(arrival): \(check.stdout)")
        let dispute = check.stdout.split(separator: "\n").first { $0.contains("different facilitator keys") } ?? ""
        #expect(dispute.contains("\(here)/sessions/\(Self.code).json") && dispute.contains("\(here)/conflicts/sessions/\(Self.code).json"),
                "\(arrival): \(check.stdout)")
        // Nothing is deleted: both records are still on disk, one of them kept aside.
        let records = try [hereURL.appendingPathComponent("sessions/\(Self.code).json"),
                           hereURL.appendingPathComponent("conflicts/sessions/\(Self.code).json")].map { try Data(contentsOf: $0) }
        #expect(Set(records).count == 2, "\(arrival)")
    }
}
