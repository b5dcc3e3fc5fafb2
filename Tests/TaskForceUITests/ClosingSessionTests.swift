import Foundation
import TaskForceCore
import Testing
@testable import TaskForceUI

/// Issue 13, item 3: the facilitator's screen asks, when it quits, whether to close the
/// session (its files written again in a random order), and a slip decides nothing.
struct ClosingSessionTests {
    struct Row: Sendable, CustomTestStringConvertible {
        var keys: String
        var asking: Bool
        var quits: Bool
        var closes: Bool
        var saved: SessionRecord? = FacilitatorUpdateTests.record
        var testDescription: String { keys + (saved == nil ? " (no record)" : "") }
    }

    static let rows: [Row] = [
        Row(keys: "<F10>", asking: true, quits: false, closes: false),
        Row(keys: "<F4>q", asking: true, quits: false, closes: false),
        Row(keys: "<F10><Enter>", asking: false, quits: true, closes: true),
        Row(keys: "<F10>n", asking: false, quits: true, closes: false),
        Row(keys: "<F10>N", asking: false, quits: true, closes: false),
        Row(keys: "<F10><Esc>", asking: false, quits: false, closes: false),
        // Any other key leaves the question up: a slip does not close, nor quit.
        Row(keys: "<F10>xy<Down><F10>", asking: true, quits: false, closes: false),
        Row(keys: "<F10><Esc><F10><Enter>", asking: false, quits: true, closes: true),
        // A new session that has no record yet has nothing to close: it quits at once.
        Row(keys: "<F10>", asking: false, quits: true, closes: false, saved: nil),
    ]

    @Test(arguments: rows) func quittingAsks(_ row: Row) throws {
        var start = FacilitatorUpdateTests.model(saved: row.saved)
        start.uiLanguage = .en
        if row.saved == nil { start.overlay = nil }  // the new session's form put aside
        let (m, effects) = try FacilitatorUpdateTests.run(row.keys, on: start)
        #expect((m.overlay == .closingSession) == row.asking)
        #expect(m.quitRequested == row.quits)
        #expect(effects.contains(.closeSession("TST-1")) == row.closes, "\(effects)")
        if row.closes {
            // Closed last, once the drafts are kept and the position is taken away.
            #expect(effects.last == .closeSession("TST-1"))
        }
        if row.asking {
            let bottom = ReviewView.view(m, columns: 80, rows: 24).rows(trimmingTrailingSpaces: true)[23]
            #expect(bottom.contains("Close session TST-1 as you leave? Enter: yes · n: no, just quit · Esc: stay"), "\(bottom)")
        }
    }

    @Test func aParticipantQuitsWithoutAQuestion() throws {
        var m = NotesUpdateTests.model()
        m.session = "TST-1"
        _ = ReviewUpdate.update(&m, .key(.function(10)))
        #expect(m.quitRequested && m.overlay == nil)
    }

    @Test func theOutcomeIsSaidAfterwards() {
        var m = FacilitatorUpdateTests.model()
        _ = ReviewUpdate.update(&m, .sessionClosed("TST-1", .success(40)))
        #expect(m.farewell?.text(.en) == "Session TST-1 closed: 40 annotation files written again in a random order.")
        _ = ReviewUpdate.update(&m, .sessionClosed("TST-1", .failure(EffectFailure("Annotations/tmp: disk full."))))
        #expect(m.farewell?.text(.fr) == "La séance TST-1 n'est pas clôturée: Annotations/tmp: disk full. Lancez plus tard taskforce close-session TST-1.")
    }
}
