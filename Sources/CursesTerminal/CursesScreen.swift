import CNcursesw
import Glibc
import TerminalGrid

/// A curses screen: the terminal boundary of taskforce (ARCHITECTURE: Curses).
///
/// Before opening one, the caller must call `setlocale(LC_ALL, "")` (and check
/// that the locale is UTF-8): curses decides at `newterm` time whether it may
/// write wide characters, and this type never changes the process locale.
///
/// Curses is process-global and not thread-safe: open, draw, read and close a
/// screen on one thread only (this type is deliberately not `Sendable`). At
/// most one screen should be open at a time; each call still makes its own
/// screen current (`set_term`), so a forgotten one cannot be drawn on by mistake.
public final class CursesScreen {
    private var screen: OpaquePointer?
    private let output: UnsafeMutablePointer<FILE>
    private let input: UnsafeMutablePointer<FILE>
    /// Streams we opened ourselves (on duplicated descriptors) and must close.
    private let ownsStreams: Bool
    /// Colours on top of the attributes, or none (`NO_COLOR`, monochrome terminals).
    public private(set) var theme = ColorTheme.monochrome
    /// The grid of the last `paint`, whose rows are already in curses' screen: a row that
    /// has not changed is not handed to curses again (most of a frame's cost).
    var lastPainted: CellGrid?

    /// Opens curses on the process's own terminal (standard input and output).
    /// - Parameter terminalType: a terminfo name; `nil` means `$TERM`.
    /// - Parameter highContrast: no colours at all, whatever the terminal has
    ///   (`--high-contrast`): the gentle theme's mid tones (a steel-blue accent, a grey) read
    ///   poorly for low vision; bold, reverse and underline carry every meaning.
    public convenience init(terminalType: String? = nil, highContrast: Bool = false) throws {
        try self.init(terminalType: terminalType, output: tf_stdout(), input: tf_stdin(), ownsStreams: false,
                      highContrast: highContrast)
    }

    /// Opens curses on a terminal given by file descriptors, such as the slave
    /// side of a pseudo-terminal. The descriptors are duplicated: the caller
    /// keeps its own and closes them when it wants.
    public convenience init(terminalType: String?, inputDescriptor: Int32, outputDescriptor: Int32,
                            highContrast: Bool = false) throws {
        let output = try Self.openStream(on: outputDescriptor, mode: "w")
        let input: UnsafeMutablePointer<FILE>
        do {
            input = try Self.openStream(on: inputDescriptor, mode: "r")
        } catch {
            fclose(output)
            throw error
        }
        try self.init(terminalType: terminalType, output: output, input: input, ownsStreams: true,
                      highContrast: highContrast)
    }

    private init(
        terminalType: String?, output: UnsafeMutablePointer<FILE>, input: UnsafeMutablePointer<FILE>,
        ownsStreams: Bool, highContrast: Bool
    ) throws {
        self.output = output
        self.input = input
        self.ownsStreams = ownsStreams
        let opened: OpaquePointer? =
            if let terminalType {
                terminalType.withCString { newterm($0, output, input) }
            } else {
                newterm(nil, output, input)
            }
        guard let opened else {
            if ownsStreams {
                fclose(output)
                fclose(input)
            }
            throw CursesError.cannotOpenTerminal(type: terminalType)
        }
        screen = opened
        // newterm made this screen current, so stdscr is ours.
        cbreak()  // keys arrive one by one, not a line at a time
        noecho()  // we draw what was typed, the terminal must not
        keypad(tf_stdscr(), true)  // arrows and F-keys as KEY_* codes
        nonl()  // Enter arrives as \r, distinct from Ctrl-J
        set_escdelay(25)  // a lone Esc is recognised quickly (ARCHITECTURE: Screens)
        mouseinterval(0)  // no click detection delay: every press is reported at once
        enableMouse()
        let noColor = getenv("NO_COLOR").map { String(cString: $0) }
        // terminfo's count: COLORS is only set once start_color has run.
        theme = highContrast ? .monochrome
            : ColorTheme.choose(hasColors: has_colors(), colors: Int(tigetnum("colors")), noColor: noColor)
        theme.install()
        // Ctrl-S saves a comment. With IXON on (cbreak leaves it on), the terminal would
        // take it as XOFF and stop all output until Ctrl-Q: the screen would freeze.
        // def_prog_mode records the change so curses restores it after ^Z; endwin
        // gives the shell its own settings back.
        var settings = termios()
        let descriptor = fileno(input)
        if tcgetattr(descriptor, &settings) == 0 {
            settings.c_iflag &= ~tcflag_t(IXON)
            _ = tcsetattr(descriptor, TCSANOW, &settings)
            def_prog_mode()
        }
    }

    deinit {
        close()
    }

    /// The descriptor curses reads keys from, for a `poll` that also waits on others.
    var inputDescriptor: Int32 { fileno(input) }

