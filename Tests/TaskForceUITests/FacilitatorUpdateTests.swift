import Foundation
import AnnotationFixtures
import TaskForceCore
import Testing
@testable import TaskForceUI

/// The facilitator's keys (`--facilitator`): the session form, the headcount, the live
/// dashboard, and in the notes a show of hands, leaving out of the digest and duplicates.
struct FacilitatorUpdateTests {
    static let record = SessionRecord(code: "TST-1", place: "Liège", day: "2026-12-01", headcount: 12)
    static let theirs = NotesUpdateTests.theirs
    static let ours = NotesUpdateTests.ours

    /// On article 5bis with two comments (as NotesUpdateTests), known as if loaded; the
    /// session record saved (or not yet, for a new session).
    static func model(saved: SessionRecord? = record) -> ReviewModel {
        var m = NotesUpdateTests.model()
        m.known = KnownAnnotations([theirs.annotation, ours.annotation])
        m.session = "TST-1"
        m.facilitate(FacilitatorState(code: "TST-1", saved: saved, today: "2026-12-03"))
        return m
    }

    /// The keys' effects, but for the position publishing that follows every message (it is
    /// answered here as the disk would, and tested on its own below).
    static func run(_ script: String, on start: ReviewModel = model()) throws -> (ReviewModel, [ReviewEffect]) {
        var m = start
        var effects: [ReviewEffect] = []
        for key in try KeyScript.parse(script) { effects += published(ReviewUpdate.update(&m, .key(key)), &m) }
        return (m, effects)
    }

    /// Answers each `.publishPosition` in `effects` with a success, and returns the others.
    static func published(_ effects: [ReviewEffect], _ m: inout ReviewModel) -> [ReviewEffect] {
        var others: [ReviewEffect] = []
        for effect in effects {
            if case .publishPosition(let p) = effect {
                others += published(ReviewUpdate.update(&m, .positionPublished(p, .success(p))), &m)
            } else {
                others.append(effect)
            }
        }
        return others
    }

    // MARK: The session form

    struct FormRow: Sendable, CustomTestStringConvertible {
        var keys: String
        var effect: ReviewEffect? = nil
        var problem: UIString? = nil
        var field: SessionForm.Field? = .headcount
        var quits = false
        var testDescription: String { keys }
    }

    static let formRows: [FormRow] = [
        FormRow(keys: "Liège<Enter>12<Enter>",
                effect: .facilitator(.saveSession(SessionRecord(code: "TST-1", place: "Liège", day: "2026-12-03", headcount: 12)))),
        FormRow(keys: "  Gent  <Enter>0<Enter>",
                effect: .facilitator(.saveSession(SessionRecord(code: "TST-1", place: "Gent", day: "2026-12-03", headcount: 0)))),
        FormRow(keys: "Gand<BS><BS>nt<Enter>3<Enter>",
                effect: .facilitator(.saveSession(SessionRecord(code: "TST-1", place: "Gant", day: "2026-12-03", headcount: 3)))),
        FormRow(keys: "<Enter>", problem: .formPlaceProblem, field: .place),
        FormRow(keys: "   <Enter>", problem: .formPlaceProblem, field: .place),
        // The place is shown in the digest: nothing that identifies a person (issue 13, item 4).
        FormRow(keys: "Chez Marie 0470 12 34 56<Enter>", problem: .formPlaceDetail, field: .place),
        FormRow(keys: "rue Neuve 12<Enter>", problem: .formPlaceDetail, field: .place),
        FormRow(keys: "Liège<Enter>12<Tab>marie@example.org<Enter>", problem: .formPlaceDetail, field: .place),
        FormRow(keys: "Espace P, Bruxelles<Enter>8<Enter>",
                effect: .facilitator(.saveSession(SessionRecord(code: "TST-1", place: "Espace P, Bruxelles", day: "2026-12-03",
                                                                headcount: 8)))),
        FormRow(keys: "Liège<Enter><Enter>", problem: .formHeadcountProblem),
        FormRow(keys: "Liège<Enter>10001<Enter>", problem: .formHeadcountProblem),
        FormRow(keys: "Liège<Enter>1x", problem: .formHeadcountProblem),
        FormRow(keys: "Liège<Tab>", field: .headcount),
        FormRow(keys: "Liège<Tab><Tab>", field: .place),
        FormRow(keys: "<Esc>", field: nil, quits: true),
        FormRow(keys: "Liège<Enter>12<Esc>", field: nil, quits: true),
    ]

