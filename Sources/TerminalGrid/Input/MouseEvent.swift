/// A mouse button press or a turn of the wheel, at a cell of the screen (0-based, the
/// grid's own coordinates). Only what the review screen uses: a left click and the wheel.
public struct MouseEvent: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case click, wheelUp, wheelDown
    }

    public var kind: Kind
    public var column: Int
    public var row: Int

    public init(_ kind: Kind, column: Int, row: Int) {
        self.kind = kind
        self.column = column
        self.row = row
    }
}
