/// A proposed wording compared with the article's text word by word, as a redline: the
/// words kept, the words struck out, the words added (ARCHITECTURE: The digest). Whitespace is not a
/// difference (a re-wrapped line is the same text), so each piece joins its words with
/// single spaces. The comparison picks the edits the standard library's `difference(from:)`
/// (Myers) picks, making the same choices on word numbers (`WordDifference`), within a work limit (`workLimit`): a hostile 100,000-character proposal cannot stall a
/// digest or its preview.
public struct RedlinePiece: Sendable, Equatable {
    public enum Change: String, Sendable { case kept, deleted, inserted }
    public var change: Change
    public var text: String

    public init(_ change: Change, _ text: String) {
        self.change = change
        self.text = text
    }
}

public enum WordRedline {
    /// The most words (of the article and the proposal together, once their common start
    /// and end are set apart) compared word by word: about a second in the worst case. A
    /// larger difference is shown as the article's words struck out, then the proposal's.
    static let workLimit = 2_500

    public static func compare(original: String, proposal: String) -> [RedlinePiece] {
        compare(Original(original), proposal: proposal)
    }

    /// An article's text split into words and numbered once, for every proposal on it (a
    /// digest compares thousands of proposals with the same few articles).
    struct Original: Sendable {
        /// The article's text, as exported: a proposal keeps what it already says.
        let text: String
        let words: [Substring]
        /// Each distinct word's number, in order of first appearance.
        let numbers: [Substring: Int]
        /// `words` as numbers.
        let sequence: [Int]

        init(_ text: String) {
            self.text = text
            words = WordRedline.words(text)
            var numbers: [Substring: Int] = [:]
            var sequence: [Int] = []
            sequence.reserveCapacity(words.count)
            for w in words {
                if let n = numbers[w] { sequence.append(n) } else { numbers[w] = numbers.count; sequence.append(numbers.count - 1) }
            }
            self.numbers = numbers
            self.sequence = sequence
        }
    }

    static func compare(_ original: Original, proposal: String) -> [RedlinePiece] {
        let old = original.words
        let new = words(proposal)
        // Compared as small integers: comparing words as Strings (Unicode-aware) was most
        // of the cost of a digest with many proposals. A word the article lacks gets a
        // number after the article's.
        var added: [Substring: Int] = [:]
        func number(_ word: Substring) -> Int {
            if let n = original.numbers[word] ?? added[word] { return n }
            let n = original.numbers.count + added.count
            added[word] = n
            return n
        }
        let oldNumbers = original.sequence
        let newNumbers = new.map(number)
        // The words both share at the start and at the end are kept as they are; only
        // what lies between is compared.
        var prefix = 0
        while prefix < oldNumbers.count, prefix < newNumbers.count, oldNumbers[prefix] == newNumbers[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < oldNumbers.count - prefix, suffix < newNumbers.count - prefix,
              oldNumbers[oldNumbers.count - 1 - suffix] == newNumbers[newNumbers.count - 1 - suffix] { suffix += 1 }
        let oldMiddle = Array(oldNumbers[prefix..<(oldNumbers.count - suffix)])
        let newMiddle = Array(newNumbers[prefix..<(newNumbers.count - suffix)])
        let removed: [Bool]
        let inserted: [Bool]
        if oldMiddle.count + newMiddle.count <= workLimit {
            (removed, inserted) = WordDifference.changes(from: oldMiddle, to: newMiddle)
        } else {
            // Too much to compare word by word in a bounded time (the comparison's work
            // grows with the square of the words that differ): the plain before/after.
            removed = [Bool](repeating: true, count: oldMiddle.count)
            inserted = [Bool](repeating: true, count: newMiddle.count)
        }
        func isRemoved(_ i: Int) -> Bool { i >= prefix && i - prefix < removed.count && removed[i - prefix] }
        func isInserted(_ j: Int) -> Bool { j >= prefix && j - prefix < inserted.count && inserted[j - prefix] }
        var pieces: [RedlinePiece] = []
        func add(_ change: RedlinePiece.Change, _ word: Substring) {
            if let last = pieces.last, last.change == change {
                pieces[pieces.count - 1].text += " " + word
            } else {
                pieces.append(RedlinePiece(change, String(word)))
            }
        }
        var i = 0, j = 0
        // Struck-out words come before the words that replace them.
        while i < old.count || j < new.count {
            if i < old.count, isRemoved(i) {
                add(.deleted, old[i]); i += 1
            } else if j < new.count, isInserted(j) {
                add(.inserted, new[j]); j += 1
            } else {
                add(.kept, new[j]); i += 1; j += 1
            }
        }
        return tidy(pieces)
    }

    /// Word diffs of a rewritten sentence keep stray common words ("de", "een") between
    /// changes, which makes the redline unreadable. A kept run of fewer than
    /// `stableWords` words with changes on both sides is folded into the change around it,
    /// and each change shows all its struck-out words before all its added ones.
    static let stableWords = 3

    static func tidy(_ pieces: [RedlinePiece]) -> [RedlinePiece] {
        var out: [RedlinePiece] = []
        var deleted: [String] = []
        var inserted: [String] = []
        func flush() {
            if !deleted.isEmpty { out.append(RedlinePiece(.deleted, deleted.joined(separator: " "))) }
            if !inserted.isEmpty { out.append(RedlinePiece(.inserted, inserted.joined(separator: " "))) }
            deleted = []
            inserted = []
        }
        for (i, piece) in pieces.enumerated() {
            switch piece.change {
            case .deleted: deleted.append(piece.text)
            case .inserted: inserted.append(piece.text)
            case .kept:
                let between = i > 0 && i + 1 < pieces.count
                if between, words(piece.text).count < stableWords {
                    deleted.append(piece.text)
                    inserted.append(piece.text)
                } else {
                    flush()
                    out.append(piece)
                }
            }
        }
        flush()
        return out
    }

    static func words(_ text: String) -> [Substring] {
        text.split(whereSeparator: { $0.isWhitespace })
    }
}
