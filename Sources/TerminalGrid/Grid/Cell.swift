/// One terminal cell of the grid.
///
/// A double-width grapheme occupies two cells: the left one holds the grapheme, the right
/// one is a continuation cell (nothing of its own is drawn there; the backend skips it).
/// A cell holds no reference (see `Grapheme`), so grids are plain memory.
public struct Cell: Hashable, Sendable {
    /// One grapheme cluster; a space for blank and continuation cells.
    public internal(set) var grapheme: Grapheme
    public var style: Style
    /// True for the right half of a double-width grapheme.
    public internal(set) var isContinuation: Bool

    public init(_ character: Character = " ", style: Style = .plain) {
        self.init(Grapheme(character), style: style)
    }

    public init(_ grapheme: Grapheme, style: Style = .plain) {
        self.grapheme = grapheme
        self.style = style
        self.isContinuation = false
    }

    /// The grapheme as a `Character` (for tests and text output; drawing reads `grapheme`).
    public var character: Character { grapheme.character }

    public static let blank = Cell(Grapheme.space)

    static func continuation(style: Style) -> Cell {
        var cell = Cell(Grapheme.space, style: style)
        cell.isContinuation = true
        return cell
    }
}
