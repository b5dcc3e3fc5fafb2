import CursesTerminal
import Foundation
import Glibc
import AnnotationFixtures
import TaskForceCore
import Testing
import TaskForceUI

/// Live updates on a real terminal: a readable descriptor (the folder watch's) wakes the
/// loop without a key, an idle loop sleeps in its wait, and an arrival repaints only what
/// changed (no clear, no full repaint: no flicker).
extension CursesScreenTests {
    /// Paints `model`, lets one comment on 5bis arrive, paints again: the second frame's
    /// bytes, checked to clear nothing and to leave the screen as the view drew it.
    private func arrivalFrame(_ model: ReviewModel, _ name: String) throws -> (bytes: Int, screen: [String]) {
        let session = model.session
        var model = model
        let terminal = try PseudoTerminal(rows: 24, columns: 80)
        let screen = try terminal.openScreen()
        defer { screen.close() }
        let meter = try FrameMeter(terminal)
        let full = try meter.bytes { screen.paint(ReviewView.view(model, columns: 80, rows: 24)) }

        let article = try #require(model.currentSplit?.article(numbered: "5bis"))
        let comment = Annotation.comment(text: "demo-travail-du-sexe", article: "5bis", fingerprint: article.fingerprint,
                                         stance: .concern, tags: [.safety], body: "Depuis un autre terminal.",
                                         language: "fr", session: session, day: "2026-11-23")
        ReviewUpdate.update(&model, .annotationsArrived([comment]))
        let grid = ReviewView.view(model, columns: 80, rows: 24)
        let bytes = try meter.bytes { screen.paint(grid) }
        let sent = String(decoding: bytes, as: UTF8.self)
        print("bytes for an arrival on the \(name) at 80x24: \(bytes.count) (first frame \(full.count))")
        #expect(!sent.contains("\u{1B}[2J") && !sent.contains("\u{1B}[J"), "nothing is cleared")
        let readBack = (0..<24).map { screen.readBack(row: $0) }
        #expect(readBack == grid.rows())
        return (bytes.count, readBack)
    }

    @Test func anArrivalSendsOnlyTheChangedCount() throws {
        var model = try DemoBill.model()
        ReviewUpdate.update(&model, .key(.down))
        let frame = try arrivalFrame(model, "reader")
        #expect(frame.bytes < 32, "a cursor move and one digit, not a repaint")
        #expect(frame.screen.contains { $0.contains("5bis  Bouton d'alarme  1") })
    }

    /// The facilitator's dashboard on a projector: an arrival changes its row's digits
    /// and nothing else is sent (the room sees no flash).
    @Test func anArrivalOnTheDashboardSendsOnlyItsRow() throws {
        var model = try DemoBill.model()
        model.session = "TST-1"
        model.facilitator = FacilitatorState(
            code: "TST-1", saved: SessionRecord(code: "TST-1", place: "Liège", day: "2026-12-03", headcount: 12),
            today: "2026-12-03")
        model.screen = .dashboard
        let frame = try arrivalFrame(model, "dashboard")
        #expect(frame.bytes < 48, "a cursor move and the row's digits, not a repaint")
        #expect(frame.screen[0].contains("TST-1 · Liège"))
        let row = frame.screen.first { $0.contains(" 5bis ") }?.split(whereSeparator: { " ┃▸".contains($0) })
        #expect(row == ["5bis", "Bouton", "d'alarme", "1"], "one comment, counted on its row")
    }

    @Test func aReadableDescriptorWakesTheLoopWithoutAKey() throws {
        let terminal = try PseudoTerminal(rows: 24, columns: 80)
        let screen = try terminal.openScreen()
        defer { screen.close() }
        var pipeEnds: [Int32] = [0, 0]
        #expect(pipe(&pipeEnds) == 0)
        defer { close(pipeEnds[0]); close(pipeEnds[1]) }
        var loop = FrameLoop()
        loop.idleTimeout = 10_000  // a wake that did not work would show as a 10 s wait

        var frames = 0
        var woken = 0
        var secondFrame: Date?
        let started = Date()
        #expect(write(pipeEnds[1], "x", 1) == 1)
        loop.run(
            events: screen,
            watching: { [pipeEnds[0]] },
            woken: {
                woken += 1
                var byte: UInt8 = 0
                _ = read(pipeEnds[0], &byte, 1)  // drained, as the watch drains its events
            },
            shouldStop: { frames >= 2 },
            draw: {
                frames += 1
                guard frames == 2 else { return }
                secondFrame = Date()
                // The loop waits once more before it asks whether to stop: end that wait too.
                #expect(write(pipeEnds[1], "y", 1) == 1)
            },
            apply: { _ in .keepGoing })
        #expect(woken == 2)
        let waited = try #require(secondFrame).timeIntervalSince(started)
        #expect(waited < 5, "a frame \(waited) s later: woken by the descriptor, not by the 10 s timeout")
    }

    @Test func anIdleLoopWaitsInsteadOfSpinning() throws {
        let terminal = try PseudoTerminal(rows: 24, columns: 80)
        let screen = try terminal.openScreen()
        defer { screen.close() }
        var pipeEnds: [Int32] = [0, 0]
        #expect(pipe(&pipeEnds) == 0)
        defer { close(pipeEnds[0]); close(pipeEnds[1]) }
        var loop = FrameLoop()
        loop.idleTimeout = 100

        var frames = 0
        var woken = 0
        let started = Date()
        loop.run(
            events: screen,
            watching: { [pipeEnds[0]] },
            woken: { woken += 1 },
            shouldStop: { Date().timeIntervalSince(started) > 0.5 },
            draw: { frames += 1 },
            apply: { _ in .keepGoing })
        // One frame per idle timeout at most: 0.5 s of 100 ms waits (a slow machine waits longer).
        #expect(frames <= 7, "\(frames) frames in 0.5 s")
        #expect(woken == frames - 1 || woken == frames, "every empty wait lets a rescan check its clock")
    }
}
