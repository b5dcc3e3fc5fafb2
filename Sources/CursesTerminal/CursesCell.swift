import CNcursesw
import TerminalGrid

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
        make(scalars: character.unicodeScalars, attributes: attributes, colorPair: colorPair)
    }

    /// The cell for a grid cell's grapheme, read from its bytes without making a string
    /// (the painter's path, for every cell of every row that changed).
    static func make(_ grapheme: Grapheme, attributes: attr_t, colorPair: Int16 = 0) -> (cell: cchar_t, width: Int) {
        grapheme.withUTF8 { bytes in
            let scalars = sequence(state: (bytes.makeIterator(), UTF8())) { state -> Unicode.Scalar? in
                if case .scalarValue(let scalar) = state.1.decode(&state.0) { return scalar }
                return nil
            }
            return make(scalars: scalars, attributes: attributes, colorPair: colorPair)
        }
    }

    /// The cell for a cluster's scalars: the first `CCHARW_MAX` of them, in a buffer on the
    /// stack (setcchar reads a NUL-terminated wchar_t string).
    private static func make(scalars: some Sequence<Unicode.Scalar>, attributes: attr_t, colorPair: Int16) -> (cell: cchar_t, width: Int) {
        withUnsafeTemporaryAllocation(of: wchar_t.self, capacity: Int(CCHARW_MAX) + 1) { text in
            var count = 0
            for scalar in scalars where count < Int(CCHARW_MAX) {
                text[count] = wchar_t(bitPattern: scalar.value)
                count += 1
            }
            var width = count == 0 ? 0 : Int(tf_wcwidth(text[0]))
            if width <= 0 {
                text[0] = wchar_t(bitPattern: replacement.value)
                count = 1
                width = Int(tf_wcwidth(text[0]))
            }
            text[count] = 0
            var cell = cchar_t()
            _ = tf_setcchar(&cell, text.baseAddress, attributes, colorPair)
            return (cell, max(width, 1))
        }
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