    @Test(arguments: formRows)
    func newSessionForm(_ row: FormRow) throws {
        let (m, effects) = try Self.run(row.keys, on: Self.model(saved: nil))
        #expect(effects == (row.effect.map { [$0] } ?? []))
        #expect(m.sessionForm?.problem == row.problem)
        #expect(m.sessionForm?.field == row.field)
        #expect(m.quitRequested == row.quits)
    }

    @Test func theFormIsAllANewSessionShows() throws {
        let m = Self.model(saved: nil)
        #expect(m.sessionForm?.isNew == true)
        #expect(FacilitatorView.covers(m))
        #expect(FacilitatorUpdate.livePosition(m) == nil)  // nothing published before the record exists
    }

    @Test func aSavedFormOpensTheDashboard() throws {
        var (m, effects) = try Self.run("Liège<Enter>12<Enter>", on: Self.model(saved: nil))
        guard case .facilitator(.saveSession(let record)) = effects.first else { Issue.record("no save"); return }
        ReviewUpdate.update(&m, .sessionSaved(record, .success(record)))
        #expect(m.facilitator?.saved == record)
        #expect(m.sessionForm == nil)
        #expect(m.screen == .dashboard)
        #expect(FacilitatorUpdate.livePosition(m) == LivePosition(session: "TST-1", text: "bill-0", article: "5bis", talliesShown: false))
    }

    @Test func aFailedSaveKeepsTheValuesForAnotherTry() throws {
        var (m, effects) = try Self.run("Liège<Enter>12<Enter>", on: Self.model(saved: nil))
        guard case .facilitator(.saveSession(let record)) = effects.first else { Issue.record("no save"); return }
        ReviewUpdate.update(&m, .sessionSaved(record, .failure(EffectFailure("No space left on device"))))
        #expect(m.facilitator?.saved == nil)
        #expect(m.sessionForm?.problem == .sessionSaveFailed)
        #expect(m.sessionForm?.place == "Liège" && m.sessionForm?.headcount == "12")
        #expect(ReviewUpdate.update(&m, .key(.enter)) == effects)  // Enter tries again
    }

    // MARK: The headcount and the place

    struct HeadcountRow: Sendable, CustomTestStringConvertible {
        var keys: String
        var saved = FacilitatorUpdateTests.record
        var headcount: Int?
        var place: String? = nil
        var form: SessionForm.Field? = nil
        var testDescription: String { keys }
    }

    static let headcountRows: [HeadcountRow] = [
        HeadcountRow(keys: "+", headcount: 13),
        HeadcountRow(keys: "-", headcount: 11),
        HeadcountRow(keys: "-", saved: SessionRecord(code: "TST-1", place: "Gent", day: "2026-12-01", headcount: 0), headcount: nil),
        HeadcountRow(keys: "+", saved: SessionRecord(code: "TST-1", place: "Gent", day: "2026-12-01", headcount: 10000), headcount: nil),
        // The form stays until the save is reported (`.sessionSaved`).
        HeadcountRow(keys: "n<BS><BS>20<Enter>", headcount: 20, form: .headcount),
        // Issue 14: the number typed after n replaces the headcount (it was appended: 1215).
        HeadcountRow(keys: "n15<Enter>", headcount: 15, form: .headcount),
        HeadcountRow(keys: "n<BS>5<Enter>", headcount: 15, form: .headcount),
        HeadcountRow(keys: "n", headcount: nil, form: .headcount),
        HeadcountRow(keys: "n<BS>", headcount: nil, form: .headcount),
        HeadcountRow(keys: "n<Esc>", headcount: nil),
        HeadcountRow(keys: "p<BS><BS><BS><BS><BS>Bruxelles<Enter>", headcount: 12, place: "Bruxelles", form: .place),
        HeadcountRow(keys: "p", headcount: nil, form: .place),
        HeadcountRow(keys: "p<Esc>", headcount: nil),
    ]

