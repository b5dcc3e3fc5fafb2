import TaskForceCore
import Testing
@testable import TaskForceUI

/// A shared laptop holds the room (issue 13, item 1): what each key does in kiosk mode,
/// and the idle warning and wipe.
struct KioskUpdateTests {
    static func model() -> ReviewModel {
        var m = ReviewUpdateTests.model()
        m.kiosk = true
        m.session = "BXL-1"
        return m
    }

    static func run(_ script: String, on start: ReviewModel = model()) throws -> (ReviewModel, [ReviewEffect]) {
        try NotesUpdateTests.run(script, on: start)
    }

    struct Row: Sendable, CustomTestStringConvertible {
        var keys: String
        var composer: String?  // the comment's text while the composer is open
        var asking = false
        var status: UIString?
        var quit = false
        var testDescription: String { keys }
    }

    static let rows: [Row] = [
        // Esc with something written asks; Enter throws it away; another key goes back to it.
        Row(keys: "a<Tab><Tab>mot<Esc>", composer: "mot", asking: true),
        Row(keys: "a<Tab><Tab>mot<Esc><Enter>", status: .kioskThrownAway),
        Row(keys: "a<Tab><Tab>mot<Esc><Enter>a", composer: ""),         // the next one starts empty
        Row(keys: "a<Tab><Tab>mot<Esc>x", composer: "mot"),             // x is not typed: back to writing
        Row(keys: "a<Tab><Tab>mot<Esc><Esc>", composer: "mot"),
        Row(keys: "a<Esc>"),                                            // nothing written: closes at once
        Row(keys: "a2<Esc>", composer: "", asking: true),               // a position chosen is something
        // The ways out a participant could hit by chance.
        Row(keys: "q", status: .kioskStaysOpen),
        Row(keys: "<F10>", status: .kioskStaysOpen),
        Row(keys: "a<Tab><Tab>q", composer: "q"),                       // q is a letter in the comment
        Row(keys: "a<Tab><Tab>mot<F10>", composer: "mot", status: .kioskStaysOpen),
        Row(keys: "<C-c><C-z>"),  // arrive as keys in a kiosk (raw mode); Ctrl-\ is tried in tmux
        // The facilitator's sequence.
        Row(keys: "<C-q><C-q><C-q>", quit: true),
        Row(keys: "a<Tab><Tab>mot<C-q><C-q><C-q>", composer: "mot", quit: true),
        Row(keys: "<C-q>j<C-q><C-q>"),
    ]

    @Test(arguments: rows) func keys(_ row: Row) throws {
        let (m, effects) = try Self.run(row.keys)
        #expect(m.composer?.comment.text == row.composer)
        #expect((m.composer?.confirmingDiscard ?? false) == row.asking)
        #expect(m.status?.string == row.status)
        #expect(m.quitRequested == row.quit)
        #expect(m.unfinished.isEmpty, "a kiosk keeps nothing unfinished")
        #expect(!effects.contains { if case .keepDrafts = $0 { true } else { false } }, "no draft is written")
    }

    /// Quitting (the facilitator's sequence, or SIGTERM/SIGHUP) writes no draft of what was typed.
    @Test func stoppingKeepsNothingUnfinished() throws {
        var (m, _) = try Self.run("a<Tab><Tab>mot")
        #expect(ReviewUpdate.update(&m, .stopRequested).isEmpty)
        #expect(m.quitRequested)
    }

    /// A kiosk's comment is saved without passing through drafts/ (issue 13): a failed
    /// save must leave nothing of it for the next person. Elsewhere it still does.
    @Test func aKioskSaveGoesAroundTheDrafts() throws {
        let (_, effects) = try Self.run("a<Right><Tab><Tab>mot<C-s>")
        let comment = try #require(ComposerUpdateTests.comment(effects), "no save: \(effects)")
        #expect(comment.body == "mot" && !comment.keepsDraft)
        var elsewhere = Self.model()
        elsewhere.kiosk = false
        let (_, others) = try Self.run("a<Right><Tab><Tab>mot<C-s>", on: elsewhere)
        #expect(try #require(ComposerUpdateTests.comment(others)).keepsDraft)
    }

    /// The list of texts of a kiosk does not offer F10 to quit: it does not quit there.
    @Test func theChooserBarOffersNoWayOut() throws {
        #expect(!ReviewView.keyBar(.chooser, kiosk: true).contains { $0.label == .keyQuit })
        #expect(ReviewView.keyBar(.chooser, kiosk: true).contains { $0.label == .keyOpen })
        #expect(ReviewView.keyBar(.chooser).contains { $0.label == .keyQuit })
        // F10 still answers there, saying the kiosk stays open.
        var m = Self.model()
        m.screen = .chooser
        ReviewUpdate.update(&m, .key(.function(10)))
        #expect(!m.quitRequested && m.status?.string == .kioskStaysOpen)
    }

    @Test func idleWarnsThenWipes() throws {
        var (m, _) = try Self.run(":5bis<Enter>a<Tab><Tab>mot")
        let keys = m.writerKeys
        #expect(ReviewUpdate.update(&m, .idle(seconds: 60)).isEmpty && m.status == nil)
        ReviewUpdate.update(&m, .idle(seconds: KioskUpdate.warnAfterSeconds))
        #expect(m.status?.string == .kioskIdleWarning && m.composer?.comment.text == "mot")
        // A key: the person is there; the count starts again (the loop sends idle from 0).
        ReviewUpdate.update(&m, .key(.character("s")))
        #expect(m.composer?.comment.text == "mots" && !m.kioskIdleWarned)
        ReviewUpdate.update(&m, .idle(seconds: KioskUpdate.warnAfterSeconds))
        let effects = ReviewUpdate.update(&m, .idle(seconds: KioskUpdate.wipeAfterSeconds))
        #expect(effects == [.clearScreen])
        #expect(m.composer == nil && m.articleIndex == 0 && m.status?.string == .kioskWiped)
        #expect(m.writerKeys != keys, "the next person cannot sign for the previous one")
        // Once wiped, nothing more happens until someone comes.
        #expect(ReviewUpdate.update(&m, .idle(seconds: 1000)).isEmpty)
        ReviewUpdate.update(&m, .idle(seconds: KioskUpdate.warnAfterSeconds + 1))
        #expect(m.status?.string == .kioskWiped, "a fresh screen is not warned about")
    }

    /// Not a kiosk: idle time changes nothing, q quits.
    @Test func onlyKiosksHoldTheRoom() throws {
        var m = ReviewUpdateTests.model()
        #expect(ReviewUpdate.update(&m, .idle(seconds: 10_000)).isEmpty && m.status == nil)
        ReviewUpdate.update(&m, .key(.character("q")))
        #expect(m.quitRequested)
    }
}
