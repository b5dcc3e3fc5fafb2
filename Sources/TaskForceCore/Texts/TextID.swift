/// A text's id, the first part of its file names (`demo-travail-du-sexe` in
/// `demo-travail-du-sexe.fr.txt`): lowercase ASCII letters, digits and `-`, never empty.
/// Checked once, where it enters (a file name, an annotation, an option), so that a value
/// of this type is always one; annotation files add a length limit (`AnnotationRules`).
public struct TextID: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let rawValue: String

    /// Nil when `value` is not a text id.
    public init?(_ value: String) {
        guard Self.isValid(value) else { return nil }
        rawValue = value
    }

    static func isValid(_ id: String) -> Bool {
        !id.isEmpty && id.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D }
    }

    public var description: String { rawValue }
    /// As their characters: the order text lists and file listings have always had.
    public static func < (a: TextID, b: TextID) -> Bool { a.rawValue < b.rawValue }
}

/// A bare JSON string, as in every file taskforce writes.
extension TextID: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        guard let id = TextID(try container.decode(String.self)) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a text id")
        }
        self = id
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
