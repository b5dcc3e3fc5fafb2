/// 32 lowercase hex characters from the system's cryptographic random source
/// (`SystemRandomNumberGenerator` is getrandom(2) on Linux). Never time-based: an id
/// must not tell when, where or in which order a comment was written.
///
/// Kept as the 16 bytes it spells, not as its 32 characters: a screen or a digest holds
/// hundreds of thousands of ids (each annotation's own, and the ones it refers to), and a
/// String of 32 characters is a heap block of its own. Two ids compare as their
/// characters do (lowercase hex digits sort as the numbers they spell).
public struct AnnotationID: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The first and last 16 hex digits, as numbers.
    private let high: UInt64
    private let low: UInt64

    public init?(_ value: String) {
        var value = value
        guard let parsed = value.withUTF8({ bytes -> (UInt64, UInt64)? in
            guard bytes.count == 32 else { return nil }
            var words: (UInt64, UInt64) = (0, 0)
            for (i, c) in bytes.enumerated() {
                let digit: UInt8
                switch c {
                case 0x30...0x39: digit = c - 0x30
                case 0x61...0x66: digit = c - 0x61 + 10
                default: return nil
                }
                if i < 16 { words.0 = words.0 << 4 | UInt64(digit) } else { words.1 = words.1 << 4 | UInt64(digit) }
            }
            return words
        }) else { return nil }
        (high, low) = parsed
    }

    public static func random() -> AnnotationID {
        var generator = SystemRandomNumberGenerator()
        return AnnotationID(high: generator.next(), low: generator.next())
    }

    private init(high: UInt64, low: UInt64) {
        self.high = high
        self.low = low
    }

    /// The 32 characters, as written in files and file names.
    public var value: String {
        String(unsafeUninitializedCapacity: 32) { buffer in
            for (n, word) in [high, low].enumerated() {
                for i in 0..<16 {
                    let digit = UInt8(truncatingIfNeeded: word >> UInt64(60 - 4 * i)) & 0xF
                    buffer[n * 16 + i] = digit < 10 ? 0x30 + digit : 0x61 + digit - 10
                }
            }
            return 32
        }
    }

    public var description: String { value }
    public static func < (a: AnnotationID, b: AnnotationID) -> Bool { (a.high, a.low) < (b.high, b.low) }
}
