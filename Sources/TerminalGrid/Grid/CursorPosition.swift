/// A cell of the grid where the terminal's cursor is put (`CellGrid.cursor`).
public struct CursorPosition: Hashable, Sendable {
    public var row: Int
    public var column: Int

    public init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }
}

extension CellGrid {
    /// Puts the cursor at (`row`, `column`) when that cell is inside the grid.
    public mutating func placeCursor(row: Int, column: Int) {
        guard bounds.contains(row: row, column: column) else { return }
        cursor = CursorPosition(row: row, column: column)
    }
}
