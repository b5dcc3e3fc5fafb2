/// One terminal cell of the grid.
///
/// A double-width grapheme occupies two cells: the left one holds the grapheme, the right
/// one is a continuation cell (nothing of its own is drawn there; the backend skips it).
public struct Cell: Hashable, Sendable {
    /// One grapheme cluster; a space for blank and continuation cells.
    public internal(set) var character: Character
    public var style: Style
    /// True for the right half of a double-width grapheme.
    public internal(set) var isContinuation: Bool

    public init(_ character: Character = " ", style: Style = .plain) {
        self.character = character
        self.style = style
        self.isContinuation = false
    }

    public static let blank = Cell()

    static func continuation(style: Style) -> Cell {
        var cell = Cell(" ", style: style)
        cell.isContinuation = true
        return cell
    }
}
