import TaskForceCore
import Testing
@testable import TaskForceUI

/// The notes of an article (F4): "me too" on the others' comments, once; change and
/// withdraw only one's own comments of this run.
struct NotesUpdateTests {
    static let theirs = comment("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "Le bouton doit marcher la nuit aussi.", endorsements: 2)
    static let ours = comment("bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb", "Qui paie le bouton ?")

    /// Written in session TST-1, the session FacilitatorUpdateTests runs, so that its facilitator may moderate them.
    static func comment(_ id: String, _ body: String, endorsements: Int = 0) -> CurrentView.Comment {
        var a = Annotation.comment(text: "bill-0", article: "5bis", fingerprint: "f", stance: .concern,
                                   tags: [.safety], body: body, language: "fr", session: "TST-1", day: "2026-11-23")
        a.id = AnnotationID(id)!
        return CurrentView.Comment(annotation: a, endorsements: endorsements)
    }

    /// The writer keys of the screen under test, so that the effects can be compared.
    static let keys = WriterKeys()

    /// On article 5bis, with one comment of somebody else and one of this run.
    static func model(kiosk: Bool = false) -> ReviewModel {
        var m = ReviewUpdateTests.model()
        let t = m.texts[0]
        m.texts[0] = ReviewModel.TextEntry(id: t.id, versions: t.versions, notes: ["5bis": [theirs, ours]])
        m.mine = [ours.annotation.id]
        m.kiosk = kiosk
        ReviewUpdate.selectArticle(&m, 2)
        m.writerKeys = keys
        return m
    }

    static func run(_ script: String, on start: ReviewModel = model()) throws -> (ReviewModel, [ReviewEffect]) {
        var m = start
        var effects: [ReviewEffect] = []
        for key in try KeyScript.parse(script) { effects += ReviewUpdate.update(&m, .key(key)) }
        return (m, effects)
    }

    struct Row: Sendable, CustomTestStringConvertible {
        var keys: String
        var open: Bool
        var selected = 0
        var status: UIString? = nil
        var effect: ReviewEffect? = nil
        var testDescription: String { keys }
    }

    static let rows: [Row] = [
        Row(keys: "<F4>", open: true),
        Row(keys: "c", open: true),
        Row(keys: "<F4><Esc>", open: false),
        Row(keys: "<F4><F4>", open: false),
        Row(keys: "<F4>j", open: true, selected: 1),
        Row(keys: "<F4>jjjk", open: true, selected: 0),
        Row(keys: "<F4><End><Home>", open: true, selected: 0),
        // "Me too": on somebody else's comment an endorsement, on one's own a word why not.
        Row(keys: "<F4><F7>", open: true, effect: .endorse(theirs.annotation, keys)),
        Row(keys: "<F4>m", open: true, effect: .endorse(theirs.annotation, keys)),
        Row(keys: "<F4>jm", open: true, selected: 1, status: .notesOwnComment),
        // Only one's own comments can be changed or withdrawn.
        Row(keys: "<F4>e", open: true, status: .onlyOwnComments),
        Row(keys: "<F4><F9>", open: true, status: .onlyOwnComments),
        Row(keys: "<F4>jx", open: true, selected: 1, status: .confirmWithdraw),
        Row(keys: "<F4>jxx", open: true, selected: 1, effect: .withdraw(ours.annotation, keys)),
        Row(keys: "<F4>j<F9><F9>", open: true, selected: 1, effect: .withdraw(ours.annotation, keys)),
        Row(keys: "<F4>jxn", open: true, selected: 1),  // any other key keeps it
        // Quick hide works here too and comes back to the same comment.
        Row(keys: "<F4>j<F12><F12>", open: true, selected: 1),
    ]

    @Test(arguments: rows)
    func keys(_ row: Row) throws {
        let (m, effects) = try Self.run(row.keys)
        #expect((m.notes != nil) == row.open)
        if row.open { #expect(m.notes?.selected == row.selected) }
        #expect(m.status?.string == row.status)
        #expect(effects == (row.effect.map { [$0] } ?? []))
    }

    @Test func meTooCountsOnceAndSays() throws {
        var (m, _) = try Self.run("<F4>m")
        ReviewUpdate.update(&m, .endorsed(Self.theirs.annotation, .success(Self.theirs.annotation)))
        #expect(m.status?.string == .notesMeTooDone)
        #expect(m.currentNotes.first?.endorsements == 3)
        var effects: [ReviewEffect] = []
        for key in try KeyScript.parse("m") { effects += ReviewUpdate.update(&m, .key(key)) }
        #expect(effects.isEmpty)
        #expect(m.status?.string == .notesAlreadyMeToo)
    }

    @Test func changingOnesOwnCommentReplacesIt() throws {
        let (editing, _) = try Self.run("<F4>je")
        #expect(editing.notes == nil)
        #expect(editing.composer?.editing == Self.ours.annotation.id)
        #expect(editing.composer?.comment.text == "Qui paie le bouton ?")
        #expect(editing.composer?.stance == .concern)
        #expect(editing.composer?.themes == [.safety])

        var (m, effects) = try Self.run("<F4>je<End> Et qui l'entretient ?<C-s>")
        let c = try #require(ComposerUpdateTests.comment(effects))
        #expect(c.supersedes == Self.ours.annotation.id)
        #expect(c.body == "Qui paie le bouton ? Et qui l'entretient ?")
        let saved = try #require(ComposerUpdateTests.saved(effects))
        ReviewUpdate.update(&m, .commentSaved(.success(saved)))
        // Still two comments: the new version took the old one's place.
        #expect(m.currentNotes.compactMap(\.annotation.body).sorted() == ["Le bouton doit marcher la nuit aussi.", "Qui paie le bouton ? Et qui l'entretient ?"])
        #expect(m.currentText?.commentCounts["5bis"] == 2)
        #expect(m.mine.contains(saved.id))
    }

    @Test func withdrawingRemovesItFromTheNotesAndTheCount() throws {
        var (m, _) = try Self.run("<F4>jxx")
        ReviewUpdate.update(&m, .withdrawn(Self.ours.annotation, .success(Self.ours.annotation)))
        #expect(m.status?.string == .withdrawn)
        #expect(m.currentNotes.map(\.annotation) == [Self.theirs.annotation])
        #expect(m.currentText?.commentCounts["5bis"] == 1)
        #expect(!m.mine.contains(Self.ours.annotation.id))
        var (failed, _) = try Self.run("<F4>jxx")
        ReviewUpdate.update(&failed, .withdrawn(Self.ours.annotation, .failure(EffectFailure("No space left on device"))))
        #expect(failed.status == .say(.saveFailed))
        #expect(failed.currentNotes.count == 2)
    }

    // Kiosk mode: a laptop passed around the room.

    @Test func inKioskModeNobodySeesTheNotes() throws {
        let (m, effects) = try Self.run("<F4>", on: Self.model(kiosk: true))
        #expect(m.notes == nil)
        #expect(m.status?.string == .kioskNotesHidden)
        #expect(effects.isEmpty)
    }

    @Test func inKioskModeASaveLeavesNothingOfThePreviousParticipant() throws {
        var (m, effects) = try Self.run("<Home>a2<Tab><Tab>pas fini<Esc><Enter><End>/bouton<Enter>a1<Tab><Tab>Mon avis.<C-s>",
                                        on: Self.model(kiosk: true))
        let saved = try #require(ComposerUpdateTests.saved(effects))
        effects = ReviewUpdate.update(&m, .commentSaved(.success(saved)))
        #expect(m.status?.string == .savedKiosk)
        #expect(m.composer == nil && m.unfinished.isEmpty && m.mine.isEmpty && m.searchTerm == nil)
        #expect(m.articleIndex == 0 && m.textScroll == 0)
        // The terminal repaints every cell. The unfinished comment was thrown away when its
        // writer said so (Esc, Enter): no draft of it is written (KioskUpdate says why).
        #expect(effects == [.clearScreen])
    }
}
