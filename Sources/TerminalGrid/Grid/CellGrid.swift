/// The screen as views draw it: `columnCount × rowCount` cells of one grapheme and a style.
/// Views write into a grid; the curses backend copies it to the terminal; tests compare
/// its `rows()` and `snapshot()` with what a participant should see.
///
/// Invariant: a continuation cell always sits right of a double-width grapheme cell, and a
/// double-width grapheme never sits in the last column. Every mutation keeps it, so a
/// half of a wide character can never reach the terminal.
public struct CellGrid: Hashable, Sendable {
    public let columnCount: Int
    public let rowCount: Int
    private var cells: [Cell]
    /// Where the terminal's cursor goes after the grid is shown: the focus (the selected
    /// row, the editing point), so that a screen reader or a braille display, which follow
    /// the cursor, read what has the focus. Nil leaves it where drawing ended.
    public var cursor: CursorPosition?

    public init(columns: Int, rows: Int) {
        columnCount = max(0, columns)
        rowCount = max(0, rows)
        cells = Array(repeating: .blank, count: columnCount * rowCount)
    }

    public var bounds: Rect { Rect(column: 0, row: 0, width: columnCount, height: rowCount) }

    /// Whether `row` holds the same cells here and in `other` (grids of the same width).
    public func rowIsEqual(_ row: Int, in other: CellGrid) -> Bool {
        guard other.columnCount == columnCount, other.rowCount > row, rowCount > row else { return false }
        // Through buffer pointers: comparing array slices copied every cell, 12,000 cells at
        // each frame the terminal is painted.
        let range = (row * columnCount)..<((row + 1) * columnCount)
        return cells.withUnsafeBufferPointer { mine in
            other.cells.withUnsafeBufferPointer { theirs in
                range.allSatisfy { mine[$0] == theirs[$0] }
            }
        }
    }

    /// Blanks every box-drawing character (U+2500 to U+257F), keeping its style: the reading
    /// mode's screens have no frames, so a screen reader reads each line as words only.
    public mutating func eraseBoxDrawing() {
        for i in cells.indices where !cells[i].isContinuation {
            // Box drawing characters are one scalar of three bytes.
            let grapheme = cells[i].grapheme
            guard grapheme.utf8Count == 3, (0x2500...0x257F).contains(grapheme.firstScalar.value) else { continue }
            cells[i].grapheme = .space
        }
    }

    /// Reading is free; writing a single cell goes through `put`, so that overwriting
    /// either half of a wide character blanks the other half.
    public subscript(row: Int, column: Int) -> Cell {
        get {
            precondition(bounds.contains(row: row, column: column), "cell (\(row), \(column)) outside the grid")
            return cells[row * columnCount + column]
        }
        set {
            precondition(bounds.contains(row: row, column: column), "cell (\(row), \(column)) outside the grid")
            precondition(!newValue.isContinuation, "continuation cells are made by write(), not set")
            put(newValue, wide: DisplayWidth.of(newValue.character) == 2, row: row, column: column)
        }
    }

    /// Writes one line of text from (`row`, `column`), at most `maxWidth` columns (to the
    /// right edge when nil), and returns the number of columns used. Clips at the limit and
    /// never splits a double-width grapheme: one that does not fit leaves a space in the
    /// last free cell. Zero-width clusters (a lone combining mark, a control) draw nothing;
    /// text is expected to be sanitized (`Sanitizer`) and single-line.
    @discardableResult
    public mutating func write(_ text: String, row: Int, column: Int,
                               style: Style = .plain, maxWidth: Int? = nil) -> Int {
        guard row >= 0, row < rowCount, column >= 0, column < columnCount else { return 0 }
        let limit = min(columnCount, column + max(0, maxWidth ?? columnCount))
        var x = column
        DisplayWidth.forEachCluster(in: text) { grapheme, width, _ in
            if width == 0 { return true }
            if x + width > limit {
                // A wide grapheme that would straddle the limit: fill the half cell instead.
                if x < limit {
                    put(Cell(Grapheme.space, style: style), wide: false, row: row, column: x)
                    x += 1
                }
                return false
            }
            put(Cell(grapheme, style: style), wide: width == 2, row: row, column: x)
            x += width
            return true
        }
        return x - column
    }

