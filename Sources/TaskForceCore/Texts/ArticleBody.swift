import CTextScan

/// An article's body, as `Article.text` gives it (ARCHITECTURE: Texts).
///
/// Most bodies stand in the file exactly as they read: a stretch of lines ending in LF,
/// nothing trimmed between them, no blank line doubled. Such a body is kept as that range
/// of the file's bytes (the decoded array is shared, not copied) and made into a `String`
/// only when it is read: `parse` lists a 6.5 MB code without copying 6.5 MB of bodies into
/// 6,500 strings, a third of its page faults (BENCHMARKS: issue 16). Any other body (CR LF
/// line ends, indented or right-padded lines, several blank lines) is kept as its text.
public struct ArticleBody: Sendable {
    @usableFromInline
    enum Storage: Sendable {
        case text(String)
        /// `bytes[range]`, where the whole of `bytes` is valid UTF-8 (what the splitter reads)
        /// and the range starts and ends between scalars: valid itself.
        case source([UInt8], Range<Int>)
    }

    @usableFromInline
    let storage: Storage

    public init(_ text: String) { storage = .text(text) }

    /// `bytes[range]` of the valid UTF-8 `bytes`. Its ends are checked here, while the
    /// splitter has just read them: a range cut inside a scalar (which the splitter never
    /// makes) is kept as the text `String(decoding:)` repairs, so that a kept range is
    /// always valid and `withUTF8` reads it without looking at its ends again (they are
    /// far from the cache by the time the listing is written).
    init(source bytes: [UInt8], range: Range<Int>) {
        if ValidUTF8.onBoundaries(bytes, from: range.lowerBound, to: range.upperBound) {
            storage = .source(bytes, range)
        } else {
            storage = .text(ValidUTF8.string(bytes, from: range.lowerBound, to: range.upperBound))
        }
    }

    /// Whether the body is kept as a range of the file (for tests).
    var isRangeOfFile: Bool {
        if case .source = storage { return true }
        return false
    }

    /// The body as a string; for a range of the file, a new one at each call.
    public var text: String {
        switch storage {
        case .text(let text): return text
        case .source(let bytes, let range): return ValidUTF8.string(bytes, from: range.lowerBound, to: range.upperBound)
        }
    }

    /// The body's UTF-8 bytes, read where they are: no string is made for a range of the
    /// file. Inlinable: `parse`'s listing calls it once per article of a code.
    @inlinable
    public func withUTF8<R>(_ read: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        switch storage {
        case .text(var text):
            return try text.withUTF8(read)
        case .source(let bytes, let range):
            return try bytes.withUnsafeBufferPointer { try read(UnsafeBufferPointer(rebasing: $0[range])) }
        }
    }
}

extension ArticleBody {
    /// Starts bringing the body's first bytes into the cache, for a reader that will soon
    /// look at them (`parse`'s listing, a few articles ahead). A hint: nothing changes.
    public func prefetch() {
        if case .source(let bytes, let range) = storage {
            // Its first two cache lines: a first line of 60 characters often reaches the second.
            bytes.withUnsafeBufferPointer {
                text_prefetch($0.baseAddress! + range.lowerBound)
                if range.count > 64 { text_prefetch($0.baseAddress! + range.lowerBound + 64) }
            }
        }
    }
}

extension ArticleBody: Equatable {
    /// Equal when the texts are (as strings: canonically equivalent), however each is kept.
    public static func == (lhs: ArticleBody, rhs: ArticleBody) -> Bool { lhs.text == rhs.text }
}
