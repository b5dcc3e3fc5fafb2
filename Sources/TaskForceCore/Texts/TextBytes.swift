/// The bytes of a whole text as the splitter reads them: a pointer into the decoded array and
/// its length (ARCHITECTURE: Texts).
///
/// Lines are copied at every step of the split (a code has tens of thousands). Holding the
/// array, each copy retained and released it, two atomic operations per copy, about 8 % of
/// `parse`'s instructions on a 6.5 MB code (BENCHMARKS: issue 16). A pointer is copied for
/// free; it is only made inside `reading(_:_:)`, for as long as the array is read there.
/// Reads are bounds-checked, as the array's were.
struct TextBytes {
    private let base: UnsafePointer<UInt8>
    let count: Int

    /// Runs `body` over `bytes`, which stay alive and unchanged until it returns. Nothing
    /// made from the pointer (a line, a `TextBytes`) may be kept beyond `body`.
    static func reading<R>(_ bytes: [UInt8], _ body: (TextBytes) throws -> R) rethrows -> R {
        try bytes.withUnsafeBufferPointer { try body(TextBytes($0)) }
    }

    private init(_ buffer: UnsafeBufferPointer<UInt8>) {
        // An empty array may have no storage: any address then, as no byte is ever read
        // (every read is checked against a count of 0).
        base = buffer.baseAddress ?? UnsafePointer(bitPattern: 1)!
        count = buffer.count
    }

    @inline(__always)
    subscript(i: Int) -> UInt8 {
        precondition(UInt(bitPattern: i) < UInt(bitPattern: count), "byte \(i) outside a text of \(count)")
        return base[i]
    }

    /// `start..<end` as a buffer (checked as a whole), for copying a piece or a vector scan.
    func buffer(from start: Int, to end: Int) -> UnsafeBufferPointer<UInt8> {
        precondition(0 <= start && start <= end && end <= count, "bytes \(start)..<\(end) outside a text of \(count)")
        return UnsafeBufferPointer(start: base + start, count: end - start)
    }

    /// The whole text.
    var all: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }
}
