/// One grapheme cluster as a cell keeps it: its UTF-8 bytes held inline in two words, so
/// that a cell holds no reference. A grid of such cells is made, copied, compared and freed
/// as plain memory; with a `Character` in each cell, every frame retained and released
/// 12,000 strings (a third of a keystroke's cost on a 200x60 screen, issue 11).
///
/// A cluster keeps its first scalars that fit in 15 bytes: every letter with its accents,
/// CJK, flags, emoji with a skin tone, keycaps. Longer clusters (a family emoji, a letter
/// under a pile of combining marks) are cut after their last whole scalar that fits; the
/// terminal shows no more of them anyway, since a curses cell holds at most five scalars
/// (`CCHARW_MAX`). A prefix of a cluster is still one cluster, and its width is taken from
/// the whole cluster before the cut, so the columns do not move.
public struct Grapheme: Hashable, Sendable {
    /// Bytes 0 to 7 of the UTF-8, the first in the lowest byte.
    @usableFromInline var low: UInt64
    /// Bytes 8 to 14 in the low seven bytes; the top byte is the number of bytes.
    @usableFromInline var high: UInt64

    static let capacity = 15

    public static let space = Grapheme(scalar: " ")

    /// One scalar, for the clusters that are one scalar (nearly all of what is drawn):
    /// its UTF-8 encoding, made here rather than through a buffer (every cell of a frame).
    @inlinable
    public init(scalar: Unicode.Scalar) {
        let v = UInt64(scalar.value)
        switch v {
        case ..<0x80:
            low = v
            high = 1 << 56
        case ..<0x800:
            low = (0xC0 | v >> 6) | (0x80 | v & 0x3F) << 8
            high = 2 << 56
        case ..<0x10000:
            low = (0xE0 | v >> 12) | (0x80 | v >> 6 & 0x3F) << 8 | (0x80 | v & 0x3F) << 16
            high = 3 << 56
        default:
            low = (0xF0 | v >> 18) | (0x80 | v >> 12 & 0x3F) << 8 | (0x80 | v >> 6 & 0x3F) << 16
                | (0x80 | v & 0x3F) << 24
            high = 4 << 56
        }
    }

    public init(_ character: Character) {
        low = 0
        high = 0
        var count = 0
        for scalar in character.unicodeScalars {
            let bytes = UTF8.encode(scalar)!
            guard count + bytes.count <= Self.capacity else { break }
            for byte in bytes { append(byte, at: &count) }
        }
        high |= UInt64(count) << 56
    }

    private mutating func append(_ byte: UInt8, at count: inout Int) {
        if count < 8 {
            low |= UInt64(byte) << (8 * count)
        } else {
            high |= UInt64(byte) << (8 * (count - 8))
        }
        count += 1
    }

    /// How many bytes of UTF-8 are kept.
    @inlinable
    public var utf8Count: Int { Int(high >> 56) }

    /// The kept bytes, in order.
    @inlinable
    public func withUTF8<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        let count = utf8Count
        return try withUnsafeBytes(of: (low.littleEndian, high.littleEndian)) { raw in
            try body(UnsafeBufferPointer(rebasing: raw.bindMemory(to: UInt8.self)[..<count]))
        }
    }

    /// The first scalar: what curses measures a cell by.
    public var firstScalar: Unicode.Scalar {
        withUTF8 { bytes in
            var iterator = bytes.makeIterator()
            var decoder = UTF8()
            if case .scalarValue(let scalar) = decoder.decode(&iterator) { return scalar }
            return " "
        }
    }

    public var character: Character {
        // The kept bytes are whole scalars of one cluster, so this is one Character; a
        // space stands in should that ever not hold, rather than a trap.
        withUTF8 { String(decoding: $0, as: UTF8.self) }.first ?? " "
    }

    public var string: String { withUTF8 { String(decoding: $0, as: UTF8.self) } }
}
