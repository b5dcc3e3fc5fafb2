/// Pane borders. The focused pane is drawn with heavy lines, so focus is shown by shape,
/// not by colour alone (ARCHITECTURE: Screens: monochrome and NO_COLOR terminals must show it too).
enum Border {
    static func draw(_ grid: inout CellGrid, _ rect: Rect, title: String, focused: Bool) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let (h, v, tl, tr, bl, br): (Character, Character, Character, Character, Character, Character) =
            focused ? ("━", "┃", "┏", "┓", "┗", "┛") : ("─", "│", "┌", "┐", "└", "┘")
        // Bold carries the focus; the accent colour only adds to it where there is colour.
        let style = focused ? Style(bold: true, role: .accent) : Style.plain
        // Character by character rather than as strings: the same cells, without reading
        // strings grapheme by grapheme at every frame.
        func line(_ left: Character, _ right: Character, row: Int) {
            // As a line written from a column left of the grid: nothing drawn.
            guard rect.column >= 0 else { return }
            let x = rect.column + grid.repeatCharacter(left, count: 1, row: row, column: rect.column, style: style)
            let end = x + grid.repeatCharacter(h, count: rect.width - 2, row: row, column: x, style: style)
            if end == rect.right - 1 { grid.repeatCharacter(right, count: 1, row: row, column: end, style: style) }
        }
        line(tl, tr, row: rect.row)
        line(bl, br, row: rect.bottom - 1)
        for row in (rect.row + 1)..<(rect.bottom - 1) {
            grid.repeatCharacter(v, count: 1, row: row, column: rect.column, style: style)
            grid.repeatCharacter(v, count: 1, row: row, column: rect.right - 1, style: style)
        }
        // A title longer than the border is cut with "…", so that it shows it goes on.
        grid.write(" " + DisplayWidth.truncated(title, to: rect.width - 4) + " ", row: rect.row, column: rect.column + 1,
                   style: style, maxWidth: rect.width - 2)
    }
}
