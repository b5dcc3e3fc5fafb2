import AnnotationFixtures
import TaskForceCore
import Testing
@testable import TaskForceUI

/// The `annotationsArrived` message: what other terminals saved, as the folder watch reads
/// it, changes the counts and the notes, once per annotation, never in kiosk mode.
struct ArrivalUpdateTests {
    static let start = ReviewUpdateTests.model()
    static func fingerprint(_ article: ArticleNumber) -> String {
        // An article the text does not have gets a made-up one.
        start.texts[0].versions[0].split.article(numbered: article.rawValue)?.fingerprint ?? "0123456789abcdef"
    }

    static func comment(_ body: String, article: ArticleNumber = "5bis", id: String? = nil,
                        supersedes: AnnotationID? = nil) -> Annotation {
        var a = Annotation.comment(text: "bill-0", article: article, fingerprint: fingerprint(article),
                                   stance: .concern, tags: [.safety], body: body, language: "fr",
                                   day: "2026-11-23", supersedes: supersedes)
        if let id { a.id = AnnotationID(id)! }
        return a
    }

    /// Somebody's comment on 5bis, already on disk when the screen opened.
    static let theirs = writer.keyed(comment("Le bouton doit marcher la nuit.", id: "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"))
    /// The keys of the other terminal that wrote `theirs`; `stranger`, anybody else's.
    static let writer = WriterKeys(), stranger = WriterKeys()

    /// The reader on 5bis, with `annotations` loaded at start-up as `ReviewOptions.model` does.
    static func model(_ annotations: [Annotation] = [theirs], kiosk: Bool = false) -> ReviewModel {
        var m = start
        let view = CurrentView(annotations, catalogue: ReviewUpdate.catalogue(of: m.texts), sessions: [:])
        let t = m.texts[0]
        m.texts[0] = ReviewModel.TextEntry(id: t.id, versions: t.versions, notes: view.comments[t.id] ?? [:])
        m.known = KnownAnnotations(annotations)
        m.kiosk = kiosk
        ReviewUpdate.selectArticle(&m, 2)
        return m
    }

    struct Row: Sendable, CustomTestStringConvertible {
        var name: String
        var arriving: [Annotation]
        var counts: [ArticleNumber: Int]
        /// The bodies in the notes of 5bis, and the endorsements of each.
        var notes: [String]
        var endorsements: [Int]? = nil
        var testDescription: String { name }
    }

    static let other = comment("Et à domicile ?")
    /// The notes list comments by id, never in the order they were written.
    static func bodiesByID(_ comments: Annotation...) -> [String] {
        comments.sorted { $0.id < $1.id }.map { $0.body! }
    }
    static let rows: [Row] = [
        Row(name: "nothing", arriving: [], counts: ["5bis": 1], notes: [theirs.body!]),
        Row(name: "a comment on the same article", arriving: [other], counts: ["5bis": 2],
            notes: bodiesByID(theirs, other)),
        Row(name: "a comment on another article", arriving: [comment("Objet trop large.", article: "1")],
            counts: ["1": 1, "5bis": 1], notes: [theirs.body!]),
        Row(name: "the same file reported twice", arriving: [other, other], counts: ["5bis": 2],
            notes: bodiesByID(theirs, other)),
        Row(name: "one already known", arriving: [theirs], counts: ["5bis": 1], notes: [theirs.body!]),
        Row(name: "a me too", arriving: [Annotation.endorsement(of: theirs, day: "2026-11-23")],
            counts: ["5bis": 1], notes: [theirs.body!], endorsements: [1]),
        // Without its session's facilitator signature a show of hands is refused: it counts
        // nothing (signed, it counts its number: FacilitatorUpdateTests.aSavedShowOfHandsCountsAtOnce).
        Row(name: "a show of hands nobody signed", arriving: [Annotation.endorsement(of: theirs, count: 9, day: "2026-11-23")],
            counts: ["5bis": 1], notes: [theirs.body!], endorsements: [0]),
        Row(name: "a withdrawal", arriving: [writer.signed(.withdrawal(of: theirs, day: "2026-11-23"), actingOn: theirs.id)],
            counts: ["5bis": 0], notes: []),
        Row(name: "an edit", arriving: [writer.signed(comment("Le bouton doit marcher jour et nuit.", supersedes: theirs.id),
                                                      actingOn: theirs.id)],
            counts: ["5bis": 1], notes: ["Le bouton doit marcher jour et nuit."]),
        Row(name: "a forged withdrawal", arriving: [stranger.signed(.withdrawal(of: theirs, day: "2026-11-23"), actingOn: theirs.id)],
            counts: ["5bis": 1], notes: [theirs.body!]),
        Row(name: "a forged edit", arriving: [comment("FORGED", supersedes: theirs.id)],
            counts: ["5bis": 1], notes: [theirs.body!]),
        Row(name: "an article that does not exist", arriving: [comment("Orphelin.", article: "99")],
            counts: ["5bis": 1], notes: [theirs.body!]),
    ]

