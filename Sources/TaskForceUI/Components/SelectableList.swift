/// A list with one row selected: the texts of the chooser, the articles of the reader and
/// of the dashboard, the comments of the notes. Its update moves the selection within the
/// list; its view says which rows a window shows and draws a row selected or not. Each
/// screen keeps only the index (`textIndex`, `articleIndex`, `NotesPane.selected`): the rows
/// themselves are the model's (texts, articles, comments that arrive while the list is
/// open), so a copy of their count here would go stale (docs/ARCHITECTURE.md, Components).
enum SelectableList {
    /// How a key moves the selection.
    enum Move: Sendable, Equatable { case up, down, pageUp, pageDown, top, bottom }

    /// The rows a page key jumps by where the window's height is not at hand.
    static let page = 10

    /// The selection after `move`, kept within the list (0 for an empty list).
    static func moved(_ selected: Int, _ move: Move, count: Int, page: Int = page) -> Int {
        let target = switch move {
        case .up: selected - 1
        case .down: selected + 1
        case .pageUp: selected - page
        case .pageDown: selected + page
        case .top: 0
        case .bottom: count - 1
        }
        return min(max(0, target), max(0, count - 1))
    }

    /// The first row shown in a window of `height` rows: the list scrolls by whole pages, so
    /// rows do not shift under the eye on every move, and the selected row is always shown.
    static func firstVisible(selected: Int, height: Int) -> Int {
        let page = max(1, height)
        return (max(0, selected) / page) * page
    }

    /// The style and the marker of a row: the selected one is reversed and bold and starts
    /// with ▸, so that it is told by more than colour (and by a screen reader's "▸").
    static func rowStyle(selected: Bool) -> (marker: String, style: Style) {
        selected ? ("▸ ", Style(bold: true, reverse: true)) : ("  ", .plain)
    }

    /// Fills row `y` of `area` in the row's style, so the selection spans the whole width.
    static func drawBackground(_ grid: inout CellGrid, row y: Int, in area: Rect, selected: Bool) {
        grid.fill(Rect(column: area.column, row: y, width: area.width, height: 1), style: rowStyle(selected: selected).style)
    }
}

/// How far a long page is scrolled: the help page, an article's text, the digest preview.
/// The first line shown, kept between the top and `limit`.
enum ScrollPosition {
    static func scrolled(_ first: Int, _ move: SelectableList.Move, page: Int, limit: Int = .max) -> Int {
        let target = switch move {
        case .up: first - 1
        case .down: first + 1
        case .pageUp: first - page
        case .pageDown: first + page
        case .top: 0
        case .bottom: limit
        }
        return min(max(0, target), max(0, limit))
    }
}
