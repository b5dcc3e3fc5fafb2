import AnnotationFixtures
import Foundation
import TaskForceCore
import Testing

/// Issue 13, item 4: what a facilitator types about a session identifies nobody. A session
/// record's place holding a phone number, an address, a bidi override and a C1 control
/// reaches no digest format in any language (replaced and counted like a comment's
/// details), and a session code holding a detail is refused on the command line.
@Suite struct SessionDetailsTests {
    static let place = "Chez Marie\u{202E}, rue Neuve 12 \u{85}0470 12 34 56"
    static let leaks = ["rue Neuve", "Neuve 12", "0470", "12 34 56", "\u{202E}", "\u{85}"]
    static let placeholders: [String: [String]] = [
        "en": ["[address removed]", "[phone number removed]"], "fr": ["[adresse retirée]", "[numéro de téléphone retiré]"],
        "nl": ["[adres verwijderd]", "[telefoonnummer verwijderd]"],
    ]
    static let replaced = ["en": "2 identifying details were replaced", "fr": "2 données identifiantes ont été remplacées",
                           "nl": "2 identificerende gegevens zijn vervangen"]

    /// Comments in each of `records`' sessions, and the records, in a fresh folder.
    static func folder(_ records: [SessionRecord]) throws -> TemporaryFolder {
        let work = try TemporaryFolder()
        try Repository.copyDemoTexts(into: work.url)
        let store = AnnotationStore(root: work.url.appendingPathComponent("Annotations"))
        for (i, r) in records.enumerated() {
            for k in 0..<3 {
                try store.save(DemoAnnotations.comment("Commentaire \(i)-\(k) sur la sécurité", article: ["1", "5bis", "12"][k],
                                                       stance: Stance.allCases[(i + k) % 4], session: r.code))
            }
        }
        let sessions = SessionRecords.folder(store)
        try FileManager.default.createDirectory(at: sessions, withIntermediateDirectories: true)
        for r in records {
            try Data(SessionRecordCodec.encode(r)).write(to: sessions.appendingPathComponent("\(r.code).json"))
        }
        return work
    }

