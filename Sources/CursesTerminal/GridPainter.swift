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
        makeCurrent()
        let screen = tf_stdscr()
        let columns = min(grid.columnCount, size.columns)
        for row in 0..<min(grid.rowCount, size.rows) {
            if let previous, grid.rowIsEqual(row, in: previous) { continue }
            // Each cell at its own column, from its grapheme's bytes: no string is made, and
            // a cell curses measures otherwise than the grid cannot shift the rest of the row.
            var lookStyle: Style?
            var attributes = CellAttributes().cursesValue
            var colorPair: Int16 = 0
            for column in 0..<columns {
                let cell = grid[row, column]
                if cell.isContinuation { continue }
                if cell.style != lookStyle {
                    let look = theme.look(cell.style)
                    (attributes, colorPair, lookStyle) = (look.attributes.cursesValue, look.colorPair, cell.style)
                }
                var (drawn, width) = CursesCell.make(cell.grapheme, attributes: attributes, colorPair: colorPair)
                // A wide character needs both its cells on screen.
                guard column + width <= size.columns else { break }
                // ERR only for the bottom-right cell, where the cursor cannot advance; the
                // cell is written all the same.
                _ = mvwadd_wch(screen, Int32(row), Int32(column), &drawn)
                // The grid gave it two columns, curses one (a cluster made wide by U+FE0F):
                // its second column is blanked, not left as the last frame had it.
                if width == 1, column + 1 < columns, grid[row, column + 1].isContinuation {
                    var blank = CursesCell.make(Grapheme.space, attributes: attributes, colorPair: colorPair).cell
                    _ = mvwadd_wch(screen, Int32(row), Int32(column + 1), &blank)
                }
            }
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
