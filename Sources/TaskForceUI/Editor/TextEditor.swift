/// A multi-line text being typed (the composer's comment and proposed wording): the
/// text as grapheme clusters and a cursor. Pure value with table-tested editing, in the
/// spirit of Bubble Tea's textarea. Accents, double-width characters and pasted runs are
/// just more characters; widths only matter when the view wraps the lines.
public struct TextEditor: Sendable, Equatable {
    /// The text, one array of characters per line.
    public private(set) var lines: [[Character]]
    public private(set) var row = 0
    public private(set) var column = 0

    public init(_ text: String = "") {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0) }
        if lines.isEmpty { lines = [[]] }
        row = lines.count - 1
        column = lines[row].count
    }

    public var text: String { lines.map { String($0) }.joined(separator: "\n") }
    public var isBlank: Bool { lines.allSatisfy { $0.allSatisfy(\.isWhitespace) } }

    /// Applies one key; returns false when the key is not an editing key.
    @discardableResult
    public mutating func apply(_ key: Key) -> Bool {
        switch key {
        case .character(let c): insert(c)
        case .enter: newline()
        case .backspace: backspace()
        case .delete: deleteForward()
        case .left: moveLeft()
        case .right: moveRight()
        case .up: moveVertically(-1)
        case .down: moveVertically(1)
        case .home, .control("a"): column = 0
        case .end, .control("e"): column = lines[row].count
        case .control("b"): moveWord(-1)
        case .control("f"): moveWord(1)
        case .control("w"): deleteWordBackward()
        default: return false
        }
        return true
    }

    mutating func insert(_ c: Character) {
        if c == "\n" { newline(); return }
        lines[row].insert(c, at: column)
        column += 1
    }

    mutating func newline() {
        let rest = Array(lines[row][column...])
        lines[row].removeSubrange(column...)
        lines.insert(rest, at: row + 1)
        row += 1
        column = 0
    }

    mutating func backspace() {
        if column > 0 {
            lines[row].remove(at: column - 1)
            column -= 1
        } else if row > 0 {
            // Join with the previous line.
            let current = lines.remove(at: row)
            row -= 1
            column = lines[row].count
            lines[row] += current
        }
    }

    mutating func deleteForward() {
        if column < lines[row].count {
            lines[row].remove(at: column)
        } else if row + 1 < lines.count {
            lines[row] += lines.remove(at: row + 1)
        }
    }

    mutating func moveLeft() {
        if column > 0 { column -= 1 } else if row > 0 { row -= 1; column = lines[row].count }
    }

    mutating func moveRight() {
        if column < lines[row].count { column += 1 } else if row + 1 < lines.count { row += 1; column = 0 }
    }

    mutating func moveVertically(_ delta: Int) {
        let target = row + delta
        guard lines.indices.contains(target) else { return }
        row = target
        column = min(column, lines[row].count)
    }

    /// To the start of the previous word or past the end of the next one, within the line.
    mutating func moveWord(_ direction: Int) {
        let line = lines[row]
        if direction < 0 {
            while column > 0, line[column - 1].isWhitespace { column -= 1 }
            while column > 0, !line[column - 1].isWhitespace { column -= 1 }
        } else {
            while column < line.count, line[column].isWhitespace { column += 1 }
            while column < line.count, !line[column].isWhitespace { column += 1 }
        }
    }

    mutating func deleteWordBackward() {
        let end = column
        moveWord(-1)
        lines[row].removeSubrange(column..<end)
    }
}
