/// A fixed list of words the splitter looks for at a position (closing formulas, heading
/// keywords, Latin suffixes), with the pairs of first bytes its words start with kept
/// beside it: most lines start with no such pair, and one bit test then answers for the
/// whole list instead of a comparison per word. (One byte was tried first: nine in ten
/// sentences of a French code start with a letter some closing formula starts with.)
struct WordList {
    let words: [StaticString]
    /// Bit `second & 31` of entry `first & 31` is set when some word starts with those two
    /// bytes, lower-cased. Folding bytes onto 32 values only lets more lines through to the
    /// full comparison, never fewer; a one-byte word sets its entry's every bit.
    private let pairs: [UInt32]

    init(_ words: [StaticString]) {
        self.words = words
        var pairs = [UInt32](repeating: 0, count: 32)
        for word in words where word.utf8CodeUnitCount > 0 {
            let first = Int(LineBytes.lower(word.utf8Start[0]) & 31)
            if word.utf8CodeUnitCount == 1 {
                pairs[first] = .max
            } else {
                pairs[first] |= 1 << UInt32(LineBytes.lower(word.utf8Start[1]) & 31)
            }
        }
        self.pairs = pairs
    }

    /// Whether some word may start with `first` then `second` (nil at the end of the line).
    @inline(__always)
    func mayStart(with first: UInt8, _ second: UInt8?) -> Bool {
        let entry = pairs[Int(LineBytes.lower(first) & 31)]
        guard let second else { return entry != 0 }
        return entry & (1 << UInt32(LineBytes.lower(second) & 31)) != 0
    }
}