    /// Both groupings: by session (each row shows its place) and by place (sessions of
    /// fewer than five people added up by the place as typed).
    @Test(arguments: ["session", "place"])
    func aPlaceIsCleanedAndRedactedInEveryFormat(_ grouping: String) throws {
        let records = grouping == "session"
            ? [SessionRecord(code: "BXL-1", place: Self.place, day: DemoAnnotations.day, headcount: 9),
               SessionRecord(code: "GNT-1", place: "Gent", day: DemoAnnotations.day, headcount: 6)]
            : [SessionRecord(code: "BXL-1", place: Self.place, day: DemoAnnotations.day, headcount: 3),
               SessionRecord(code: "BXL-2", place: Self.place, day: DemoAnnotations.day, headcount: 3),
               SessionRecord(code: "GNT-1", place: "Gent", day: DemoAnnotations.day, headcount: 6)]
        let work = try Self.folder(records)
        defer { work.remove() }
        for format in ["markdown", "html", "csv", "json"] {
            for language in ["en", "fr", "nl"] {
                let run = try runTaskforce(["digest", "--format", format, "--lang", language], in: work.url)
                #expect(run.status == 0, "\(run.stderr)")
                for leak in Self.leaks { #expect(!run.stdout.contains(leak), "\(format) \(language): \(leak.debugDescription)") }
                // CSV has one row per comment and no breakdown; Markdown escapes the brackets.
                if format != "csv" {
                    let shown = format == "markdown" ? run.stdout.replacingOccurrences(of: "\\", with: "") : run.stdout
                    #expect(shown.contains("Gent"), "\(format) \(language): the breakdown is shown\n\(run.stdout)")
                    for placeholder in Self.placeholders[language]! {
                        #expect(shown.contains(placeholder), "\(format) \(language): \(placeholder)")
                    }
                }
                #expect(run.stderr.contains(Self.replaced[language]!), "\(format) \(language): \(run.stderr)")
                for leak in Self.leaks { #expect(!run.stderr.contains(leak)) }
            }
        }
        let json = try jsonObject(try runTaskforce(["digest", "--format", "json"], in: work.url).stdout)
        #expect(json["redactions"] as? Int == 2)
        #expect((json["breakdown"] as? [String: Any])?["grouping"] as? String == grouping)
    }

    /// Without a breakdown the place is not exported at all, and nothing is counted for it.
    @Test func aPlaceNotShownIsNotCounted() throws {
        let work = try Self.folder([SessionRecord(code: "BXL-1", place: Self.place, day: DemoAnnotations.day, headcount: 9)])
        defer { work.remove() }
        let run = try runTaskforce(["digest", "--format", "markdown"], in: work.url)
        #expect(run.status == 0)
        #expect(!run.stdout.contains("Chez Marie"))
        #expect(run.stderr.contains("no identifying details found"), "\(run.stderr)")
    }

    @Test(arguments: [
        (["annotate", "--text", "demo-travail-du-sexe", "--article", "1", "--stance", "support"], "0470123456", "a phone number"),
        (["annotate", "--text", "demo-travail-du-sexe", "--article", "1", "--stance", "support"], "BE71096123456769", "a bank account"),
        (["render", "--kiosk"], "BXL-0470-12-34-56", "a phone number"),
        (["review"], "NN-85073003328", "a national number"),
    ])
    func aSessionCodeWithADetailIsRefused(_ command: [String], _ code: String, _ what: String) throws {
        let work = try TemporaryFolder()
        defer { work.remove() }
        try Repository.copyDemoTexts(into: work.url)
        let run = try runTaskforce(command + ["--session", code], in: work.url, input: Data("Un commentaire.\n".utf8))
        #expect(run.status == 2, "\(run.stderr)")
        #expect(run.stderr.contains("--session seems to hold \(what)"), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: work.url.appendingPathComponent("Annotations/demo-travail-du-sexe").path))
        // An ordinary code goes through.
        if command[0] == "annotate" {
            let ok = try runTaskforce(command + ["--session", "BXL-2026-07"], in: work.url, input: Data("Un commentaire.\n".utf8))
            #expect(ok.status == 0, "\(ok.stderr)")
        }
    }

    /// A code that the commands refuse can still arrive in a file (written by hand, or in a
    /// bundle from another city): such an annotation is invalid, so `check` names it and
    /// moves it to quarantine/ (exit 1, like any invalid file: kept, never deleted), and no
    /// digest shows anything of it, in any format.
    @Test func aSessionCodeWithADetailInAFileReachesNoExport() throws {
        let work = try TemporaryFolder()
        defer { work.remove() }
        try Repository.copyDemoTexts(into: work.url)
        let ok = try runTaskforce(["annotate", "--text", "demo-travail-du-sexe", "--article", "1", "--stance", "support",
                                   "--session", "BXL-2026-07"], in: work.url, input: Data("Un commentaire.\n".utf8))
        #expect(ok.status == 0, "\(ok.stderr)")
        let folder = work.url.appendingPathComponent("Annotations/demo-travail-du-sexe")
        let file = try #require(try FileManager.default.contentsOfDirectory(atPath: folder.path).first)
        let url = folder.appendingPathComponent(file)
        let bytes = try String(contentsOf: url, encoding: .utf8)
        try bytes.replacingOccurrences(of: "BXL-2026-07", with: "BXL-0470-12-34-56").write(to: url, atomically: true, encoding: .utf8)
        // On a copy, the digest sets it aside and says why.
        let copy = work.url.appendingPathComponent("copy")
        try FileManager.default.createDirectory(at: copy, withIntermediateDirectories: true)
        for name in ["Texts", "Annotations"] {
            try FileManager.default.copyItem(at: work.url.appendingPathComponent(name), to: copy.appendingPathComponent(name))
        }
        let first = try runTaskforce(["digest", "--format", "markdown"], in: copy)
        #expect(!first.stdout.contains("0470") && !first.stdout.contains("Un commentaire."), "\(first.stdout)")
        #expect(first.stderr.contains("seems to hold a phone number"), "\(first.stderr)")
        let check = try runTaskforce(["check"], in: work.url)
        #expect(check.status == 1, "\(check.stdout) \(check.stderr)")
        #expect(check.stdout.contains("\(file): \"session\" seems to hold a phone number"), "\(check.stdout)")
        for format in ["markdown", "html", "csv", "json"] {
            let digest = try runTaskforce(["digest", "--format", format], in: work.url)
            #expect(digest.status == 0, "\(digest.stderr)")
            #expect(!digest.stdout.contains("0470") && !digest.stdout.contains("Un commentaire."), "\(format): \(digest.stdout)")
        }
        // Kept aside, not lost.
        let quarantined = work.url.appendingPathComponent("Annotations/quarantine/demo-travail-du-sexe/\(file)")
        #expect(try String(contentsOf: quarantined, encoding: .utf8).contains("BXL-0470-12-34-56"))
    }
}