    /// Whether `close()` has been called.
    public var isClosed: Bool { screen == nil }

    /// The screen's size in cells (it follows the terminal after `KEY_RESIZE`).
    public var size: ScreenSize {
        makeCurrent()
        var rows: Int32 = 0
        var columns: Int32 = 0
        tf_getmaxyx(tf_stdscr(), &rows, &columns)
        return ScreenSize(columns: Int(columns), rows: Int(rows))
    }

    /// Writes `text` at (`row`, `column`), one grapheme cluster per cell (two
    /// cells for a double-width character). Clipped at the right edge, never
    /// wrapped; a double-width character that does not fit is left out.
    /// Nothing reaches the terminal before `refresh()`.
    /// - Returns: the column after the last cell written.
    @discardableResult
    public func write(_ text: String, row: Int, column: Int, attributes: CellAttributes = [],
                      colorPair: Int16 = 0) -> Int {
        makeCurrent()
        let size = self.size
        guard (0..<size.rows).contains(row), column >= 0 else { return column }
        let bits = attributes.cursesValue
        var column = column
        for character in text {
            var (cell, width) = CursesCell.make(character, attributes: bits, colorPair: colorPair)
            guard column + width <= size.columns else { break }
            // ERR only for the bottom-right cell, where the cursor cannot
            // advance; the cell is written all the same.
            _ = mvwadd_wch(tf_stdscr(), Int32(row), Int32(column), &cell)
            column += width
        }
        return column
    }

    /// Sends everything written since the last refresh to the terminal, as one
    /// update (`wnoutrefresh` then a single `doupdate`).
    public func refresh() {
        makeCurrent()
        wnoutrefresh(tf_stdscr())
        doupdate()
    }

    /// Makes the next refresh repaint every cell instead of only what changed: for when
    /// the terminal's contents can no longer be trusted (`clearok` on `curscr`).
    public func invalidate() {
        makeCurrent()
        clearok(tf_curscr(), true)
    }

    /// The text of one screen row as curses believes the terminal shows it
    /// (read from `curscr`, so only what was refreshed), including trailing
    /// spaces. A double-width character appears once. Tests verify with this.
    public func readBack(row: Int) -> String {
        makeCurrent()
        let size = self.size
        guard (0..<size.rows).contains(row) else { return "" }
        // One more cell for the zeroed cell that ends the list.
        var cells = [cchar_t](repeating: cchar_t(), count: size.columns + 1)
        guard tf_read_row(tf_curscr(), Int32(row), &cells, Int32(size.columns)) != ERR else { return "" }
        var text = ""
        for cell in cells {
            guard cell.chars.0 != 0 else { break }
            text += CursesCell.text(of: cell)
        }
        return text
    }

    /// Ctrl-C, Ctrl-Z and Ctrl-\ arrive as keys instead of signals (`raw`): for a kiosk.
    public func takeSignalKeys() {
        makeCurrent()
        raw()
        def_prog_mode()  // kept after a resize or a repaint
    }

    /// Clears the screen, restores the terminal (`endwin`) and frees the screen
    /// (`delscreen`). Cleared first on every exit: a terminal without an alternate screen
    /// (the Linux console, where braille and speech users work) would otherwise keep the
    /// last frame, a comment included, in front of the next person. Safe to call more than once.
    public func close() {
        guard let screen else { return }
        set_term(screen)
        wclear(tf_stdscr())
        wrefresh(tf_stdscr())
        endwin()
        // And the lines scrolled off the top, where the terminal keeps them (terminfo `E3`).
        if let clearScrollback = tigetstr("E3"), Int(bitPattern: clearScrollback) != -1 {
            fputs(clearScrollback, output)
            fflush(output)
        }
        delscreen(screen)
        self.screen = nil
        if ownsStreams {
            fclose(output)
            fclose(input)
        }
    }

    /// Runs `body` with this screen current and its `stdscr`; for the input and painting
    /// extensions in this module.
    func withStandardScreen<T>(_ body: (UnsafeMutablePointer<WINDOW>) -> T) -> T {
        makeCurrent()
        return body(tf_stdscr()!)
    }

    func makeCurrent() {
        guard let screen else { preconditionFailure("CursesScreen used after close()") }
        set_term(screen)
    }

    /// A stream on a duplicate of `descriptor`, so closing it leaves the
    /// caller's descriptor open.
    private static func openStream(on descriptor: Int32, mode: String) throws -> UnsafeMutablePointer<FILE> {
        let copy = dup(descriptor)
        guard copy >= 0 else { throw CursesError.cannotUseDescriptor(descriptor, errno: errno) }
        guard let stream = fdopen(copy, mode) else {
            let failure = errno
            Glibc.close(copy)
            throw CursesError.cannotUseDescriptor(descriptor, errno: failure)
        }
        return stream
    }
}