    /// Writes `character`, which must be one column wide, `count` times from (`row`,
    /// `column`) and returns the number of columns used: what `write` does with the string
    /// of `count` such characters, clipped the same way, without reading a string grapheme
    /// by grapheme (the lines of every border, at every frame).
    @discardableResult
    public mutating func repeatCharacter(_ character: Character, count: Int, row: Int, column: Int,
                                         style: Style = .plain) -> Int {
        precondition(DisplayWidth.of(character) == 1, "repeatCharacter draws one-column characters only")
        guard row >= 0, row < rowCount, column >= 0, column < columnCount else { return 0 }
        let end = min(columnCount, column + max(0, count))
        putRun(Cell(character, style: style), row: row, columns: column..<end)
        return end - column
    }

    /// Blanks every cell of `rect` (clipped to the grid) with `style`: backgrounds,
    /// selection bars, clearing a pane before drawing it.
    public mutating func fill(_ rect: Rect, style: Style = .plain) {
        let area = rect.intersection(bounds)
        guard !area.isEmpty else { return }
        for r in area.row..<area.bottom {
            putRun(Cell(Grapheme.space, style: style), row: r, columns: area.column..<area.right)
        }
    }

    /// The text of each row, continuation cells skipped. Trailing spaces are kept by
    /// default (columns line up), or trimmed for readable test expectations.
    public func rows(trimmingTrailingSpaces: Bool = false) -> [String] {
        (0..<rowCount).map { r in
            var bytes: [UInt8] = []
            bytes.reserveCapacity(columnCount)
            for c in 0..<columnCount {
                let cell = cells[r * columnCount + c]
                if !cell.isContinuation { cell.grapheme.withUTF8 { bytes.append(contentsOf: $0) } }
            }
            if trimmingTrailingSpaces {
                while bytes.last == UInt8(ascii: " ") { bytes.removeLast() }
            }
            return String(decoding: bytes, as: UTF8.self)
        }
    }

    /// Text rows and style marker rows, for grid snapshot tests (see `GridSnapshot`).
    public func snapshot() -> GridSnapshot {
        let markers = (0..<rowCount).map { r in
            String((0..<columnCount).map { c in GridSnapshot.marker(for: cells[r * columnCount + c].style) })
        }
        return GridSnapshot(text: rows(), styles: markers)
    }

    // MARK: - Keeping wide characters whole

    /// Stores the one-column `cell` in each of `columns` (inside the grid) of `row`: what
    /// `put` cell by cell leaves, with the checks for wide characters cut only at the two
    /// ends of the run, since the cells inside it are all overwritten.
    private mutating func putRun(_ cell: Cell, row: Int, columns: Range<Int>) {
        guard !columns.isEmpty else { return }
        let base = row * columnCount
        // Cutting the right half of a wide character on the run's left.
        if cells[base + columns.lowerBound].isContinuation, columns.lowerBound > 0 {
            cells[base + columns.lowerBound - 1] = Cell(Grapheme.space, style: cells[base + columns.lowerBound - 1].style)
        }
        // Cutting the left half of a wide character on its right.
        if columns.upperBound < columnCount, cells[base + columns.upperBound].isContinuation {
            cells[base + columns.upperBound] = Cell(Grapheme.space, style: cells[base + columns.upperBound].style)
        }
        for c in columns { cells[base + c] = cell }
    }

    /// Stores `cell` at (row, column), and its continuation when `wide`, after blanking
    /// whatever wide character it would cut in half. Blanked halves keep their style so
    /// that a reverse-video bar stays continuous.
    private mutating func put(_ cell: Cell, wide: Bool, row: Int, column: Int) {
        if wide && column + 1 >= columnCount {
            // No room for the right half: a space rather than half a character.
            put(Cell(Grapheme.space, style: cell.style), wide: false, row: row, column: column)
            return
        }
        let base = row * columnCount
        let last = wide ? column + 1 : column
        // Cutting the right half of a wide character on our left.
        if cells[base + column].isContinuation, column > 0 {
            cells[base + column - 1] = Cell(Grapheme.space, style: cells[base + column - 1].style)
        }
        // Cutting the left half of a wide character on our right.
        if last + 1 < columnCount, cells[base + last + 1].isContinuation {
            cells[base + last + 1] = Cell(Grapheme.space, style: cells[base + last + 1].style)
        }
        cells[base + column] = cell
        if wide { cells[base + column + 1] = .continuation(style: cell.style) }
    }
}
