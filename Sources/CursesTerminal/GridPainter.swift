import CNcursesw
import TerminalGrid

/// Copies a `CellGrid` onto the curses screen and shows it with one `doupdate()`. Rows
/// that differ from the last painted grid are written (all of them after a resize); curses
/// then compares with what the terminal already shows and sends only the difference, so a
/// typed character costs a few bytes, not a repaint.
extension CursesScreen {
    public func paint(_ grid: CellGrid) {
        let size = self.size
        let previous = lastPainted.flatMap { $0.rowCount == size.rows && $0.columnCount == size.columns ? $0 : nil }
        for row in 0..<min(grid.rowCount, size.rows) {
            if let previous, grid.rowIsEqual(row, in: previous) { continue }
            var column = 0
            var run = ""
            var runStart = 0
            var runStyle = Style.plain
            func flush() {
                if !run.isEmpty {
                    let look = theme.look(runStyle)
                    write(run, row: row, column: runStart, attributes: look.attributes, colorPair: look.colorPair)
                }
                run = ""
            }
            // Runs of cells with the same style go out as one string.
            while column < min(grid.columnCount, size.columns) {
                let cell = grid[row, column]
                if cell.isContinuation { column += 1; continue }
                if cell.style != runStyle || run.isEmpty {
                    flush()
                    runStart = column
                    runStyle = cell.style
                }
                run.append(cell.character)
                column += 1
            }
            flush()
        }
        lastPainted = grid.rowCount == size.rows && grid.columnCount == size.columns ? grid : nil
        // The cursor on the focus: screen readers and braille displays follow it.
        if let cursor = grid.cursor, cursor.row < size.rows, cursor.column < size.columns {
            withStandardScreen { _ = wmove($0, Int32(cursor.row), Int32(cursor.column)) }
        }
        refresh()
    }

    /// Styles as the three attributes every terminal has; colour roles fall back to them
    /// (accent → bold, warning → bold+underline, muted → plain), so nothing needs colour.
    /// The colour theme adds its colours on top of these, never instead.
    public static func attributes(_ style: Style) -> CellAttributes {
        var a: CellAttributes = []
        if style.bold || style.role == .accent || style.role == .warning { a.insert(.bold) }
        if style.reverse { a.insert(.reverse) }
        if style.underline || style.role == .warning { a.insert(.underline) }
        return a
    }
}
