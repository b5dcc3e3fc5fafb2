/// A calendar day, `YYYY-MM-DD` (years 2000–2999): the only date an annotation or a session
/// record holds. Never a time of day, so that no record tells when in the day it was written.
/// Checked where it enters (a file, an option, the clock); a value of this type is a real day.
public struct Day: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let rawValue: String

    /// Nil when `value` is not a real day written `YYYY-MM-DD`.
    public init?(_ value: String) {
        guard Self.isValid(value) else { return nil }
        rawValue = value
    }

    static func isValid(_ s: String) -> Bool {
        let b = Array(s.utf8)
        guard b.count == 10, b[4] == 0x2D, b[7] == 0x2D else { return false }
        func number(_ r: Range<Int>) -> Int? {
            var n = 0
            for i in r { guard b[i] >= 0x30, b[i] <= 0x39 else { return nil }; n = n * 10 + Int(b[i] - 0x30) }
            return n
        }
        guard let y = number(0..<4), let m = number(5..<7), let d = number(8..<10),
              (2000...2999).contains(y), (1...12).contains(m) else { return false }
        let leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
        return (1...days).contains(d)
    }

    public var description: String { rawValue }
    /// `YYYY-MM-DD` with fixed widths: the characters' order is the calendar's.
    public static func < (a: Day, b: Day) -> Bool { a.rawValue < b.rawValue }
}

/// A bare JSON string, as in every file taskforce writes.
extension Day: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        guard let day = Day(try container.decode(String.self)) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a day written YYYY-MM-DD")
        }
        self = day
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
