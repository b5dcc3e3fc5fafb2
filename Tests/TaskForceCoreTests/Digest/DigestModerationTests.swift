import AnnotationFixtures
import Foundation
import Testing
@testable import TaskForceCore

/// Moderations in the digest: every comment still counted, nothing invented; a hidden
/// comment's words in no format at all; a duplicate folded under its original.
@Suite struct DigestModerationTests {
    typealias F = DigestFixtures

    static func render(_ d: Digest) -> [String: String] {
        ["markdown": DigestMarkdown.render(d), "html": DigestHTML.render(d), "csv": DigestCSV.render(d),
         "json": DigestJSON.render(d)]
    }

    static func json(_ d: Digest) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(DigestJSON.render(d).utf8)) as? [String: Any])
    }

    @Test func aHiddenCommentIsCountedButItsWordsAreNowhere() throws {
        let hidden = F.comment("Le gérant Marc Exemple ferme la porte", stance: .oppose, tags: [.safety, .housing],
                               proposal: "Rue des Exemples 12")
        let shown = F.comment("Un avis visible", stance: .support, tags: [])
        let all = [hidden, shown, Annotation.endorsement(of: hidden, count: 3, day: F.day),
                   Annotation.hiding(hidden, day: F.day)]
        for language in UILanguage.allCases {
            let d = F.digest(all, language: language)
            let article = d.articles[0]
            #expect(article.counts.oppose == 1 && article.counts.support == 1 && article.counts.endorsements == 3)
            #expect(article.themes.contains(ThemeCount(theme: .housing, count: 1)))
            #expect(article.groups.flatMap(\.comments).map(\.id) == [shown.id.value])
            #expect(article.hidden.map(\.id) == [hidden.id.value])
            #expect(article.hidden[0].body.isEmpty && article.hidden[0].proposal == nil && article.hidden[0].redline == nil)
            #expect(article.hiddenCount == 1)
            #expect(d.header.comments == 2 && d.header.hidden == 1)
            for (format, output) in Self.render(d) {
                for word in ["Marc", "Exemple ferme", "Rue des Exemples"] { #expect(!output.contains(word), "\(format)") }
            }
            let note = DigestLabel.hiddenOne.text(language)
            #expect(DigestMarkdown.render(d).contains(note))
            #expect(DigestHTML.render(d).contains(HTMLEscaping.escape(note)))
        }
        let en = F.digest(all)
        #expect(DigestMarkdown.render(en).contains("1 comment hidden by a facilitator (counted above)."))
        #expect(DigestMarkdown.render(en).contains("- **Hidden by a facilitator:** 1"))
        let object = try Self.json(en)
        #expect(object["hidden"] as? Int == 1)
        let articles = try #require(object["articles"] as? [[String: Any]])
        #expect(articles[0]["hidden"] as? Int == 1)
        #expect((articles[0]["comments"] as? [[String: Any]])?.map { $0["id"] as? String } == [shown.id.value])
        // CSV: the row stays, with its counts and no words.
        let rows = DigestCSV.render(en).components(separatedBy: "\r\n")
        #expect(rows[0].hasSuffix(",\"Moderation\""))
        let row = try #require(rows.first { $0.contains("\"Opposed\"") })
        #expect(row.contains("\"3\",\"\",\"\",\"fr\""), "\(row)")
        #expect(row.hasSuffix(",\"hidden\""))
        let other = try #require(rows.first { $0.contains("Un avis visible") })
        #expect(other.hasSuffix(",\"\""))
    }

    @Test func aDuplicateIsFoldedUnderItsOriginalAndRanksIt() throws {
        let original = F.comment("Le bouton doit rester à nous", stance: .concern)
        let repeated = F.comment("Même chose : le bouton est à nous", stance: .concern)
        let other = F.comment("Un autre point", stance: .concern)
        let all = [original, repeated, other,
                   Annotation.endorsement(of: repeated, count: 2, day: F.day),
                   Annotation.endorsement(of: other, count: 3, day: F.day),
                   Annotation.marking(repeated, asDuplicateOf: original, day: F.day)]
        let d = F.digest(all)
        let listed = d.articles[0].groups[0].comments
        // 0 + (1 + 2) for the original, against 3: a tie, decided by id.
        let expected = [original, other].map(\.id.value).sorted()
        #expect(listed.map(\.id) == expected)
        let folded = try #require(listed.first { $0.id == original.id.value })
        #expect(folded.endorsements == 0 && folded.weight == 3)
        #expect(folded.duplicates.map(\.id) == [repeated.id.value])
        #expect(folded.duplicates[0].duplicateOf == original.id.value)
        #expect(d.articles[0].counts.concern == 3 && d.articles[0].counts.endorsements == 5)
        #expect(d.header.comments == 3)
        let markdown = DigestMarkdown.render(d)
        #expect(markdown.contains("also said in 1 other comment"))
        #expect(!markdown.contains("Même chose"))
        #expect(DigestMarkdown.render(F.digest(all, language: .fr)).contains("également dit dans 1 autre commentaire"))
        #expect(DigestMarkdown.render(F.digest(all, language: .nl)).contains("ook gezegd in 1 andere opmerking"))
        let comments = try #require((try Self.json(d)["articles"] as? [[String: Any]])?.first?["comments"] as? [[String: Any]])
        #expect(comments.map { $0["duplicates"] as? Int } == expected.map { $0 == original.id.value ? 1 : 0 })
        // CSV: every comment has its row, the duplicate's says what it repeats.
        let csv = DigestCSV.render(d)
        #expect(csv.contains("Même chose"))
        #expect(csv.contains("\"duplicate of \(original.id.value)\""))
        // One more endorsement of the duplicate puts its original first.
        let more = F.digest(all + [Annotation.endorsement(of: repeated, day: F.day)])
        #expect(more.articles[0].groups[0].comments.first?.id == original.id.value)
    }

    @Test func duplicatesOfAHiddenCommentAreListedOnTheirOwn() {
        let original = F.comment("Nomme quelqu'un", stance: .oppose)
        let repeated = F.comment("Le même point, sans nom", stance: .oppose)
        let d = F.digest([original, repeated, Annotation.hiding(original, day: F.day),
                          Annotation.marking(repeated, asDuplicateOf: original, day: F.day)])
        let listed = d.articles[0].groups.flatMap(\.comments)
        #expect(listed.map(\.id) == [repeated.id.value])
        #expect(listed[0].body == "Le même point, sans nom")
        #expect(d.articles[0].hidden.map(\.id) == [original.id.value])
        #expect(d.articles[0].hidden[0].duplicates.isEmpty)
        #expect(DigestCSV.render(d).contains("\"duplicate of \(original.id.value)\""))
        #expect(!DigestMarkdown.render(d).contains("also said"))
    }

    @Test func aHiddenDuplicateCountsForItsOriginalWithoutItsWords() {
        let original = F.comment("Le point principal")
        let repeated = F.comment("Le même point, avec un nom : Marc Exemple")
        let d = F.digest([original, repeated, Annotation.hiding(repeated, day: F.day),
                          Annotation.marking(repeated, asDuplicateOf: original, day: F.day)])
        let listed = d.articles[0].groups.flatMap(\.comments)
        #expect(listed.map(\.id) == [original.id.value])
        #expect(listed[0].duplicates.map(\.hidden) == [true])
        #expect(d.articles[0].hiddenCount == 1 && d.header.hidden == 1)
        #expect(d.articles[0].hidden.isEmpty)
        for (format, output) in Self.render(d) { #expect(!output.contains("Marc"), "\(format)") }
    }

    @Test func aHiddenOrphanStaysHidden() {
        let gone = F.comment("Sur un article disparu, avec un nom : Marc Exemple", article: "99",
                             fingerprint: "0123456789abcdef")
        let d = F.digest([gone, Annotation.hiding(gone, day: F.day)])
        #expect(d.orphans.isEmpty && d.hiddenOrphans.map(\.comment.id) == [gone.id.value])
        #expect(d.header.comments == 1 && d.header.hidden == 1)
        for (format, output) in Self.render(d) { #expect(!output.contains("Marc"), "\(format)") }
        #expect(DigestMarkdown.render(d).contains("1 comment hidden by a facilitator"))
    }

    /// Moderation changes what is listed, never what is counted.
    @Test func stanceTotalsAreUnchangedByModeration() {
        var plain: [Annotation] = []
        var moderations: [Annotation] = []
        var previous: [ArticleNumber: Annotation] = [:]
        for i in 0..<30 {
            let article: ArticleNumber = ["1", "5bis", "12"][i % 3]
            let c = F.comment("Commentaire \(i)", article: article, stance: Stance.allCases[i % 4],
                              tags: [Theme.allCases[i % 10]], session: i % 2 == 0 ? "BXL-1" : "GNT-1")
            plain.append(c)
            if i % 3 == 0 { plain.append(Annotation.endorsement(of: c, count: i % 2 == 0 ? nil : i, day: F.day)) }
            if i % 4 == 0 { moderations.append(Annotation.hiding(c, day: F.day)) }
            if i % 5 == 1, let o = previous[article] { moderations.append(Annotation.marking(c, asDuplicateOf: o, day: F.day)) }
            previous[article] = c
        }
        let sessions = [SessionRecord(code: "BXL-1", place: "Bruxelles", day: F.day, headcount: 9),
                        SessionRecord(code: "GNT-1", place: "Gent", day: F.day, headcount: 7)]
        let before = F.digest(plain, sessions: sessions)
        let after = F.digest(plain + moderations, sessions: sessions)
        #expect(after.articles.map(\.counts) == before.articles.map(\.counts))
        #expect(after.articles.map(\.themes) == before.articles.map(\.themes))
        #expect(after.breakdown == before.breakdown)
        #expect(after.header.comments == before.header.comments)
        #expect(after.header.endorsements == before.header.endorsements)
        #expect(after.header.hidden > 0 && before.header.hidden == 0)
        // Listed, folded and hidden: each comment exactly once.
        for a in after.articles {
            let listed = a.groups.flatMap(\.comments)
            let ids = listed.map(\.id) + listed.flatMap { $0.duplicates.map(\.id) } + a.hidden.map(\.id)
            #expect(ids.count == a.counts.comments && Set(ids).count == ids.count)
        }
        // And in any order.
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<10 {
            #expect(F.digest((plain + moderations).shuffled(using: &generator), sessions: sessions.shuffled()) == after)
        }
    }

    /// A hidden comment holding every identifying detail of the catalogue and every hostile
    /// string: the exports are the same bytes whatever it says, so nothing of it is in any
    /// format, not even redacted.
    @Test func aHiddenCommentsWordsHaveNoInfluenceOnAnyExport() {
        let catalogue = (IdentifyingDetailsCatalogue.phones + IdentifyingDetailsCatalogue.emails
            + IdentifyingDetailsCatalogue.ibans + IdentifyingDetailsCatalogue.nationalNumbers).map(\.0)
        let words = NFC.normalise(("HIDDEN-MARKER" + (catalogue + DigestHTMLTests.hostile).joined(separator: "\n"))
            .replacingOccurrences(of: "\0", with: ""))
        let secret = F.comment(words, stance: .oppose, proposal: words)
        var bland = secret
        bland.changeComment {
            $0.body = "x"
            $0.proposal = nil
        }
        let shown = F.comment("Visible", article: "12")
        for language in UILanguage.allCases {
            let with = F.digest([secret, shown, Annotation.hiding(secret, day: F.day)], language: language)
            let without = F.digest([bland, shown, Annotation.hiding(bland, day: F.day)], language: language)
            #expect(with.redactions.total == 0)
            let a = Self.render(with), b = Self.render(without)
            for format in a.keys {
                #expect(a[format] == b[format], "\(format) \(language)")
                #expect(!a[format]!.contains("HIDDEN-MARKER"), "\(format) \(language)")
            }
        }
    }
}