    @Test(arguments: rows)
    func arrivals(_ row: Row) {
        var m = Self.model()
        ReviewUpdate.update(&m, .annotationsArrived(row.arriving))
        #expect(m.texts[0].commentCounts.filter { $0.value > 0 } == row.counts.filter { $0.value > 0 })
        #expect(m.currentNotes.map(\.annotation.body) == row.notes)
        if let e = row.endorsements { #expect(m.currentNotes.map(\.endorsements) == e) }
    }

    @Test func kioskModeIgnoresArrivals() {
        var m = Self.model([], kiosk: true)
        ReviewUpdate.update(&m, .annotationsArrived([Self.other]))
        #expect(m.texts[0].commentCounts.values.allSatisfy { $0 == 0 })
        #expect(m.currentNotes.isEmpty)
        #expect(m.known.count == 0, "nothing of the others is kept on a shared laptop")
    }

    @Test func ownCommentIsCountedOnceWhenTheWatchReportsItBack() throws {
        var m = Self.model()
        for key in try KeyScript.parse("a<Right><Tab><Tab>Le mien.") { ReviewUpdate.update(&m, .key(key)) }
        let effects = ReviewUpdate.update(&m, .key(.control("s")))
        guard case .saveComment(let c) = effects.first else {
            Issue.record("no save: \(effects)")
            return
        }
        let saved = Annotation.comment(text: c.textID, article: c.article, fingerprint: Self.fingerprint("5bis"),
                                       stance: c.stance ?? .question, tags: c.themes, body: c.body,
                                       language: "fr", day: "2026-11-23")
        ReviewUpdate.update(&m, .commentSaved(.success(saved)))
        #expect(m.texts[0].commentCounts["5bis"] == 2)
        // The watch sees this process's own file like any other.
        ReviewUpdate.update(&m, .annotationsArrived([saved]))
        #expect(m.texts[0].commentCounts["5bis"] == 2)
        #expect(m.currentNotes.filter { $0.annotation.id == saved.id }.count == 1)
        #expect(m.mine.contains(saved.id), "still one's own: it can be changed or withdrawn")
    }

    @Test func ownMeTooIsCountedOnceWhenTheWatchReportsItBack() {
        var m = Self.model()
        ReviewUpdate.update(&m, .endorsed(Self.theirs, .success(Self.theirs)))
        #expect(m.currentNotes.map(\.endorsements) == [1])
        ReviewUpdate.update(&m, .annotationsArrived([Annotation.endorsement(of: Self.theirs, day: "2026-11-23")]))
        #expect(m.currentNotes.map(\.endorsements) == [1])
        #expect(m.endorsedByMe.contains(Self.theirs.id), "still only once")
    }

    @Test func theOpenNotesRefreshAndKeepTheSelectedComment() throws {
        var m = Self.model()
        ReviewUpdate.update(&m, .key(.function(4)))
        #expect(m.notes?.selected == 0)
        let before = ReviewView.view(m, columns: 80, rows: 24).rows()
        // A comment whose id sorts first comes in: the selection stays on the same comment.
        let first = Self.comment("Qui paie le bouton ?", id: "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")
        ReviewUpdate.update(&m, .annotationsArrived([first]))
        #expect(m.notes != nil, "still open")
        #expect(m.currentNotes.map(\.annotation.id) == [first.id, Self.theirs.id])
        #expect(m.notes?.selected == 1)
        let after = ReviewView.view(m, columns: 80, rows: 24).rows()
        #expect(after.joined().contains("Qui paie le bouton ?"), "shown without a key")
        #expect(before.joined().contains("Le bouton doit marcher la nuit."))
        #expect(after.joined().contains("Le bouton doit marcher la nuit."))
    }

    @Test func onlyTheArticlesRowChangesWhenACountChanges() {
        var m = Self.model()
        let before = ReviewView.view(m, columns: 80, rows: 24)
        ReviewUpdate.update(&m, .annotationsArrived([Self.comment("Objet trop large.", article: "1")]))
        let after = ReviewView.view(m, columns: 80, rows: 24)
        let changed = (0..<24).filter { !after.rowIsEqual($0, in: before) }
        #expect(changed.count == 1, "only the row of article 1: \(changed)")
        #expect(changed.first.map { after.rows()[$0].contains("1") } == true)
    }
}
