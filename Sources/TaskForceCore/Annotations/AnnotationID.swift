/// 32 lowercase hex characters from the system's cryptographic random source
/// (`SystemRandomNumberGenerator` is getrandom(2) on Linux). Never time-based: an id
/// must not tell when, where or in which order a comment was written.
public struct AnnotationID: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let value: String

    public init?(_ value: String) {
        guard value.utf8.count == 32,
              value.utf8.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x61 && $0 <= 0x66) })
        else { return nil }
        self.value = value
    }

    public static func random() -> AnnotationID {
        var generator = SystemRandomNumberGenerator()
        var hex = ""
        hex.reserveCapacity(32)
        for _ in 0..<2 {
            var word = generator.next() as UInt64
            for _ in 0..<16 {
                hex.append(digits[Int(word & 0xF)])
                word >>= 4
            }
        }
        return AnnotationID(hex)!
    }

    private static let digits = Array("0123456789abcdef")

    public var description: String { value }
    public static func < (a: AnnotationID, b: AnnotationID) -> Bool { a.value < b.value }
}
