/// Eight bytes at a time through printable ASCII, which is most of a legal text and of a
/// `parse` listing: UTF-8 validation and the sanitizer's shortcut skip such runs a word at
/// a time and stop at the first byte that needs a look.
enum PrintableASCII {
    /// Offset (0–7) of the first of the eight bytes at `p` that is below 0x20 (line ends
    /// included), DEL or above 0x7F; nil when all eight are printable ASCII. The lowest
    /// flag is exact: a borrow can only raise a false flag above a true one.
    @inline(__always)
    static func firstOther(at p: UnsafeRawPointer) -> Int? {
        let w = p.loadUnaligned(as: UInt64.self)
        let low = (w &- 0x2020_2020_2020_2020) & ~w  // a byte < 0x20
        let del = ((w ^ 0x7F7F_7F7F_7F7F_7F7F) &- 0x0101_0101_0101_0101) & ~(w ^ 0x7F7F_7F7F_7F7F_7F7F)
        let flags = (w | low | del) & 0x8080_8080_8080_8080
        return flags == 0 ? nil : flags.littleEndian.trailingZeroBitCount >> 3
    }
}
