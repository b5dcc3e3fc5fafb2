import AnnotationFixtures
import Foundation
import TaskForceCore
import Testing

/// `taskforce digest` on a folder with moderations, by the real binary: no moderation loses
/// data (every file still there, the same bytes; every comment still counted), and the words
/// of a hidden comment are in no format and no language.
@Suite struct DigestModerationCommandTests {
    static let marker = "HIDDEN-WORDS"

    /// Everything a hidden comment must never let out: the identifying-details catalogue and
    /// the hostile strings, after a marker.
    static var secret: String {
        let details = (IdentifyingDetailsCatalogue.phones + IdentifyingDetailsCatalogue.emails
            + IdentifyingDetailsCatalogue.ibans + IdentifyingDetailsCatalogue.nationalNumbers).map(\.0)
        return NFC.normalise(([marker] + details + DigestHostileExportTests.hostile).joined(separator: "\n"))
    }

    static func counts(_ json: [String: Any]) -> [String] {
        let articles = json["articles"] as? [[String: Any]] ?? []
        return articles.map { "\($0["number"] ?? "") \(($0["counts"] as? [String: Int] ?? [:]).sorted { $0.key < $1.key })" }
    }

    @Test func moderationsHideAndFoldWithoutLosingAnything() throws {
        let work = try TemporaryFolder()
        defer { work.remove() }
        try Repository.copyDemoTexts(into: work.url)
        let store = AnnotationStore(root: work.url.appendingPathComponent("Annotations"))
        let original = DemoAnnotations.comment("Le bouton d'alarme doit rester à nous.", session: "DEMO-1")
        let repeated = DemoAnnotations.comment("Pareil : le bouton est à nous.", session: "DEMO-1")
        let hidden = DemoAnnotations.comment(Self.secret, article: "12", stance: .oppose, tags: [.privacy],
                                             proposal: Self.secret, session: "DEMO-1")
        // The session's record with its facilitator key: the show of hands and the
        // moderations below are signed with it, as the facilitator's screen signs them
        // (Annotations/README.md, "Authority").
        let keys = FacilitatorKeys(folder: work.url.appendingPathComponent(".facilitator-keys"))
        let record = try keys.keyed(SessionRecord(code: "DEMO-1", place: "Liège", day: DemoAnnotations.day, headcount: 0))
        let hands = try keys.sign(.endorsement(of: hidden, count: 4, session: "DEMO-1", day: DemoAnnotations.day),
                                  session: record, target: hidden)
        let comments = [original, repeated, hidden, hands, DemoAnnotations.comment("Une question.", article: "1", stance: .question)]
        for a in comments { try store.save(a) }
        try store.prepare()
        try SessionRecords.save(record, in: store)
        let folder = store.folder(forText: DemoAnnotations.text)
        let before = try #require(EntrySnapshot.of(folder))
        let plain = try jsonObject(try runTaskforce(["digest", "--format", "json"], in: work.url).stdout)

        let moderations = [try keys.sign(.hiding(hidden, session: "DEMO-1", day: DemoAnnotations.day), session: record, target: hidden),
                           try keys.sign(.marking(repeated, asDuplicateOf: original, session: "DEMO-1", day: DemoAnnotations.day),
                                         session: record, target: repeated)]
        for a in moderations { try store.save(a) }

        for format in ["markdown", "html", "csv", "json"] {
            for language in ["en", "fr", "nl"] {
                let run = try runTaskforce(["digest", "--format", format, "--lang", language], in: work.url)
                #expect(run.status == 0, "\(format) \(language): \(run.stderr)")
                let none = ["en": "no identifying details found in the comments.",
                            "fr": "aucune donnée identifiante trouvée dans les commentaires.",
                            "nl": "geen identificerende gegevens gevonden in de opmerkingen."][language] ?? "?"
                #expect(run.stderr == "taskforce: \(none)\n",
                        "\(format) \(language): nothing of the hidden comment was redacted: \(run.stderr)")
                #expect(!run.stdout.contains(Self.marker), "\(format) \(language)")
                #expect(!run.stdout.contains("<script>") && !run.stdout.contains("HYPERLINK"), "\(format) \(language)")
                // Random hex ids can look like a number written with O and l: not comments.
                let words = run.stdout.replacingOccurrences(of: "[0-9a-f]{32}", with: "", options: .regularExpression)
                #expect(IdentifyingDetails.find(in: words).isEmpty, "\(format) \(language)")
                // Still counted.
                if format == "markdown" { #expect(run.stdout.contains(DigestLabel.hiddenOne.text(UILanguage(rawValue: language)!))) }
            }
        }
        let json = try jsonObject(try runTaskforce(["digest", "--format", "json"], in: work.url).stdout)
        #expect(json["hidden"] as? Int == 1)
        #expect(json["comments"] as? Int == plain["comments"] as? Int)
        #expect(json["endorsements"] as? Int == plain["endorsements"] as? Int)
        #expect(Self.counts(json) == Self.counts(plain))
        let articles = json["articles"] as? [[String: Any]] ?? []
        let listed = articles.flatMap { $0["comments"] as? [[String: Any]] ?? [] }
        #expect(Set(listed.compactMap { $0["id"] as? String }) == [original.id.value, comments[4].id.value])
        #expect(listed.first { $0["id"] as? String == original.id.value }?["duplicates"] as? Int == 1)
        let markdown = try runTaskforce(["digest"], in: work.url).stdout
        #expect(markdown.contains("also said in 1 other comment"))
        #expect(!markdown.contains("Pareil"))

        let check = try runTaskforce(["check"], in: work.url)
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        // Every file as it was: same inode, same bytes; the moderations beside them.
        let after = try #require(EntrySnapshot.of(folder))
        for (name, entry) in before.children ?? [:] {
            #expect(after.children?[name] == entry, "\(String(decoding: name, as: UTF8.self)) changed")
        }
        #expect(after.children?.count == comments.count + moderations.count)
    }
}
