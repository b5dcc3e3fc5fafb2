import Foundation
import Testing
@testable import TaskForceCore

/// Aggregation (issue 5, item 1): every comment counted once, nothing invented, nothing
/// revealing the order of writing.
@Suite struct DigestBuilderTests {
    typealias F = DigestFixtures

    @Test func countsStancesEndorsementsShowsOfHandsAndThemes() {
        let a = F.comment("Un", stance: .concern, tags: [.safety, .housing])
        let b = F.comment("Deux", stance: .concern, tags: [.safety])
        let c = F.comment("Trois", stance: .support, tags: [])
        let d = F.digest([a, b, c,
                          Annotation.endorsement(of: a, day: F.day),
                          Annotation.endorsement(of: b, count: 7, day: F.day)])
        let article = d.articles.first { $0.number == "5bis" }!
        #expect(article.counts.concern == 2)
        #expect(article.counts.support == 1)
        #expect(article.counts.oppose == 0)
        #expect(article.counts.endorsements == 8)
        #expect(article.themes == [ThemeCount(theme: .safety, count: 2), ThemeCount(theme: .housing, count: 1)])
        #expect(d.header.comments == 3)
        #expect(d.header.endorsements == 8)
        #expect(d.header.annotations == 5)
    }

    @Test func groupsByStanceMostEndorsedFirstTiesById() {
        let comments = (0..<6).map { F.comment("Commentaire \($0)", stance: $0 % 2 == 0 ? .oppose : .question) }
        let endorsed = comments[4]
        let d = F.digest(comments + [Annotation.endorsement(of: endorsed, count: 3, day: F.day)])
        let groups = d.articles[0].groups
        #expect(groups.map(\.stance) == [.oppose, .question])
        let oppose = groups[0].comments
        #expect(oppose.first?.id == endorsed.id.value)
        let rest = oppose.dropFirst().map(\.id)
        #expect(rest == rest.sorted())
        #expect(groups[1].comments.map(\.id) == groups[1].comments.map(\.id).sorted())
    }

    @Test func anEditReplacesItsOriginalAndAWithdrawalRemovesAComment() {
        let original = F.comment("Première version")
        let edit = F.comment("Version corrigée", supersedes: original.id)
        let gone = F.comment("Je retire ceci", article: "12", stance: .oppose)
        let d = F.digest([original, edit, gone, Annotation.withdrawal(of: gone, day: F.day),
                          Annotation.endorsement(of: original, day: F.day)])
        #expect(d.articles.map(\.number) == ["5bis"])
        let shown = d.articles[0].groups[0].comments
        #expect(shown.map(\.body) == ["Version corrigée"])
        // A "me too" on the first version counts for the edited comment.
        #expect(shown[0].endorsements == 1)
        #expect(d.header.withdrawn == 1)
        #expect(d.header.comments == 1)
        #expect(d.header.annotations == 5)
    }

    @Test func commentsOnAnEarlierVersionAreFlagged() {
        let old = F.comment("Écrit sur l'ancien texte", fingerprint: "0123456789abcdef")
        let current = F.comment("Écrit sur le texte actuel")
        let d = F.digest([old, current])
        let flags = Dictionary(uniqueKeysWithValues: d.articles[0].groups[0].comments.map { ($0.body, $0.earlierVersion) })
        #expect(flags == ["Écrit sur l'ancien texte": true, "Écrit sur le texte actuel": false])
    }

    @Test func orphansAreListedApartWithTheirEndorsementsNotDropped() {
        let orphan = F.comment("Sur un article disparu", article: "99", fingerprint: "0123456789abcdef")
        let d = F.digest([orphan, Annotation.endorsement(of: orphan, count: 2, day: F.day), F.comment("Ici")])
        #expect(d.orphans.map(\.article) == ["99"])
        #expect(d.orphans[0].comment.body == "Sur un article disparu")
        #expect(d.orphans[0].comment.endorsements == 2)
        #expect(d.otherOrphans == 1)
        #expect(d.header.comments == 2)
        #expect(d.header.endorsements == 2)
    }

