import Testing
@testable import TerminalGrid

@Suite struct GridTests {
    @Test func writeReturnsColumnsUsed() {
        var grid = CellGrid(columns: 10, rows: 1)
        #expect(grid.write("Art. 5", row: 0, column: 0) == 6)
        #expect(grid.write("été", row: 0, column: 7) == 3)
        #expect(grid.rows() == ["Art. 5 été"])
    }

    @Test func clipsAtTheRightEdge() {
        var grid = CellGrid(columns: 5, rows: 1)
        #expect(grid.write("abcdefg", row: 0, column: 0) == 5)
        #expect(grid.rows() == ["abcde"])
    }

    @Test func clipsAtMaxWidth() {
        var grid = CellGrid(columns: 6, rows: 1)
        #expect(grid.write("abcdef", row: 0, column: 1, maxWidth: 3) == 3)
        #expect(grid.rows() == [" abc  "])
    }

    @Test func outsideTheGridWritesNothing() {
        var grid = CellGrid(columns: 3, rows: 1)
        #expect(grid.write("abc", row: 1, column: 0) == 0)
        #expect(grid.write("abc", row: 0, column: 3) == 0)
        #expect(grid.write("abc", row: 0, column: -1) == 0)
        #expect(grid.rows() == ["   "])
    }

    /// `repeatCharacter` leaves the grid as writing the repeated string would, clipped
    /// the same way at the edges, over a wide character it cuts, and outside the grid.
    @Test func repeatCharacterIsWriteOfTheRepeatedString() {
        for (row, column, count) in [(0, 0, 3), (0, 2, 9), (1, 5, 2), (0, 7, 1), (0, -1, 3), (2, 0, 3), (0, 1, 0), (1, 0, -2)] {
            var written = CellGrid(columns: 7, rows: 2)
            written.write("会議会", row: 1, column: 0)
            var repeated = written
            let style = Style(bold: true, role: .accent)
            let used = written.write(String(repeating: "━", count: max(0, count)), row: row, column: column, style: style)
            #expect(repeated.repeatCharacter("━", count: count, row: row, column: column, style: style) == used)
            #expect(repeated == written, "row \(row), column \(column), count \(count)")
        }
    }

    @Test func doubleWidthTakesTwoCells() {
        var grid = CellGrid(columns: 4, rows: 1)
        #expect(grid.write("会議", row: 0, column: 0) == 4)
        #expect(grid.rows() == ["会議"])
        #expect(grid[0, 0].character == "会")
        #expect(grid[0, 1].isContinuation)
        #expect(!grid[0, 2].isContinuation)
        #expect(grid[0, 3].isContinuation)
    }

    @Test func doubleWidthAtTheLastColumnBecomesASpace() {
        var grid = CellGrid(columns: 5, rows: 1)
        #expect(grid.write("abcd会", row: 0, column: 0) == 5)
        #expect(grid.rows() == ["abcd "])
        #expect(grid[0, 4].character == " ")
        #expect(!grid[0, 4].isContinuation)
    }

    @Test func doubleWidthStraddlingMaxWidthIsNotSplit() {
        var grid = CellGrid(columns: 6, rows: 1)
        grid.fill(grid.bounds, style: .plain)
        #expect(grid.write("a会b", row: 0, column: 0, style: .reverse, maxWidth: 2) == 2)
        #expect(grid.rows() == ["a     "])
        #expect(grid.snapshot().styles == ["rr...."])
    }

    @Test func settingALastColumnWideCellStoresASpace() {
        var grid = CellGrid(columns: 3, rows: 1)
        grid[0, 2] = Cell("会")
        #expect(grid.rows() == ["   "])
        grid[0, 1] = Cell("会")
        #expect(grid.rows() == [" 会"])
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var grid = CellGrid(columns: 4, rows: 1)
        grid.write("会議", row: 0, column: 0)
        grid.write("x", row: 0, column: 1)
        #expect(grid.rows() == [" x議"])
        grid.write("y", row: 0, column: 2)
        #expect(grid.rows() == [" xy "])
        #expect((0..<4).allSatisfy { !grid[0, $0].isContinuation })
    }

