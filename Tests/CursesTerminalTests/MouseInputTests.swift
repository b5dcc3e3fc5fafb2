import CursesTerminal
import Foundation
import Glibc
import TaskForceUI
import Testing

/// The mouse through real ncursesw on a pseudo-terminal: what a terminal emulator sends
/// for a click or the wheel is read back as one mouse key. In the serialized suite:
/// curses is process-global.
extension CursesScreenTests {
    /// xterm's SGR mouse reports (what `kmous=\E[<` in xterm-256color announces), 1-based:
    /// button 0 pressed (`M`) and released (`m`) is a click, 64 and 65 the wheel.
    @Test(arguments: [
        ("\u{1B}[<0;11;4M\u{1B}[<0;11;4m", MouseEvent(.click, column: 10, row: 3)),
        ("\u{1B}[<64;30;7M", MouseEvent(.wheelUp, column: 29, row: 6)),
        ("\u{1B}[<65;1;1M", MouseEvent(.wheelDown, column: 0, row: 0)),
    ])
    func mouseReportsBecomeMouseKeys(_ report: String, _ expected: MouseEvent) throws {
        let terminal = try PseudoTerminal(rows: 24, columns: 80)
        let screen = try terminal.openScreen()
        defer {
            screen.close()
            terminal.closeSlave()
        }
        // Curses asked the terminal for mouse reports (xterm's 1000: button presses).
        #expect(terminal.output.waitFor("1000h", timeout: 5))
        try terminal.type(report)
        #expect(screen.nextEvent(waitingAtMost: 5) == .key(.mouse(expected)))
    }

    /// One click is one click, whether press and release arrive together or apart.
    @Test func pressAndReleaseAreOneClick() throws {
        let terminal = try PseudoTerminal(rows: 24, columns: 80)
        let screen = try terminal.openScreen()
        defer {
            screen.close()
            terminal.closeSlave()
        }
        try terminal.type("\u{1B}[<0;3;3M\u{1B}[<0;3;3mx")
        #expect(screen.nextEvent(waitingAtMost: 5) == .key(.mouse(MouseEvent(.click, column: 2, row: 2))))
        #expect(screen.nextEvent(waitingAtMost: 5) == .key(.character("x")))
        // Apart: the press is read (and ignored) before the release is sent.
        try terminal.type("\u{1B}[<0;5;6M")
        _ = screen.nextEvent(timeout: 100)
        try terminal.type("\u{1B}[<0;5;6my")
        #expect(screen.nextEvent(waitingAtMost: 5) == .key(.mouse(MouseEvent(.click, column: 4, row: 5))))
        #expect(screen.nextEvent(waitingAtMost: 5) == .key(.character("y")))
    }
}

extension CursesScreen {
    /// The next event that is not a timeout, within `seconds` (polled, never slept).
    func nextEvent(waitingAtMost seconds: Double) -> TerminalEvent {
        let deadline = Date(timeIntervalSinceNow: seconds)
        while Date() < deadline {
            let event = nextEvent(timeout: 100)
            if event != .timeout { return event }
        }
        return .timeout
    }
}