    /// Each change is saved at once, keeping the record's day; nothing else is in it.
    @Test(arguments: headcountRows)
    func headcountAndPlace(_ row: HeadcountRow) throws {
        var start = Self.model(saved: row.saved)
        start.facilitator?.saved = row.saved
        let (m, effects) = try Self.run(row.keys, on: start)
        if let headcount = row.headcount {
            let record = SessionRecord(code: "TST-1", place: row.place ?? row.saved.place, day: row.saved.day, headcount: headcount)
            #expect(effects == [.facilitator(.saveSession(record))])
        } else {
            #expect(effects.isEmpty)
        }
        #expect(m.sessionForm?.field == row.form)
        #expect(!m.quitRequested)
    }

    @Test func aFailedHeadcountSaveKeepsTheNumberOnScreen() throws {
        var (m, effects) = try Self.run("+")
        guard case .facilitator(.saveSession(let record)) = effects.first else { Issue.record("no save"); return }
        ReviewUpdate.update(&m, .sessionSaved(record, .failure(EffectFailure("No space left on device"))))
        #expect(m.facilitator?.saved?.headcount == 12)
        #expect(m.sessionForm?.headcount == "13")
        #expect(m.sessionForm?.problem == .sessionSaveFailed)
        #expect(ReviewUpdate.update(&m, .key(.enter)) == effects)
        ReviewUpdate.update(&m, .sessionSaved(record, .success(record)))
        #expect(m.facilitator?.saved?.headcount == 13 && m.sessionForm == nil)
    }

    // MARK: The position published for the room

    @Test func thePositionIsPublishedOnceThenOnEveryMoveAndTakenAwayOnQuit() {
        var m = Self.model()
        let here = LivePosition(session: "TST-1", text: "bill-0", article: "5bis", talliesShown: false)
        #expect(ReviewUpdate.update(&m, .resized(ScreenSize(columns: 80, rows: 24))) == [.publishPosition(here)])
        #expect(ReviewUpdate.update(&m, .tick).isEmpty, "asked already, not answered yet")
        ReviewUpdate.update(&m, .positionPublished(here, .success(here)))
        #expect(ReviewUpdate.update(&m, .tick).isEmpty)
        let effects = ReviewUpdate.update(&m, .key(.up))
        guard case .publishPosition(let moved)? = effects.last, moved.article != "5bis" else {
            Issue.record("no new position: \(effects)"); return
        }
        ReviewUpdate.update(&m, .positionPublished(moved, .success(moved)))
        #expect(ReviewUpdate.update(&m, .key(.character("q"))).isEmpty)  // asks whether to close the session
        #expect(ReviewUpdate.update(&m, .key(.character("n"))) == [.endPosition(session: "TST-1")])
    }

    @Test func aFailedPublishIsSaidOnceAndTriedAgainOnTheNextTick() {
        var m = Self.model()
        let here = LivePosition(session: "TST-1", text: "bill-0", article: "5bis", talliesShown: false)
        ReviewUpdate.update(&m, .resized(ScreenSize(columns: 80, rows: 24)))
        // No loop: a failure is not answered by asking again at once.
        #expect(ReviewUpdate.update(&m, .positionPublished(here, .failure(EffectFailure("Read-only file system")))).isEmpty)
        #expect(m.status?.string == .livePublishFailed)
        m.status = nil
        #expect(ReviewUpdate.update(&m, .tick) == [.publishPosition(here)])
        ReviewUpdate.update(&m, .positionPublished(here, .failure(EffectFailure("Read-only file system"))))
        #expect(m.status?.string == nil, "said once per position")
    }

    // MARK: The dashboard

    struct DashboardRow: Sendable, CustomTestStringConvertible {
        var keys: String
        var article: Int
        var dashboard = true
        var notes = false
        var tallies = false
        var testDescription: String { keys }
    }

    static let dashboardRows: [DashboardRow] = [
        DashboardRow(keys: "", article: 2),
        DashboardRow(keys: "k", article: 1),
        DashboardRow(keys: "<Up><Up><Up>", article: 0),
        DashboardRow(keys: "<Home>j", article: 1),
        DashboardRow(keys: "<Up><Enter>", article: 1, dashboard: false),
        DashboardRow(keys: "<Enter>d", article: 2),
        DashboardRow(keys: "<Enter><F11>", article: 2),
        DashboardRow(keys: "<Enter><F4>", article: 2, dashboard: false, notes: true),
        DashboardRow(keys: "<Enter><F4>d", article: 2),
        // Esc from the article view goes back to the dashboard, not to the list of texts.
        DashboardRow(keys: "<Enter><Esc>", article: 2),
        DashboardRow(keys: "<Enter><F4><Esc>", article: 2, dashboard: false),
        DashboardRow(keys: "<Enter><Up>d<Up>", article: 0),
        DashboardRow(keys: "t", article: 2, tallies: true),
        DashboardRow(keys: "tt", article: 2),
        DashboardRow(keys: "t<Enter>d", article: 2, tallies: true),
        // Keys of the reader do nothing unseen behind the dashboard.
        DashboardRow(keys: "a", article: 2),
        DashboardRow(keys: "<F1><Esc>", article: 2),
    ]

