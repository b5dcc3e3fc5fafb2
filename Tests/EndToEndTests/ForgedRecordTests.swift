import Foundation
import Testing

/// The attack of issue 12, through the real binary: records that claim an authority their
/// writer does not have (a withdrawal, an edit, the undoing of a hide, a hide, a duplicate
/// mark, none signed by the right key) arrive as a file, through `merge` of a folder and
/// through a bundle with a consistent manifest. Each time the digest's bytes are those
/// without the forged record, `check` names it (exit 65) and `merge` keeps it aside.
struct ForgedRecordTests {
    static let demo = Repository.demoID
    /// The Dutch demo comment (article 12) with its show of hands of 14.
    static let dutch = "87c90cd8215642bbe83eac5a8bce1b69"
    /// The demo's hide of a comment that names a person, and a comment of article 12.
    static let hide = "bc661815827170b4a67a643c59c99400"
    static let french12 = "bc84981fd1d216d89552778dfc0878e6"
    /// A well-formed signature that no key made.
    static let junkSignature = String(repeating: "ab", count: 64)
    static let junkKey = String(repeating: "cd", count: 32)

    static func record(_ id: String, _ fields: [String: String]) -> (id: String, bytes: String) {
        var all = ["format": "taskforce.annotation.v1", "id": id, "text": demo, "day": "2026-11-24",
                   "article": "12", "fingerprint": "a47b6bdc8d4c9c96"]
        all.merge(fields) { _, new in new }
        let body = all.sorted { $0.key < $1.key }.map { "  \"\($0.key)\": \($0.value == "[]" ? "[]" : "\"\($0.value)\"")" }
        return (id, "{\n" + body.joined(separator: ",\n") + "\n}\n")
    }

    /// The five forgeries, by what they attempt.
    static let forgeries: [String: (id: String, bytes: String)] = [
        "withdrawal": record("f0000000000000000000000000000001",
                             ["kind": "withdrawal", "target": dutch, "signature": junkSignature]),
        "edit": record("f0000000000000000000000000000002",
                       ["kind": "comment", "supersedes": dutch, "stance": "support", "tags": "[]", "language": "en",
                        "body": "FORGED: we fully support the register.", "key": junkKey, "signature": junkSignature]),
        "undoing of a hide": record("f0000000000000000000000000000003",
                                    ["kind": "withdrawal", "target": hide, "article": "7", "session": "DEMO-2026-01"]),
        "hide": record("f0000000000000000000000000000004",
                       ["kind": "moderation", "action": "hide", "target": dutch, "session": "DEMO-2026-01",
                        "signature": junkSignature]),
        "duplicate mark": record("f0000000000000000000000000000005",
                                 ["kind": "moderation", "action": "duplicate", "target": dutch, "original": french12,
                                  "session": "DEMO-2026-01", "signature": junkSignature]),
    ]

    /// A work folder with the demo texts and the signed demo annotations in `name`.
    /// Copied from git's index, never the checkout's working `Annotations/` where users write.
    static func demoFolder(_ work: TemporaryFolder, _ name: String) throws {
        let shipped = work.url.appendingPathComponent("shipped-\(name)")
        try Repository.copyShippedAnnotations(into: shipped)
        try FileManager.default.moveItem(at: shipped.appendingPathComponent("Annotations"),
                                         to: work.url.appendingPathComponent(name))
        try FileManager.default.removeItem(at: shipped)
    }

    static func digest(_ work: TemporaryFolder, _ annotations: String) throws -> Data {
        let run = try runTaskforce(["digest", "--format", "json", "--annotations", annotations, "--out", "\(annotations).json"],
                                   in: work.url)
        #expect(run.status == 0, "\(run.stderr)")
        return try Data(contentsOf: work.url.appendingPathComponent("\(annotations).json"))
    }

    static func write(_ forged: (id: String, bytes: String), into folder: URL) throws {
        let dir = folder.appendingPathComponent(demo)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try Data(forged.bytes.utf8).write(to: dir.appendingPathComponent(forged.id + ".json"))
    }

    @Test(arguments: forgeries.keys.sorted())
    func aForgedRecordChangesNothingWhicheverWayItArrives(_ what: String) throws {
        let forged = Self.forgeries[what]!
        let work = try TemporaryFolder()
        defer { work.remove() }
        try Repository.copyDemoTexts(into: work.url)
        try Self.demoFolder(work, "Clean")
        let clean = try Self.digest(work, "Clean")

        // (a) As a file in the folder.
        try Self.demoFolder(work, "A")
        try Self.write(forged, into: work.url.appendingPathComponent("A"))
        #expect(try Self.digest(work, "A") == clean, "\(what): the digest changed")
        let check = try runTaskforce(["check", "--annotations", "A"], in: work.url)
        #expect(check.status == 65, "\(what): \(check.stdout)")
        #expect(check.stdout.contains("A/\(Self.demo)/\(forged.id).json: refused"), "\(what): \(check.stdout)")
        #expect(FileManager.default.fileExists(atPath: work.url.appendingPathComponent("A/\(Self.demo)/\(forged.id).json").path),
                "check never removes a file")

        // (b) Through `merge` of a folder, and (c) of a bundle whose manifest is consistent.
        let stick = work.url.appendingPathComponent("Stick")
        try Self.write(forged, into: stick)
        try Self.demoFolder(work, "Carrier")
        try Self.write(forged, into: work.url.appendingPathComponent("Carrier"))
        let bundle = try runTaskforce(["bundle", "--out", "x.tfbundle", "--annotations", "Carrier"], in: work.url)
        #expect(bundle.status == 0, "\(what): \(bundle.stderr)")
        for (source, into) in [("Stick", "B"), ("x.tfbundle", "C")] {
            try Self.demoFolder(work, into)
            let merge = try runTaskforce(["merge", source, "--annotations", into], in: work.url)
            #expect(merge.status == 1, "\(what) via \(source): \(merge.stdout) \(merge.stderr)")
            #expect(merge.stdout.contains("refused 1."), "\(what) via \(source): \(merge.stdout)")
            #expect(merge.stdout.contains("  refused: "), "\(what) via \(source): \(merge.stdout)")
            let keptAside = work.url.appendingPathComponent("\(into)/conflicts/\(Self.demo)/\(forged.id).json")
            #expect(try String(contentsOf: keptAside, encoding: .utf8) == forged.bytes, "\(what) via \(source): not kept aside")
            #expect(!FileManager.default.fileExists(atPath: work.url.appendingPathComponent("\(into)/\(Self.demo)/\(forged.id).json").path))
            #expect(try Self.digest(work, into) == clean, "\(what) via \(source): the digest changed")
            let after = try runTaskforce(["check", "--annotations", into], in: work.url)
            #expect(after.status == 0, "\(what) via \(source): \(after.stdout)")
        }
    }

    /// All five at once, the way an attacker would send them.
    @Test func allForgeriesTogetherLeaveTheDigestAsItWas() throws {
        let work = try TemporaryFolder()
        defer { work.remove() }
        try Repository.copyDemoTexts(into: work.url)
        try Self.demoFolder(work, "Clean")
        try Self.demoFolder(work, "A")
        for forged in Self.forgeries.values { try Self.write(forged, into: work.url.appendingPathComponent("A")) }
        #expect(try Self.digest(work, "A") == Self.digest(work, "Clean"))
        let check = try runTaskforce(["check", "--annotations", "A"], in: work.url)
        #expect(check.status == 65)
        #expect(check.stdout.components(separatedBy: ": refused, ").count == 6, "\(check.stdout)")
    }
}
