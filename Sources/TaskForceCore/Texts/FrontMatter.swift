/// The optional `---` … `---` block of `key: value` lines that opens a text file
/// (ARCHITECTURE: Texts): `title`, `source`, `date`, `status`, and whatever else converters add.
enum FrontMatter {
    /// If the first non-blank line is `---`, the pairs and the index of the line after the
    /// closing `---` (or `...`). An unclosed block is not front matter: nothing is hidden.
    /// `lines` are the text's `TextLines`, found in `text`.
    static func read(_ lines: TextLines, in text: TextBytes) -> (pairs: [(key: String, value: String)], next: Int)? {
        func string(_ i: Int) -> String { lines.line(i, in: text).string }
        var first = 0
        while first < lines.count, lines.line(first, in: text).isBlank { first += 1 }
        guard first < lines.count, string(first) == "---" else { return nil }
        var pairs: [(key: String, value: String)] = []
        var i = first + 1
        while i < lines.count {
            let text = string(i)
            if text == "---" || text == "..." { return (pairs, i + 1) }
            if let colon = text.firstIndex(of: ":") {
                let key = trimmingSpaces(text[..<colon]).lowercased()
                var value = trimmingSpaces(text[text.index(after: colon)...])
                if value.count >= 2, let q = value.first, q == "\"" || q == "'", value.last == q {
                    value = String(value.dropFirst().dropLast())
                }
                if !key.isEmpty { pairs.append((key, value)) }
            }
            i += 1
        }
        return nil
    }

    /// Without the spaces at both ends: tab and the space separators (Unicode's Zs), what
    /// Foundation's `CharacterSet.whitespaces` holds. Foundation's own trimming set up its
    /// character sets at the first call, a tenth of a millisecond of every `parse`.
    static func trimmingSpaces(_ text: Substring) -> String {
        func isSpace(_ c: Unicode.Scalar) -> Bool { c == "\t" || c.properties.generalCategory == .spaceSeparator }
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpace($0) }),
              let last = scalars.lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(scalars[first...last])
    }
}
