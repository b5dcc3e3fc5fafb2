import Testing
@testable import TaskForceUI

/// How the composer's boxes break lines: between words when possible, and the cursor
/// always lands on a visible cell.
struct EditorWrapTests {
    static func pieces(_ line: String, _ width: Int) -> [String] {
        let characters = Array(line)
        return ComposerView.wrap(characters, width: width).map { String(characters[$0]) }
    }

    @Test(arguments: [
        ("", 10, [""]),
        ("un deux trois", 20, ["un deux trois"]),
        ("un deux trois", 8, ["un deux ", "trois"]),
        ("anticonstitutionnellement", 10, ["anticonsti", "tutionnell", "ement"]),
        ("à é", 3, ["à é"]),
        ("会議テスト", 4, ["会議", "テス", "ト"]),
        ("a 会議", 3, ["a ", "会", "議"]),
    ])
    func breaksBetweenWords(_ line: String, _ width: Int, _ expected: [String]) {
        #expect(Self.pieces(line, width) == expected)
    }

    /// The cursor at the end of a full line goes to the start of the next visual line,
    /// inside the box, never over its border.
    @Test func cursorAtTheEndOfAFullLineIsInsideTheBox() {
        var grid = CellGrid(columns: 12, rows: 4)
        var editor = TextEditor("")
        for c in "abcdefghij" { editor.apply(.character(c)) }  // exactly the box width (12 - 2)
        ComposerView.drawEditor(&grid, editor, focused: true, placeholder: nil, in: Rect(column: 0, row: 0, width: 12, height: 4))
        #expect(grid.rows(trimmingTrailingSpaces: true)[0] == " abcdefghij")
        #expect(grid[1, 1].style.reverse, "the cursor starts the next line")
    }
}
