/// Strings made from pieces of a buffer that was validated as UTF-8 once: the file as
/// `TextDecoding` checked it, or a `String`'s own bytes. `String(decoding:as:)` would
/// validate every article again, a fifth of `parse`'s work on a large code.
///
/// A piece of valid UTF-8 is itself valid when it starts and ends on a scalar boundary,
/// and that is checked here (a byte each side); a piece cut inside a scalar, which the
/// splitter never makes, is repaired as `String(decoding:)` would.
package enum ValidUTF8 {
    /// `bytes[start..<end]`, where the whole of `bytes` is valid UTF-8.
    static func string(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> String {
        guard start < end else { return "" }
        let piece = UnsafeBufferPointer(rebasing: bytes[start..<end])
        guard onBoundaries(bytes, from: start, to: end) else { return String(decoding: piece, as: UTF8.self) }
        return unsafe String(copying: UTF8Span(unchecked: piece.span))
    }

    static func string(_ bytes: [UInt8], from start: Int, to end: Int) -> String {
        bytes.withUnsafeBufferPointer { string($0, from: start, to: end) }
    }

    /// Whether `start` and `end` both fall between scalars of `bytes`.
    @inline(__always)
    static func onBoundaries(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Bool {
        (start >= bytes.count || bytes[start] & 0xC0 != 0x80) && (end >= bytes.count || bytes[end] & 0xC0 != 0x80)
    }

    @inline(__always)
    static func onBoundaries(_ bytes: [UInt8], from start: Int, to end: Int) -> Bool {
        (start >= bytes.count || bytes[start] & 0xC0 != 0x80) && (end >= bytes.count || bytes[end] & 0xC0 != 0x80)
    }

    /// The whole of `bytes`, which its maker knows to be valid UTF-8 (joined valid pieces:
    /// a part of a text, `parse`'s listing). Only for this package's own buffers.
    package static func string(assumingValid bytes: [UInt8]) -> String {
        bytes.withUnsafeBufferPointer { unsafe String(copying: UTF8Span(unchecked: $0.span)) }
    }
}
