import CNcursesw

/// One grapheme cluster as a curses wide-character cell (`cchar_t`), and back.
///
/// A cell holds a spacing character followed by at most `CCHARW_MAX - 1`
/// combining ones, so "é" written as e + U+0301 stays one cell.
enum CursesCell {
    /// Drawn instead of a grapheme curses cannot place (control or zero-width
    /// start). The sanitizer upstream should have replaced it already; this
    /// only keeps the columns aligned if it did not.
    static let replacement: Unicode.Scalar = "\u{FFFD}"

    /// The cell for `character` and the number of columns it takes (1 or 2).
    static func make(_ character: Character, attributes: attr_t, colorPair: Int16 = 0) -> (cell: cchar_t, width: Int) {
        var scalars = Array(character.unicodeScalars.prefix(Int(CCHARW_MAX)))
        var width = Int(tf_wcwidth(wchar_t(scalars[0].value)))
        if width <= 0 {
            scalars = [replacement]
            width = Int(tf_wcwidth(wchar_t(replacement.value)))
        }
        // setcchar reads a NUL-terminated wchar_t string.
        let text = scalars.map { wchar_t(bitPattern: $0.value) } + [0]
        var cell = cchar_t()
        _ = text.withUnsafeBufferPointer { tf_setcchar(&cell, $0.baseAddress, attributes, colorPair) }
        return (cell, max(width, 1))
    }

    /// The characters a cell holds (what `getcchar` returns), as a string.
    static func text(of cell: cchar_t) -> String {
        var cell = cell
        var characters = [wchar_t](repeating: 0, count: Int(CCHARW_MAX) + 1)
        var attributes: attr_t = 0
        var pair: Int16 = 0
        guard getcchar(&cell, &characters, &attributes, &pair, nil) == OK else { return "" }
        var scalars = String.UnicodeScalarView()
        for value in characters.prefix(while: { $0 != 0 }) {
            if let scalar = Unicode.Scalar(UInt32(bitPattern: value)) { scalars.append(scalar) }
        }
        return String(scalars)
    }
}
