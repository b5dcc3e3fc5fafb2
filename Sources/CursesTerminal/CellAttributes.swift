import CNcursesw

/// How a cell is emphasised. Three attributes every terminal has, so the
/// interface stays readable without colour (`NO_COLOR`, monochrome: ARCHITECTURE: Screens).
public struct CellAttributes: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let bold = CellAttributes(rawValue: 1 << 0)
    public static let reverse = CellAttributes(rawValue: 1 << 1)
    public static let underline = CellAttributes(rawValue: 1 << 2)

    /// The same attributes as curses bits (the A_* macros, through the shim).
    var cursesValue: attr_t {
        var bits = tf_a_normal()
        if contains(.bold) { bits |= tf_a_bold() }
        if contains(.reverse) { bits |= tf_a_reverse() }
        if contains(.underline) { bits |= tf_a_underline() }
        return bits
    }
}