    @Test(arguments: dashboardRows)
    func dashboard(_ row: DashboardRow) throws {
        let (m, _) = try Self.run(row.keys)
        #expect(m.articleIndex == row.article)
        #expect((m.screen == .dashboard) == row.dashboard)
        #expect((m.notes != nil) == row.notes)
        #expect(m.facilitator?.talliesShown == row.tallies)
        #expect(m.composer == nil)
        // What the other screens follow: the article under the facilitator's cursor.
        let number = try #require(m.currentArticle?.annotationNumber)
        #expect(FacilitatorUpdate.livePosition(m) == LivePosition(session: "TST-1", text: "bill-0", article: number,
                                                                   talliesShown: row.tallies))
    }

    /// Issue 14, item 3: on a facilitator's screen with several texts, Esc from the article
    /// view gives the dashboard back; Esc there shows the list, whose Enter on the text the
    /// room reads opens its dashboard on the same article (the room is not sent to article 1),
    /// and on another text opens that text's dashboard at its first article.
    @Test func theListOfTextsLeadsBackToTheDashboard() throws {
        var start = ReviewModel(texts: ReviewUpdateTests.model(texts: 2).texts, uiLanguage: .fr, openText: "bill-0",
                                session: "TST-1", facilitator: FacilitatorState(code: "TST-1", saved: Self.record, today: "2026-12-03"))
        #expect(start.screen == .dashboard)
        ReviewUpdate.selectArticle(&start, 2)
        var (m, _) = try Self.run("<Enter><Esc>", on: start)
        #expect(m.screen == .dashboard)
        (m, _) = try Self.run("<Esc>", on: m)
        #expect(m.screen == .chooser)
        (m, _) = try Self.run("<Enter>", on: m)
        #expect(m.screen == .dashboard && m.articleIndex == 2)
        (m, _) = try Self.run("<Esc><Down><Enter>", on: m)
        #expect(m.screen == .dashboard && m.currentText?.id == "bill-1" && m.articleIndex == 0)
    }

    /// The dashboard's keys on the list of texts say where they work, and change nothing
    /// (issue 14, item 3: they did nothing and said nothing there).
    @Test(arguments: ["t", "s", "+", "-", "n", "p"])
    func dashboardKeysOnTheListOfTextsSayWhereTheyWork(_ key: String) throws {
        let start = ReviewModel(texts: ReviewUpdateTests.model(texts: 2).texts, uiLanguage: .fr, openText: "bill-0",
                                session: "TST-1", facilitator: FacilitatorState(code: "TST-1", saved: Self.record, today: "2026-12-03"))
        var (m, _) = try Self.run("<Esc>", on: start)
        #expect(m.screen == .chooser)
        let before = m
        var effects: [ReviewEffect]
        (m, effects) = try Self.run(key, on: m)
        #expect(m.status == .say(.chooseTextForDashboard))
        #expect(effects.isEmpty)
        #expect(m.screen == .chooser && m.overlay == nil && m.facilitator == before.facilitator)
        (m, _) = try Self.run("<Down>", on: m)
        #expect(m.status == nil && m.textIndex == 1)
    }

    /// On the list of texts nothing is chosen: nothing is published (the room stays where
    /// it was); the help page over the reader still publishes the article under it.
    @Test func theListOfTextsPublishesNothing() throws {
        var m = Self.model()
        m.screen = .chooser
        #expect(FacilitatorUpdate.livePosition(m) == nil)
        m.screen = .article
        m.overlay = .help(scroll: 0)
        #expect(FacilitatorUpdate.livePosition(m)?.article.rawValue == m.currentArticle?.number)
    }

    /// Hidden tallies keep counts and notes from participants, never from the facilitator
    /// (even one who reads a position file, as `render` once did).
    @Test func theFacilitatorIsNeverKeptFromTheNotes() throws {
        var m = Self.model()
        m.facilitatorPosition = LivePosition(session: "TST-1", text: "bill-0", article: "5bis", talliesShown: false)
        #expect(!m.talliesHidden)
        m.participate()
        #expect(m.talliesHidden)
    }

    @Test func talliesStartHidden() {
        #expect(Self.model().facilitator?.talliesShown == false)
    }

    // MARK: In the notes

    struct NotesRow: Sendable, CustomTestStringConvertible {
        var keys: String
        var effects: [ReviewEffect] = []
        var status: UIString? = nil
        var hands: String? = nil
        var duplicate: Bool = false
        var testDescription: String { keys }
    }

    static let notesRows: [NotesRow] = [
        NotesRow(keys: "h", hands: ""),
        NotesRow(keys: "h25", hands: "25"),
        NotesRow(keys: "h25x<BS>", hands: "2"),
        NotesRow(keys: "h25<Enter>", effects: [.facilitator(.showOfHands(theirs.annotation, count: 25))]),
        NotesRow(keys: "jh10000<Enter>", effects: [.facilitator(.showOfHands(ours.annotation, count: 10000))]),
        // Not once like "me too": each show of hands is recorded.
        NotesRow(keys: "h3<Enter>h4<Enter>", effects: [.facilitator(.showOfHands(theirs.annotation, count: 3)),
                                                      .facilitator(.showOfHands(theirs.annotation, count: 4))]),
        NotesRow(keys: "h0<Enter>", status: .handsOutOfRange),
        NotesRow(keys: "h<Enter>", status: .handsOutOfRange),
        NotesRow(keys: "h99999<Enter>", status: .handsOutOfRange),
        NotesRow(keys: "h12<Esc>"),
        NotesRow(keys: "H", effects: [.facilitator(.leaveOut(theirs.annotation))]),
        NotesRow(keys: "jH", effects: [.facilitator(.leaveOut(ours.annotation))]),
        NotesRow(keys: "u", duplicate: true),
        NotesRow(keys: "uj<Enter>", effects: [.facilitator(.markDuplicate(theirs.annotation, original: ours.annotation))]),
        NotesRow(keys: "ju<Up><Enter>", effects: [.facilitator(.markDuplicate(ours.annotation, original: theirs.annotation))]),
        NotesRow(keys: "u<Enter>", duplicate: true),
        NotesRow(keys: "u<Esc>"),
        NotesRow(keys: "u<Esc><Enter>"),
    ]

    @Test(arguments: notesRows)
    func notes(_ row: NotesRow) throws {
        let (m, effects) = try Self.run("<Enter><F4>" + row.keys)
        #expect(effects == row.effects)
        #expect(m.status?.string == row.status)
        #expect(m.handsPrompt?.input == row.hands)
        #expect((m.duplicateMark != nil) == row.duplicate)
        #expect(m.notes != nil)  // h no longer closes the notes on the facilitator's screen
    }

    @Test func theDuplicateItselfIsNoOriginal() throws {
        let (m, _) = try Self.run("<Enter><F4>u<Enter>")
        #expect(m.duplicateMark?.problem == .duplicateOfItself)
        let bottom = ReviewView.view(m, columns: 80, rows: 24).rows(trimmingTrailingSpaces: true)[23]
        #expect(bottom == " " + text(.duplicateOfItself, .fr))
    }

    /// A comment of another session (or of none) is not this facilitator's to leave out or to
    /// mark: the screen says so at once, with no effect that would fail on signing and read
    /// like a fault of the disk.
    @Test func anotherSessionsCommentIsRefusedWithItsReason() throws {
        for session in ["OTHER-1", nil] as [String?] {
            var start = Self.model()
            start.session = session
            for keys in ["<Enter><F4>H", "<Enter><F4>u"] {
                let (m, effects) = try Self.run(keys, on: start)
                #expect(effects.isEmpty && m.status == .say(.otherSessionsComment), "\(keys) \(session ?? "none")")
                #expect(m.duplicateMark == nil)
            }
        }
    }

    /// Participants' keys are unchanged: `h` goes back to the text, `H` and `u` do nothing.
    @Test func participantsKeepTheirKeys() throws {
        var start = Self.model()
        start.participate()
        var (m, effects) = try Self.run("<F4>H", on: start)
        #expect(effects.isEmpty && m.notes != nil)
        (m, effects) = try Self.run("<F4>u", on: start)
        #expect(effects.isEmpty && m.notes != nil)
        (m, effects) = try Self.run("<F4>h", on: start)
        #expect(effects.isEmpty && m.notes == nil)
    }

    /// A show of hands of this session already on the comment: `h` shows its number and the
    /// number typed replaces it (issue 14, item 1: `h 6` then `h 50` gave 56); another
    /// session's show of hands is left as it is.
    @Test func hOnACommentWithAShowOfHandsReplacesItsNumber() throws {
        var start = Self.model()
        let six = Annotation.endorsement(of: Self.theirs.annotation, count: 6, session: "TST-1", day: "2026-12-03")
        let elsewhere = Annotation.endorsement(of: Self.ours.annotation, count: 9, session: "OTHER-1", day: "2026-12-03")
        _ = start.known.insert([six, elsewhere])
        var (m, effects) = try Self.run("<Enter><F4>h", on: start)
        #expect(m.handsPrompt?.previous == six)
        #expect(FacilitatorView.prompt(m)?.question == text(.handsReplacePrompt, m.uiLanguage, ["count": "6"]))
        (m, effects) = try Self.run("<Enter><F4>h50<Enter>", on: start)
        #expect(effects == [.facilitator(.replaceShowOfHands(Self.theirs.annotation, previous: six, count: 50))])
        (m, effects) = try Self.run("<Enter><F4>jh5<Enter>", on: start)
        #expect(effects == [.facilitator(.showOfHands(Self.ours.annotation, count: 5))])
        // 0, or nothing typed, takes this session's show of hands away; on a comment without
        // one, 0 is out of range as before.
        for keys in ["<Enter><F4>h0<Enter>", "<Enter><F4>h<Enter>"] {
            (m, effects) = try Self.run(keys, on: start)
            #expect(effects == [.facilitator(.removeShowOfHands(Self.theirs.annotation, previous: six))], "\(keys)")
        }
        (m, effects) = try Self.run("<Enter><F4>jh0<Enter>", on: start)
        #expect(effects.isEmpty && m.status == .say(.handsOutOfRange))
        (m, _) = try Self.run("<Enter><F4>h0<Enter>", on: start)
        _ = ReviewUpdate.update(&m, .facilitatorSaved(.removeShowOfHands(Self.theirs.annotation, previous: six),
                                                      .success(Annotation.withdrawal(of: six, session: "TST-1", day: "2026-12-03"))))
        #expect(m.status == .say(.handsRemoved))
    }

    @Test func aSavedShowOfHandsCountsAtOnce() throws {
        var (m, effects) = try Self.run("<Enter><F4>h25<Enter>")
        guard case .facilitator(let effect) = effects.first else { Issue.record("no effect"); return }
        // Signed with the session's facilitator key, as the runner signs it.
        let keys = FacilitatorKeys(folder: URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("tf-hands-\(UUID())"))
        defer { try? FileManager.default.removeItem(at: keys.folder) }
        let record = try keys.keyed(SessionRecord(code: "TST-1", place: "Namur", day: "2026-12-03", headcount: 6))
        m.sessionKeys["TST-1"] = record.key
        let hands = try keys.sign(.endorsement(of: Self.theirs.annotation, count: 25, session: "TST-1", day: "2026-12-03"),
                                  session: record, target: Self.theirs.annotation)
        ReviewUpdate.update(&m, .facilitatorSaved(effect, .success(hands)))
        #expect(m.currentNotes.first { $0.annotation.id == Self.theirs.annotation.id }?.endorsements == 25)
        #expect(m.status?.string == .handsSaved && m.status == .handsSaved(count: 25))
        ReviewUpdate.update(&m, .facilitatorSaved(effect, .failure(EffectFailure("No space left on device"))))
        #expect(m.status?.string == .facilitatorSaveFailed)
    }

    @Test func theComposerSaysItTypesForSomeoneWhoSpoke() throws {
        let (m, _) = try Self.run("<Enter>a")
        let screen = ReviewView.view(m, columns: 80, rows: 24).rows().joined(separator: "\n")
        #expect(screen.contains("Art. 5bis · tapé pour une personne qui a parlé · anonyme"))
        var participant = Self.model()
        participant.participate()
        let (p, _) = try Self.run("a", on: participant)
        #expect(ReviewView.view(p, columns: 80, rows: 24).rows().joined().contains("Votre avis sur l'art. 5bis"))
    }
}
