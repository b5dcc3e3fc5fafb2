/// How a cell is drawn. Colours are semantic roles, not RGB: the theme of the curses
/// backend maps them to colours, or, under NO_COLOR and on monochrome terminals, to
/// attributes. Nothing may be conveyed by a role alone (ARCHITECTURE: Screens), so views that use a
/// role also choose an attribute or a shape when the meaning matters.
public struct Style: Hashable, Sendable {
    public var bold: Bool
    public var reverse: Bool
    public var underline: Bool
    public var dim: Bool
    public var role: ColorRole?

    public init(bold: Bool = false, reverse: Bool = false, underline: Bool = false,
                dim: Bool = false, role: ColorRole? = nil) {
        self.bold = bold
        self.reverse = reverse
        self.underline = underline
        self.dim = dim
        self.role = role
    }

    public static let plain = Style()
    public static let bold = Style(bold: true)
    public static let reverse = Style(reverse: true)
    public static let underline = Style(underline: true)
    public static let dim = Style(dim: true)
}

/// What a colour means; the theme decides what it looks like.
public enum ColorRole: Hashable, Sendable, CaseIterable {
    /// The one accent colour: focus, selection, titles.
    case accent
    /// Secondary text: counts, hints, the key bar's labels.
    case muted
    /// Something to read before going on: identifying details in a comment, small terminal.
    case warning
}
