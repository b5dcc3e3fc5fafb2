/// The terminal's size in cells, as the model knows it: `update` needs it to tell what a
/// mouse click points at (the panes depend on the size, see `ReviewLayout`).
public struct ScreenSize: Hashable, Sendable {
    public var columns: Int
    public var rows: Int

    public init(columns: Int, rows: Int) {
        self.columns = columns
        self.rows = rows
    }
}
