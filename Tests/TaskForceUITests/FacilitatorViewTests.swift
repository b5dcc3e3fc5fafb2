import AnnotationFixtures
import TaskForceCore
import Testing
@testable import TaskForceUI

/// Grid snapshots of the facilitator's screens at 80×24: the session form and the live
/// dashboard, its stance tallies hidden (as it starts, for a projector) and revealed.
struct FacilitatorViewTests {
    static func comment(_ id: Character, article: ArticleNumber, _ stance: Stance, session: String = "BXL-2026-12",
                        endorsements: [String: Int] = [:]) -> CurrentView.Comment {
        var a = Annotation.comment(text: "demo", article: article, fingerprint: "f", stance: stance, tags: [],
                                   body: "Ça dépend des communes.", language: "fr", session: session, day: "2026-12-03")
        a.id = AnnotationID(String(repeating: id, count: 32))!
        return CurrentView.Comment(annotation: a, endorsements: endorsements.values.reduce(0, +),
                                   endorsementsBySession: endorsements)
    }

    /// The demonstration bill in French, article 5bis selected, comments on 4 and 5bis: all
    /// of this session (BXL-2026-12) but 5bis's "c" (Ghent's), and one "me too" of b from Ghent.
    static func model(ui: UILanguage = .fr, talliesShown: Bool = false, allSessions: Bool = false) throws -> ReviewModel {
        var m = try DemoBill.model(["fr"], ui: ui, size: ScreenSize(columns: 80, rows: 24))
        let t = m.texts[0]
        m.texts[0] = ReviewModel.TextEntry(id: t.id, versions: t.versions, notes: [
            "4": [comment("a", article: "4", .concern)],
            "5bis": [comment("b", article: "5bis", .support, endorsements: ["BXL-2026-12": 2, "GNT-2026-01": 1]),
                     comment("c", article: "5bis", .oppose, session: "GNT-2026-01"),
                     comment("d", article: "5bis", .support, endorsements: ["BXL-2026-12": 12])],
        ])
        m.session = "BXL-2026-12"
        m.facilitate(FacilitatorState(code: "BXL-2026-12",
                                         saved: SessionRecord(code: "BXL-2026-12", place: "Liège, salle Ștefan", day: "2026-12-03", headcount: 14),
                                         today: "2026-12-03"))
        m.facilitator?.talliesShown = talliesShown
        m.facilitator?.allSessionsCounted = allSessions
        let index = try #require(m.currentSplit?.articles.firstIndex { $0.number == "5bis" })
        ReviewUpdate.selectArticle(&m, index)
        return m
    }

    static func rows(_ m: ReviewModel) -> [String] {
        ReviewView.view(m, columns: 80, rows: 24).rows(trimmingTrailingSpaces: true)
    }

    /// A place of 80 characters (the most a record holds) gives way in the title line; the
    /// headcount stays in view.
    @Test func aLongPlaceKeepsTheHeadcountInView() throws {
        var m = try Self.model()
        m.facilitator?.saved?.place = String(repeating: "Salle des fêtes ", count: 5)
        let title = Self.rows(m)[0]
        #expect(title.hasPrefix(" taskforce · BXL-2026-12 · Salle des fêtes"), "\(title)")
        #expect(title.hasSuffix(" · 14 personnes présentes"), "\(title)")
        #expect(DisplayWidth.of(title) <= 80)
    }

    /// A record that did not come from the form (merged, edited by hand) may hold a phone
    /// number or an address: the projected title masks them as the notes do (issue 13).
    @Test func thePlaceInTheTitleIsMasked() throws {
        var m = try Self.model()
        m.facilitator?.saved?.place = "rue Neuve 12, 0470 12 34 56"
        let title = Self.rows(m)[0]
        #expect(!title.contains("0470") && !title.contains("Neuve 12"), "\(title)")
        #expect(title.contains(NotesView.masked("rue Neuve 12", .fr)), "\(title)")
        #expect(title.hasSuffix(" · 14 personnes présentes"), "\(title)")
    }

