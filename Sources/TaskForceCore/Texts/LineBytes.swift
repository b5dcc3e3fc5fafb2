/// Byte-level helpers for the splitter. Legal texts are large (codes run to megabytes)
/// and the splitter looks at every line, so it works on UTF-8 bytes and only builds
/// `String`s for the parts it keeps. Every pattern it looks for starts with ASCII.
struct LineBytes {
    /// The whole text, valid UTF-8: `TextDecoding`'s output or a `String`'s bytes.
    let bytes: TextBytes
    /// Start of the line's content after leading blanks.
    var start: Int
    /// End of the line (exclusive), trailing blanks removed.
    var end: Int

    init(_ bytes: TextBytes, start: Int, end: Int) {
        self.bytes = bytes
        self.start = start
        self.end = end
        trim()
    }

    /// Runs `body` with the whole of `bytes` as one line (a paragraph, a test's line).
    static func reading<R>(_ bytes: [UInt8], _ body: (LineBytes) throws -> R) rethrows -> R {
        try TextBytes.reading(bytes) { try body(LineBytes($0, start: 0, end: $0.count)) }
    }

    var isBlank: Bool { start >= end }
    var count: Int { end - start }

    subscript(offset: Int) -> UInt8? {
        let i = start + offset
        return i < end ? bytes[i] : nil
    }

    var string: String { ValidUTF8.string(bytes.all, from: start, to: end) }

    func string(from i: Int, to j: Int) -> String { ValidUTF8.string(bytes.all, from: i, to: j) }

    /// Removes spaces, tabs, no-break spaces and BOMs on both ends.
    mutating func trim() {
        while start < end {
            let w = LineBytes.blankWidth(bytes, at: start, limit: end)
            if w == 0 { break }
            start += w
        }
        while start < end {
            let w = LineBytes.blankWidthBefore(bytes, at: end, floor: start)
            if w == 0 { break }
            end -= w
        }
    }

    /// Width in bytes of a blank at `i`: space, tab, U+00A0, U+202F, U+2007, U+FEFF, else 0.
    static func blankWidth(_ b: TextBytes, at i: Int, limit: Int) -> Int {
        let c = b[i]
        if c == 0x20 || c == 0x09 || c == 0x0B || c == 0x0C { return 1 }
        if c == 0xC2, i + 1 < limit, b[i + 1] == 0xA0 { return 2 }
        if c == 0xE2, i + 2 < limit, b[i + 1] == 0x80, b[i + 2] == 0xAF || b[i + 2] == 0x87 { return 3 }
        if c == 0xEF, i + 2 < limit, b[i + 1] == 0xBB, b[i + 2] == 0xBF { return 3 }
        return 0
    }

    static func blankWidthBefore(_ b: TextBytes, at end: Int, floor: Int) -> Int {
        let c = b[end - 1]
        if c == 0x20 || c == 0x09 || c == 0x0B || c == 0x0C { return 1 }
        if c == 0xA0, end - 2 >= floor, b[end - 2] == 0xC2 { return 2 }
        if end - 3 >= floor {
            if b[end - 3] == 0xE2, b[end - 2] == 0x80, c == 0xAF || c == 0x87 { return 3 }
            if b[end - 3] == 0xEF, b[end - 2] == 0xBB, c == 0xBF { return 3 }
        }
        return 0
    }

    /// Skips blanks from `i`, returns the next non-blank index (or `end`).
    func skipBlanks(from i: Int) -> Int {
        var i = i
        while i < end {
            let w = LineBytes.blankWidth(bytes, at: i, limit: end)
            if w == 0 { break }
            i += w
        }
        return i
    }

    /// Case-insensitive ASCII match of `word` at `i`; returns the index after it.
    func match(_ word: StaticString, at i: Int) -> Int? {
        let n = word.utf8CodeUnitCount
        guard i >= 0, i + n <= end else { return nil }
        // The bounds are checked once above (`end` is within the text), not at every byte.
        let piece = bytes.buffer(from: i, to: i + n)
        let w = word.utf8Start
        for k in 0..<n where LineBytes.lower(piece[k]) != LineBytes.lower(w[k]) {
            return nil
        }
        return i + n
    }

    /// The first of `words` that matches at `i` (longest words should come first).
    func matchAny(_ words: [StaticString], at i: Int) -> (index: Int, end: Int)? {
        guard i < end else { return nil }
        // Most lines start with none of the words: compare first bytes before whole words.
        let first = LineBytes.lower(bytes[i])
        for (k, word) in words.enumerated() where LineBytes.lower(word.utf8Start[0]) == first {
            if let e = match(word, at: i) { return (k, e) }
        }
        return nil
    }

    /// The same with a `WordList`: a line whose bytes at `i` start none of its words is
    /// answered by one bit test.
    func matchAny(_ list: WordList, at i: Int) -> (index: Int, end: Int)? {
        guard i < end, list.mayStart(with: bytes[i], i + 1 < end ? bytes[i + 1] : nil) else { return nil }
        return matchAny(list.words, at: i)
    }

    static func lower(_ c: UInt8) -> UInt8 { (c >= 0x41 && c <= 0x5A) ? c | 0x20 : c }
    static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
    static func isASCIILetter(_ c: UInt8) -> Bool {
        let l = c | 0x20
        return l >= 0x61 && l <= 0x7A
    }
    static func isUpper(_ c: UInt8) -> Bool { c >= 0x41 && c <= 0x5A }

    /// True when the character at `i` is a letter: ASCII or any non-ASCII scalar
    /// (accented letters); punctuation outside ASCII is rare at these positions.
    func isLetter(at i: Int) -> Bool {
        guard i < end else { return false }
        let c = bytes[i]
        return LineBytes.isASCIILetter(c) || c >= 0xC3 && c < 0xE2
    }

    /// Dashes used as separators: `-`, en dash, em dash.
    func dashWidth(at i: Int) -> Int {
        guard i < end else { return 0 }
        if bytes[i] == 0x2D { return 1 }
        if bytes[i] == 0xE2, i + 2 < end, bytes[i + 1] == 0x80,
           bytes[i + 2] == 0x93 || bytes[i + 2] == 0x94 { return 3 }
        return 0
    }

    /// Quotation marks that open quoted (amending) text: " « “ „ ‘ '‹'.
    func quoteWidth(at i: Int) -> Int {
        guard i < end else { return 0 }
        let c = bytes[i]
        if c == 0x22 { return 1 }
        if c == 0xC2, i + 1 < end, bytes[i + 1] == 0xAB || bytes[i + 1] == 0xBB { return 2 }
        if c == 0xE2, i + 2 < end, bytes[i + 1] == 0x80,
           (0x98...0x9F).contains(bytes[i + 2]) || bytes[i + 2] == 0xB9 { return 3 }
        return 0
    }
}