    @Test func articlesFollowTheTextsOrderAndCarryHeadingAndExcerpt() {
        let d = F.digest([F.comment("b", article: "12"), F.comment("a", article: "1"), F.comment("c", article: "5bis")])
        #expect(d.articles.map(\.number) == ["1", "5bis", "12"])
        #expect(d.articles[1].heading == "Alarm button")
        #expect(d.articles[1].excerpt.hasPrefix("§ 1. Every room"))
        #expect(d.articles[1].excerpt.count <= DigestBuilder.excerptLength + 2)
        // French labels quote the French version.
        let fr = F.digest([F.comment("c", article: "5bis")], language: .fr)
        #expect(fr.articles[0].heading == "Bouton d'alarme")
        #expect(fr.header.title.hasPrefix("Projet de loi de démonstration"))
    }

    @Test func headerSaysSessionsHeadcountAndDays() {
        let d = F.digest([F.comment("a", session: "BXL-1", day: "2026-03-09"), F.comment("b", session: "GNT-1"),
                          F.comment("c", session: "ANT-1", day: "2026-04-01")],
                         sessions: [SessionRecord(code: "BXL-1", place: "Bruxelles", day: "2026-03-09", headcount: 8),
                                    SessionRecord(code: "GNT-1", place: "Gent", day: "2026-03-08", headcount: 6)])
        #expect(d.header.sessions == ["ANT-1", "BXL-1", "GNT-1"])
        #expect(d.header.headcount == 14)
        #expect(d.header.sessionsWithoutRecord == 1)
        #expect(d.header.firstDay == "2026-03-08")
        #expect(d.header.lastDay == "2026-04-01")
    }

    @Test func identifyingDetailsAreReplacedInBodiesAndProposalsAndCounted() {
        let d = F.digest([F.comment("Appelez-moi au 0470 12 34 56 ou écrivez à lola@example.org",
                                    proposal: "Contact : BE71 0961 2345 6769")], language: .fr)
        let c = d.articles[0].groups[0].comments[0]
        #expect(c.body == "Appelez-moi au [numéro de téléphone retiré] ou écrivez à [e-mail retiré]")
        #expect(c.proposal == "Contact : [compte bancaire retiré]")
        #expect(c.redline?.contains { $0.text.contains("0961") } == false)
        #expect(d.redactions.total == 3)
        #expect(d.redactions.counts == [.phone: 1, .email: 1, .iban: 1])
    }

    @Test func controlsAndBidiOverridesNeverReachTheDigest() {
        let hostile = "A\u{1B}[31mB\u{202E}C\u{2066}D\u{0}E\u{9B}F\u{200B}G\r\nH"
        let d = F.digest([F.comment(hostile, proposal: hostile)])
        let c = d.articles[0].groups[0].comments[0]
        #expect(c.body == "A[31mBCDEFG\nH")
        for scalar in (c.body + (c.proposal ?? "")).unicodeScalars {
            #expect(scalar == "\n" || (scalar.value >= 0x20 && scalar.value != 0x7F && !(0x80..<0xA0).contains(scalar.value)))
            #expect(scalar.properties.generalCategory != .format)
        }
    }

    @Test func theResultDoesNotDependOnTheOrderOfTheAnnotations() {
        var all: [Annotation] = []
        for i in 0..<30 {
            let c = F.comment("Commentaire \(i)", article: ["1", "5bis", "12"][i % 3], stance: Stance.allCases[i % 4],
                              tags: [Theme.allCases[i % 10]], session: i % 2 == 0 ? "BXL-1" : "GNT-1")
            all.append(c)
            if i % 4 == 0 { all.append(Annotation.endorsement(of: c, count: i % 3 == 0 ? nil : i, day: F.day)) }
            if i % 7 == 0 { all.append(Annotation.withdrawal(of: c, day: F.day)) }
            if i % 5 == 0 { all.append(F.comment("Correction \(i)", article: c.article, supersedes: c.id)) }
        }
        let sessions = [SessionRecord(code: "BXL-1", place: "Bruxelles", day: F.day, headcount: 9),
                        SessionRecord(code: "GNT-1", place: "Gent", day: F.day, headcount: 7)]
        let reference = F.digest(all, sessions: sessions)
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20 {
            #expect(F.digest(all.shuffled(using: &generator), sessions: sessions.shuffled()) == reference)
        }
        #expect(DigestMarkdown.render(reference) == DigestMarkdown.render(F.digest(all.reversed(), sessions: sessions)))
    }
}

extension DigestFixtures {
    static func digest(_ annotations: [Annotation], sessions: [SessionRecord] = [], language: UILanguage = .en) -> Digest {
        build(annotations, sessions: sessions, language: language)
    }
}
