import CursesTerminal
import Foundation
import Glibc
import TaskForceUI
import Testing

/// Colours through real ncursesw on a pseudo-terminal: `NO_COLOR` keeps every colour
/// escape off the wire, and without it the roles are coloured (so the check can fail).
/// In the serialized suite: curses is process-global, and so is the environment.
extension CursesScreenTests {
    @Test func noColorKeepsEveryColourEscapeOffTheTerminal() throws {
        let bytes = try paintedBytes(noColor: "1")
        #expect(TerminalOutput.colourSequences(in: bytes).isEmpty)
        // Still bold: the meaning does not depend on colour.
        #expect(TerminalOutput.graphicRenditions(in: bytes).contains { $0.contains(1) })
    }

    /// The same screen with colours allowed does send them: the check above can fail.
    @Test func withoutNoColorTheAccentIsColoured() throws {
        let bytes = try paintedBytes(noColor: nil)
        #expect(!TerminalOutput.colourSequences(in: bytes).isEmpty)
    }

    /// An empty NO_COLOR does not count (no-color.org: "present and not an empty string").
    @Test func emptyNoColorStillColours() throws {
        let bytes = try paintedBytes(noColor: "")
        #expect(!TerminalOutput.colourSequences(in: bytes).isEmpty)
    }

    /// Issue 15, item 2: `--high-contrast` sends no colour either, whatever the terminal has;
    /// bold, reverse and underline still carry the meaning.
    @Test func highContrastKeepsEveryColourEscapeOffTheTerminal() throws {
        let bytes = try paintedBytes(noColor: nil, highContrast: true)
        #expect(TerminalOutput.colourSequences(in: bytes).isEmpty)
        #expect(TerminalOutput.graphicRenditions(in: bytes).contains { $0.contains(1) })
    }

    /// Everything the terminal received for one frame with accent and warning cells.
    private func paintedBytes(noColor: String?, highContrast: Bool = false) throws -> [UInt8] {
        let saved = getenv("NO_COLOR").map { String(cString: $0) }
        defer {
            if let saved { setenv("NO_COLOR", saved, 1) } else { unsetenv("NO_COLOR") }
        }
        if let noColor { setenv("NO_COLOR", noColor, 1) } else { unsetenv("NO_COLOR") }
        let terminal = try PseudoTerminal(rows: 24, columns: 80)
        let screen = try terminal.openScreen(highContrast: highContrast)
        var grid = CellGrid(columns: 80, rows: 24)
        grid.write("Accent", row: 1, column: 1, style: Style(bold: true, role: .accent))
        grid.write("Attention", row: 2, column: 1, style: Style(role: .warning))
        grid.write("Gris", row: 3, column: 1, style: Style(role: .muted))
        screen.paint(grid)
        #expect(terminal.output.waitFor("Gris", timeout: 5))
        screen.close()
        terminal.closeSlave()
        #expect(terminal.output.waitUntilFinished(timeout: 5))
        return terminal.output.received
    }
}
