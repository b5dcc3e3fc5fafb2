/// A rectangle of terminal cells: where a view or widget may draw.
/// Columns and rows count from 0 at the top left, like the grid.
public struct Rect: Hashable, Sendable {
    public var column: Int
    public var row: Int
    public var width: Int
    public var height: Int

    public init(column: Int, row: Int, width: Int, height: Int) {
        self.column = column
        self.row = row
        // A negative size would make every loop over the rect misbehave; clamp it once here.
        self.width = max(0, width)
        self.height = max(0, height)
    }

    /// First column to the right of the rect.
    public var right: Int { column + width }
    /// First row below the rect.
    public var bottom: Int { row + height }
    public var isEmpty: Bool { width == 0 || height == 0 }

    public func contains(row r: Int, column c: Int) -> Bool {
        r >= row && r < bottom && c >= column && c < right
    }

    /// The cells both rects cover (empty when they do not overlap).
    public func intersection(_ other: Rect) -> Rect {
        let left = max(column, other.column)
        let top = max(row, other.row)
        let r = min(right, other.right)
        let b = min(bottom, other.bottom)
        guard r > left, b > top else { return Rect(column: left, row: top, width: 0, height: 0) }
        return Rect(column: left, row: top, width: r - left, height: b - top)
    }

    /// The rect shrunk by `amount` on every side (a border, a margin).
    public func inset(by amount: Int) -> Rect {
        Rect(column: column + amount, row: row + amount,
             width: width - 2 * amount, height: height - 2 * amount)
    }
}
