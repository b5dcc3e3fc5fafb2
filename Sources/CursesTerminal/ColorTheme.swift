import CNcursesw
import TerminalGrid

/// How a cell is drawn on this terminal: the attributes, and a colour pair (0: none).
public struct CellLook: Hashable, Sendable {
    public var attributes: CellAttributes
    public var colorPair: Int16

    public init(attributes: CellAttributes, colorPair: Int16 = 0) {
        self.attributes = attributes
        self.colorPair = colorPair
    }
}

/// The colours of the colour roles (ARCHITECTURE: Screens: calm colours, one accent). Colour is only
/// ever added on top of the attributes that carry the meaning without it; `monochrome`
/// (no colours, or `NO_COLOR` set) draws exactly the attributes.
public enum ColorTheme: Hashable, Sendable {
    case monochrome
    /// Colours on the terminal's own background; `colors` is how many it has.
    case gentle(colors: Int)

    /// Colour only when the terminal has it and the person did not ask for none: per
    /// no-color.org, a `NO_COLOR` that is present and not empty, whatever its value.
    public static func choose(hasColors: Bool, colors: Int, noColor: String?) -> ColorTheme {
        guard hasColors, colors >= 8, noColor?.isEmpty ?? true else { return .monochrome }
        return .gentle(colors: colors)
    }

    /// The colour pair number of each role (pair 0 is the terminal's default).
    static let pairs: [ColorRole: Int16] = [.accent: 1, .muted: 2, .warning: 3]

    /// A role's foreground colour: mid tones from the 256-colour palette that read on a
    /// dark and on a light background; the basic colours on 8- and 16-colour terminals,
    /// where muted has no calm grey and stays uncoloured.
    public func foreground(_ role: ColorRole) -> Int16? {
        guard case .gentle(let colors) = self else { return nil }
        let rich = colors >= 256
        switch role {
        case .accent: return rich ? 31 : Int16(COLOR_CYAN)     // steel blue
        case .muted: return rich ? 244 : nil                    // grey
        case .warning: return rich ? 166 : Int16(COLOR_RED)    // dark orange
        }
    }

    /// The look of a style: always the attributes (`CursesScreen.attributes`), plus the
    /// role's colour pair when this theme has colours.
    public func look(_ style: Style) -> CellLook {
        let attributes = CursesScreen.attributes(style)
        guard let role = style.role, foreground(role) != nil, let pair = Self.pairs[role] else {
            return CellLook(attributes: attributes)
        }
        return CellLook(attributes: attributes, colorPair: pair)
    }

    /// Starts curses colours and defines the pairs (the current screen's).
    func install() {
        guard case .gentle = self else { return }
        start_color()
        use_default_colors()  // -1: the terminal's own background, not a painted one
        for (role, pair) in Self.pairs {
            if let colour = foreground(role) { init_pair(pair, colour, -1) }
        }
    }
}
