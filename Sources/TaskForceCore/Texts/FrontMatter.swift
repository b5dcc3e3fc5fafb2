/// The optional `---` … `---` block of `key: value` lines that opens a text file
/// (ARCHITECTURE: Texts): `title`, `source`, `date`, `status`, and whatever else converters add.
enum FrontMatter {
    /// If the first non-blank line is `---`, the pairs and the index of the line after the
    /// closing `---` (or `...`). An unclosed block is not front matter: nothing is hidden.
    static func read(_ lines: [LineBytes]) -> (pairs: [(key: String, value: String)], next: Int)? {
        var first = 0
        while first < lines.count, lines[first].isBlank { first += 1 }
        guard first < lines.count, lines[first].string == "---" else { return nil }
        var pairs: [(key: String, value: String)] = []
        var i = first + 1
        while i < lines.count {
            let text = lines[i].string
            if text == "---" || text == "..." { return (pairs, i + 1) }
            if let colon = text.firstIndex(of: ":") {
                let key = text[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
                var value = text[text.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                if value.count >= 2, let q = value.first, q == "\"" || q == "'", value.last == q {
                    value = String(value.dropFirst().dropLast())
                }
                if !key.isEmpty { pairs.append((key, value)) }
            }
            i += 1
        }
        return nil
    }
}
