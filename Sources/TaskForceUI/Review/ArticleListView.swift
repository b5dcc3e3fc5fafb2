import TaskForceCore

/// The list of articles over the whole body (`l`): number and heading, the chosen one
/// marked ▸ and reversed, with the terminal's cursor on it for screen readers.
enum ArticleListView {
    static func draw(_ grid: inout CellGrid, _ model: ReviewModel, selected: Int, in area: Rect) {
        Border.draw(&grid, area, title: text(.screenArticles, model.uiLanguage), focused: true)
        guard let entry = model.currentText else { return }
        let entries = entry.articleText.listEntries(version: model.versionIndex)
        let inner = area.inset(by: 1)
        guard inner.height > 0 else { return }
        let first = SelectableList.firstVisible(selected: selected, height: inner.height)
        for (row, index) in (first..<min(entries.count, first + inner.height)).enumerated() {
            let y = inner.row + row
            let isSelected = index == selected
            let (marker, style) = SelectableList.rowStyle(selected: isSelected)
            SelectableList.drawBackground(&grid, row: y, in: inner, selected: isSelected)
            if isSelected { grid.placeCursor(row: y, column: inner.column) }
            let number = entries[index].number
            let head = marker + number + String(repeating: " ", count: max(1, 6 - DisplayWidth.of(number)))
            let x = inner.column + grid.write(head, row: y, column: inner.column, style: style)
            grid.write(DisplayWidth.truncated(entries[index].heading, to: inner.right - x - 1), row: y, column: x, style: style)
        }
    }
}
