/// Pane borders. The focused pane is drawn with heavy lines, so focus is shown by shape,
/// not by colour alone (DESIGN 6: monochrome and NO_COLOR terminals must show it too).
enum Border {
    static func draw(_ grid: inout CellGrid, _ rect: Rect, title: String, focused: Bool) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let (h, v, tl, tr, bl, br) = focused ? ("━", "┃", "┏", "┓", "┗", "┛") : ("─", "│", "┌", "┐", "└", "┘")
        // Bold carries the focus; the accent colour only adds to it where there is colour.
        let style = focused ? Style(bold: true, role: .accent) : Style.plain
        let top = tl + String(repeating: h, count: rect.width - 2) + tr
        let bottom = bl + String(repeating: h, count: rect.width - 2) + br
        grid.write(top, row: rect.row, column: rect.column, style: style)
        grid.write(bottom, row: rect.bottom - 1, column: rect.column, style: style)
        for row in (rect.row + 1)..<(rect.bottom - 1) {
            grid.write(v, row: row, column: rect.column, style: style)
            grid.write(v, row: row, column: rect.right - 1, style: style)
        }
        grid.write(" " + title + " ", row: rect.row, column: rect.column + 1, style: style, maxWidth: rect.width - 2)
    }
}