    @Test func wideOverWideShiftedByOne() {
        var grid = CellGrid(columns: 6, rows: 1)
        grid.write("会議", row: 0, column: 0)
        grid.write("한", row: 0, column: 1)
        #expect(grid.rows() == [" 한   "])
    }

    @Test func fillCutsWideCharactersAtItsEdges() {
        var grid = CellGrid(columns: 6, rows: 1)
        grid.write("会議は", row: 0, column: 0)
        grid.fill(Rect(column: 1, row: 0, width: 2, height: 1), style: .dim)
        #expect(grid.rows() == ["    は"])
        #expect(grid.snapshot().styles == [".dd..."])
    }

    /// `fill` leaves the grid as setting each of its cells one by one does, wherever the
    /// wide characters it covers or cuts are.
    @Test func fillIsEachCellSetInTurn() {
        for column in 0..<7 {
            for width in 0...(7 - column) {
                var filled = CellGrid(columns: 7, rows: 2)
                filled.write("a会議会", row: 0, column: 0)
                filled.write("会議会", row: 1, column: 0, style: .bold)
                var cellByCell = filled
                let rect = Rect(column: column, row: 0, width: width, height: 2)
                filled.fill(rect, style: .dim)
                for r in 0..<2 {
                    for c in column..<(column + width) { cellByCell[r, c] = Cell(" ", style: .dim) }
                }
                #expect(filled == cellByCell, "column \(column), width \(width)")
            }
        }
    }

    @Test func combiningMarksStayInTheirCell() {
        var grid = CellGrid(columns: 4, rows: 1)
        #expect(grid.write("e\u{301}t\u{E9}", row: 0, column: 0) == 3)
        #expect(grid[0, 0].character.unicodeScalars.count == 2)
        #expect(grid.write("\u{301}", row: 0, column: 3) == 0)
    }

    @Test func rowsKeepOrTrimTrailingSpaces() {
        var grid = CellGrid(columns: 5, rows: 2)
        grid.write("ab", row: 0, column: 0)
        #expect(grid.rows() == ["ab   ", "     "])
        #expect(grid.rows(trimmingTrailingSpaces: true) == ["ab", ""])
    }

    @Test func fillIsClippedToTheGrid() {
        var grid = CellGrid(columns: 3, rows: 2)
        grid.fill(Rect(column: 1, row: 1, width: 10, height: 10), style: .underline)
        #expect(grid.snapshot().styles == ["...", ".uu"])
    }

    @Test func snapshotFormat() {
        var grid = CellGrid(columns: 8, rows: 3)
        grid.write("Art.", row: 0, column: 0, style: .bold)
        grid.write("会", row: 0, column: 5, style: .reverse)
        grid.write("ok", row: 1, column: 0, style: Style(role: .accent))
        grid.write("!", row: 1, column: 3, style: Style(bold: true, role: .warning))
        grid.write("v", row: 1, column: 5, style: Style(reverse: true, underline: true))
        grid.write("tu", row: 2, column: 0, style: .underline)
        grid.write("d", row: 2, column: 3, style: .dim)
        grid.write("m", row: 2, column: 5, style: Style(role: .muted))
        grid.write("w", row: 2, column: 6, style: Style(role: .warning))
        let snapshot = grid.snapshot()
        #expect(snapshot.text == ["Art. 会 ", "ok ! v  ", "tu d mw "])
        #expect(snapshot.styles == ["bbbb.rr.", "AA.b.+..", "uu.d.MW."])
        #expect(snapshot.description == [
            "Art. 会 ", "bbbb.rr.", "ok ! v  ", "AA.b.+..", "tu d mw ", "uu.d.MW.",
        ].joined(separator: "\n"))
    }

    @Test func rectIntersection() {
        let a = Rect(column: 0, row: 0, width: 10, height: 5)
        #expect(a.intersection(Rect(column: 8, row: 3, width: 5, height: 5)) == Rect(column: 8, row: 3, width: 2, height: 2))
        #expect(a.intersection(Rect(column: 10, row: 0, width: 5, height: 5)).isEmpty)
        #expect(a.inset(by: 1) == Rect(column: 1, row: 1, width: 8, height: 3))
        #expect(Rect(column: 0, row: 0, width: -3, height: 2).isEmpty)
    }
}
