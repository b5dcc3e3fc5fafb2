/// A grid as text, for snapshot tests: each text row is followed by a marker row with one
/// character per column saying how that cell is styled.
///
/// Markers: `.` plain, `b` bold, `r` reverse, `u` underline, `d` dim, `+` more than one of
/// these. A cell with only a colour role shows it in capitals: `A` accent, `M` muted,
/// `W` warning (attributes win over roles, because the monochrome rendering is the one
/// that must carry the meaning). A continuation cell repeats its grapheme's marker, so a
/// marker row is always `columnCount` long even where the text row is shorter.
public struct GridSnapshot: Hashable, Sendable, CustomStringConvertible {
    public let text: [String]
    public let styles: [String]

    /// Rows interleaved: text, then its markers, one per line.
    public var description: String {
        zip(text, styles).map { "\($0)\n\($1)" }.joined(separator: "\n")
    }

    static func marker(for style: Style) -> Character {
        let attributes: [(Bool, Character)] = [
            (style.bold, "b"), (style.reverse, "r"), (style.underline, "u"), (style.dim, "d"),
        ]
        let set = attributes.filter(\.0)
        if set.count > 1 { return "+" }
        if let only = set.first { return only.1 }
        switch style.role {
        case .accent: return "A"
        case .muted: return "M"
        case .warning: return "W"
        case nil: return "."
        }
    }
}
