/// The public half of one record's Ed25519 key (Annotations/README.md, "Authority"), as a
/// comment or an endorsement carries it: 32 bytes, written as 64 lowercase hex characters.
/// Kept as the bytes, not the characters: a screen holds one per comment by the hundred
/// thousand, and a String of 64 characters is a heap block of its own (BENCHMARKS.md, "The
/// review screen's memory").
public struct RecordKey: Sendable, Hashable, CustomStringConvertible {
    /// The 64 hex digits, 16 at a time, as numbers.
    private var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

    /// Nil unless `hex` is exactly 64 lowercase hex characters, the only spelling files accept.
    public init?(hex: String) {
        guard AnnotationRules.isHex(hex, length: 64) else { return nil }
        var parsed: [UInt64] = [0, 0, 0, 0]
        for (i, c) in hex.utf8.enumerated() {
            let digit = c <= 0x39 ? c - 0x30 : c - 0x61 + 10
            parsed[i / 16] = parsed[i / 16] << 4 | UInt64(digit)
        }
        words = (parsed[0], parsed[1], parsed[2], parsed[3])
    }

    public var hex: String {
        let parsed = [words.0, words.1, words.2, words.3]
        return String(unsafeUninitializedCapacity: 64) { buffer in
            for i in 0..<64 {
                let digit = UInt8(truncatingIfNeeded: parsed[i / 16] >> UInt64(60 - 4 * (i % 16))) & 0xF
                buffer[i] = digit < 10 ? 0x30 + digit : 0x61 + digit - 10
            }
            return 64
        }
    }

    public var description: String { hex }

    public static func == (a: RecordKey, b: RecordKey) -> Bool { a.words == b.words }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(words.0)
        hasher.combine(words.1)
        hasher.combine(words.2)
        hasher.combine(words.3)
    }
}
