import CursesTerminal
import Glibc
import Testing
import TaskForceUI

/// Input as a list: what is "already pending" is whatever is left in it. Once it is empty
/// every wait times out, and the test's stop condition ends the loop.
final class ScriptedEvents: TerminalEventSource {
    var pending: [TerminalEvent]
    /// The timeout of every wait, in order: shows which waits were drains.
    private(set) var waits: [Int32] = []

    init(_ events: [TerminalEvent]) { pending = events }

    func nextEvent(timeout milliseconds: Int32) -> TerminalEvent {
        waits.append(milliseconds)
        return pending.isEmpty ? .timeout : pending.removeFirst()
    }
}

/// The loop of ARCHITECTURE: Screens without curses: pending input is drained before the next frame.
struct FrameLoopTests {
    /// Runs the loop until `idleFrames` frames were drawn with no input left; returns how
    /// many keys had been applied when each frame was drawn.
    private func framesDrawn(_ source: ScriptedEvents, idleFrames: Int = 2,
                             apply: (Key) -> FrameLoop.Next = { _ in .keepGoing }) -> (frames: [Int], keys: [Key]) {
        var frames: [Int] = []
        var keys: [Key] = []
        var idle = 0
        FrameLoop().run(
            events: source,
            shouldStop: { idle >= idleFrames },
            draw: {
                frames.append(keys.count)
                if source.pending.isEmpty { idle += 1 }
            },
            apply: { key in
                keys.append(key)
                return apply(key)
            })
        return (frames, keys)
    }

    @Test func aPasteOfOneHundredKeysIsOneFrame() {
        let paste = (0..<100).map { TerminalEvent.key(.character(Character(String($0 % 10)))) }
        let source = ScriptedEvents(paste)
        let (frames, keys) = framesDrawn(source, idleFrames: 1)
        // The first frame before any input, then one frame with all 100 keys applied.
        #expect(frames == [0, 100])
        #expect(keys.count == 100)
        // One idle wait, then 100 drain waits: the last finds nothing and ends the drain.
        #expect(source.waits == [250] + Array(repeating: 30, count: 100) + [250])
    }

    @Test func aResizeEndsTheDrainAndDrawsAtOnce() {
        let source = ScriptedEvents([.key(.down), .key(.down), .resize, .key(.up)])
        let (frames, _) = framesDrawn(source, idleFrames: 1)
        // Keys before the resize, a frame at the new size, then the key after it.
        #expect(frames == [0, 2, 3])
    }

    @Test func aKeyThatStopsTheLoopIsTheLastApplied() {
        let source = ScriptedEvents([.key(.character("a")), .key(.character("q")), .key(.character("b"))])
        let (frames, keys) = framesDrawn(source) { $0 == .character("q") ? .stop : .keepGoing }
        #expect(keys == [.character("a"), .character("q")])
        #expect(frames == [0], "no frame is drawn after quitting")
    }
}

/// The same on a real terminal: 100 characters arrive at once in the composer.
extension CursesScreenTests {
    @Test func aPasteIntoTheComposerIsOneFrame() throws {
        let terminal = try PseudoTerminal(rows: 24, columns: 80)
        let screen = try terminal.openScreen()
        defer { screen.close() }
        var model = try DemoBill.model()
        for key: Key in [.character("a"), .tab, .tab] { ReviewUpdate.update(&model, .key(key)) }
        #expect(model.composer?.field == .comment)

        // The whole paste is in the terminal's input queue before the loop reads anything.
        let paste = String(repeating: "Déjà collé. ", count: 8) + "Fin!"
        #expect(paste.count == 100)
        let bytes = Array(paste.utf8)
        #expect(bytes.withUnsafeBufferPointer { write(terminal.master, $0.baseAddress, $0.count) } == bytes.count)

        var frames: [Int] = []
        var applied = 0
        FrameLoop().run(
            events: screen,
            // Stops after the frame that shows the paste, or after a few frames if it never
            // comes (then the expectations below fail instead of the test hanging).
            shouldStop: { frames.last == 100 || frames.count >= 5 },
            draw: {
                frames.append(applied)
                screen.paint(ReviewView.view(model, columns: 80, rows: 24))
            },
            apply: { key in
                ReviewUpdate.update(&model, .key(key))
                applied += 1
                return .keepGoing
            })
        #expect(frames == [0, 100])
        #expect(model.composer?.comment.text == paste)
        #expect((0..<24).contains { screen.readBack(row: $0).contains("Fin!") })
    }
}
