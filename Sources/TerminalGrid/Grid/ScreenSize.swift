/// The terminal's size in cells: as curses sees it, and as the model knows it (`update`
/// needs it to tell what a mouse click points at; the panes depend on it, see `ReviewLayout`).
public struct ScreenSize: Hashable, Sendable, CustomStringConvertible {
    public var columns: Int
    public var rows: Int

    public init(columns: Int, rows: Int) {
        self.columns = columns
        self.rows = rows
    }

    public var description: String { "\(columns)x\(rows)" }
}