    @Test func dashboardWithTalliesHidden() throws {
        let rows = Self.rows(try Self.model())
        #expect(Array(rows.prefix(10)) == [
            " taskforce · BXL-2026-12 · Liège, salle Ștefan · 14 personnes présentes",
            "┏ En direct · Projet de loi de démonstration (fictif) relatif aux conditions… ━┓",
            "┃  Art.                                                        avis  moi aussi ┃",
            "┃  1     Objet                                                                 ┃",
            "┃  2     Définitions                                                           ┃",
            "┃  3     Champ d'application                                                   ┃",
            "┃  4     Sécurité du lieu de travail                              1            ┃",
            "┃  5     Hygiène et matériel                                                   ┃",
            "┃▸ 5bis  Bouton d'alarme                                          2         14 ┃",
            "┃  6     Contrôle de santé obligatoire                                         ┃",
        ])
        #expect(rows[19] == "┃  16    Inspection sociale                                                    ┃")
        #expect(rows[20] == "┃ Compté: cette séance (BXL-2026-12) seulement. s compte toutes les séances.   ┃")
        #expect(rows[21] == "┃ Les positions sont cachées à la salle. t les affiche.                        ┃")
        #expect(rows[22] == "┗" + String(repeating: "━", count: 78) + "┛")
        #expect(rows[23] == " Enter Ouvrir  t Positions  + - n Personnes  p Lieu  F10 Quitter  F12 Masquer")
        // The selected article shows by attributes, and the warning line is bold.
        let styles = ReviewView.view(try Self.model(), columns: 80, rows: 24).snapshot().styles
        #expect(styles[8].dropFirst(1).prefix(78).allSatisfy { $0 == "+" })
        #expect(styles[21].dropFirst(2).prefix(10).allSatisfy { $0 != " " })
    }

    @Test func dashboardWithTalliesRevealed() throws {
        let rows = Self.rows(try Self.model(talliesShown: true))
        #expect(Array(rows.prefix(10)) == [
            " taskforce · BXL-2026-12 · Liège, salle Ștefan · 14 personnes présentes",
            "┏ En direct · Projet de loi de démonstration (fictif) relatif aux conditions… ━┓",
            "┃  Art.                avis  d'accord  inquiétude  contre  question  moi aussi ┃",
            "┃  1     Objet                                                                 ┃",
            "┃  2     Définitions                                                           ┃",
            "┃  3     Champ d'ap…                                                           ┃",
            "┃  4     Sécurité d…      1                     1                              ┃",
            "┃  5     Hygiène et…                                                           ┃",
            "┃▸ 5bis  Bouton d'a…      2         2                                       14 ┃",
            "┃  6     Contrôle d…                                                           ┃",
        ])
        #expect(rows[21] == "┃ Les positions sont visibles par la salle. t les cache.                       ┃")
    }

    /// Issue 14, item 4: `s` counts every session (Ghent's comment on 5bis and its "me
    /// too" too), says so in bold, and `s` again comes back to this room's figures.
    @Test func sCountsAllSessionsAndSaysWhich() throws {
        var m = try Self.model(talliesShown: true)
        for key in try KeyScript.parse("s") { ReviewUpdate.update(&m, .key(key)) }
        #expect(m.facilitator?.allSessionsCounted == true)
        var rows = Self.rows(m)
        #expect(rows[8] == "┃▸ 5bis  Bouton d'a…      3         2                   1                   15 ┃")
        #expect(rows[20] == "┃ Compté: toutes les séances. s ne compte que cette séance.                    ┃")
        #expect(ReviewView.view(m, columns: 80, rows: 24).snapshot().styles[20].dropFirst(2).prefix(10).allSatisfy { $0 != " " })
        for key in try KeyScript.parse("s") { ReviewUpdate.update(&m, .key(key)) }
        rows = Self.rows(m)
        #expect(rows[8] == "┃▸ 5bis  Bouton d'a…      2         2                                       14 ┃")
    }

    @Test func newSessionForm() throws {
        var m = try Self.model()
        m.facilitate(FacilitatorState(code: "BXL-2026-12", saved: nil, today: "2026-12-03"))
        for key in try KeyScript.parse("Liège<Enter>1") { ReviewUpdate.update(&m, .key(key)) }
        let rows = Self.rows(m)
        #expect(Array(rows[0...13]) == [
            " taskforce · BXL-2026-12",
            "", "", "", "", "",
            "    ┏ Nouvelle séance BXL-2026-12 ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┓",
            "    ┃                                                                      ┃",
            "    ┃ Lieu:                 Liège                                          ┃",
            "    ┃ Personnes présentes:  1                                              ┃",
            "    ┃                                                                      ┃",
            "    ┃ Seuls le lieu et le nombre de personnes présentes sont gardés. Aucun ┃",
            "    ┃ nom.                                                                 ┃",
            "    ┃ Enter suivant · Esc quitter sans enregistrer                         ┃",
        ])
        // Nothing of the bill shows before the session exists.
        #expect(!rows.joined().contains("Art."))
    }

    /// Every facilitator screen fits 80×24 in the three languages: key bars, the dashboard
    /// with its tallies, the form, the notes with their questions.
    @Test(arguments: UILanguage.allCases)
    func everythingFitsAt80x24(_ ui: UILanguage) throws {
        for keys in ["", "t", "n", "p", "<Enter>", "<Enter><F4>", "<Enter><F4>h12", "<Enter><F4>u", "<Enter>a", "<F1>"] {
            var m = try Self.model(ui: ui)
            for key in try KeyScript.parse(keys) { ReviewUpdate.update(&m, .key(key)) }
            let rows = Self.rows(m)
            #expect(rows.allSatisfy { DisplayWidth.of($0) <= 80 }, "\(ui) \(keys)")
            // The form says its keys itself; elsewhere the bottom row has a key bar or a question.
            #expect(rows[23].count > 5 || ["n", "p"].contains(keys), "\(ui) \(keys): \(rows[23])")
        }
        let bars: [[(key: String, label: UIString)]] = [DashboardKeys.map.keyBar, ReaderKeys.facilitator.keyBar,
                                                         NotesKeys.facilitator.keyBar]
        for bar in bars {
            var width = -1
            for (key, label) in bar { width += DisplayWidth.of(key + " " + text(label, ui)) + 2 }
            #expect(width <= 80, "\(ui): \(width)")
        }
        // The help page still reaches its last line at 80×24, the facilitator's keys included.
        var m = try Self.model(ui: ui)
        for key in try KeyScript.parse("<F1>" + String(repeating: "<PgDn>", count: 6)) { ReviewUpdate.update(&m, .key(key)) }
        let last = try #require(HelpView.lines(ui, width: 76, facilitator: true).last?.text)
        #expect(Self.rows(m).contains { $0.contains(last) })
        // F11 is the facilitator's dashboard: the participants' follow line is not theirs.
        let page = HelpView.lines(ui, width: 76, facilitator: true).map(\.text).joined(separator: " ")
        #expect(!page.contains(Wrapping.wrap(text(.helpKeyFollow, ui), width: 76)[0]))
    }

    @Test func transcribedCommentsSaySo() throws {
        var m = try Self.model()
        var note = Self.comment("e", article: "5bis", .question)
        note.annotation.changeComment { $0.transcribed = true }
        let t = m.texts[0]
        m.texts[0] = ReviewModel.TextEntry(id: t.id, versions: t.versions, notes: ["5bis": [note]])
        m.participate()  // every screen says it
        ReviewUpdate.update(&m, .key(.function(4)))
        #expect(Self.rows(m).joined().contains(text(.notesTranscribed, .fr)))
    }
}
