import CursesTerminal
import TerminalGrid
import Glibc
import Testing

/// Real ncursesw, in process, on a pseudo-terminal (ARCHITECTURE: Tests): what we
/// draw is read back from curses' own idea of the screen (`curscr`), and the
/// bytes that reached the terminal are checked too.
///
/// Serialized: curses has one current screen per process.
@Suite("CursesScreen on a pseudo-terminal", .serialized)
struct CursesScreenTests {
    static let accented = "Réunion à Liège — Ghent/Gent: één, twee; Românește: țară, școală"
    static let doubleWidth = "会議 テスト"

    init() throws {
        // The caller's job (see CursesScreen): curses only writes wide
        // characters if the locale is UTF-8 when newterm runs.
        try #require(setlocale(LC_ALL, "C.UTF-8") != nil)
    }

    @Test func drawsAccentedAndDoubleWidthTextThatReadsBackExactly() throws {
        let terminal = try PseudoTerminal(rows: 24, columns: 80)
        let screen = try terminal.openScreen()

        let accentedEnd = screen.write(Self.accented, row: 2, column: 0)
        let doubleWidthEnd = screen.write(Self.doubleWidth, row: 5, column: 0, attributes: .bold)
        // Five double-width characters and a space: 11 columns. Text put right
        // after them must land next to them, not over or apart from them.
        #expect(doubleWidthEnd == 11)
        screen.write("|", row: 5, column: doubleWidthEnd, attributes: [.reverse, .underline])
        #expect(accentedEnd == Self.accented.count)

        // curscr is the terminal as curses knows it: nothing before refresh.
        #expect(trimmed(screen.readBack(row: 2)) == "")

        screen.refresh()

        #expect(trimmed(screen.readBack(row: 2)) == Self.accented)
        #expect(trimmed(screen.readBack(row: 5)) == Self.doubleWidth + "|")
        #expect(trimmed(screen.readBack(row: 3)) == "")
        #expect(screen.readBack(row: 2).count == 80)

        // Real output reached the terminal, encoded as UTF-8.
        #expect(terminal.output.waitFor("Liège", timeout: 5))
        #expect(terminal.output.waitFor("会議", timeout: 5))

        screen.close()
        screen.close()  // a second close does nothing
        #expect(screen.isClosed)
        // endwin restored the terminal: xterm's rmcup leaves the alternate screen.
        #expect(terminal.output.waitFor("\u{1B}[?1049l", timeout: 5))
        terminal.closeSlave()
        #expect(terminal.output.waitUntilFinished(timeout: 5))
        #expect(!terminal.output.received.isEmpty)
    }

    /// Sizes other than 80x24 too, since 80x24 is also what terminfo says for
    /// xterm: only the window size can give 97x31.
    /// (LINES and COLUMNS in the environment would override it, as curses does
    /// by default; the test runner does not set them.)
    @Test(arguments: [(rows: 24, columns: 80), (rows: 31, columns: 97)])
    func sizeIsThePseudoTerminalsWindowSize(rows: Int, columns: Int) throws {
        let terminal = try PseudoTerminal(rows: rows, columns: columns)
        let screen = try terminal.openScreen()
        #expect(screen.size == ScreenSize(columns: columns, rows: rows))
        screen.close()
        terminal.closeSlave()
        #expect(terminal.output.waitUntilFinished(timeout: 5))
    }

    @Test func unknownTerminalTypeIsAnError() throws {
        let terminal = try PseudoTerminal(rows: 24, columns: 80)
        #expect(throws: CursesError.cannotOpenTerminal(type: "no-such-terminal")) {
            try CursesScreen(
                terminalType: "no-such-terminal",
                inputDescriptor: terminal.slave, outputDescriptor: terminal.slave)
        }
        terminal.closeSlave()
        #expect(terminal.output.waitUntilFinished(timeout: 5))
    }

    private func trimmed(_ row: String) -> String {
        String(row.reversed().drop(while: { $0 == " " }).reversed())
    }
}
