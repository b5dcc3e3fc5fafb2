/// A proposed wording compared with the article's text word by word, as a redline: the
/// words kept, the words struck out, the words added (DESIGN 5). Whitespace is not a
/// difference (a re-wrapped line is the same text), so each piece joins its words with
/// single spaces. The comparison is the standard library's `difference(from:)` (Myers).
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
    public static func compare(original: String, proposal: String) -> [RedlinePiece] {
        let old = words(original)
        let new = words(proposal)
        // Compared as small integers: comparing words as Strings (Unicode-aware) was most
        // of the cost of a digest with many proposals.
        var numbers: [Substring: Int] = [:]
        func number(_ word: Substring) -> Int {
            if let n = numbers[word] { return n }
            numbers[word] = numbers.count
            return numbers.count - 1
        }
        let oldNumbers = old.map(number)
        let newNumbers = new.map(number)
        let difference = newNumbers.difference(from: oldNumbers)
        var removed = Set<Int>()
        var inserted = Set<Int>()
        for change in difference {
            switch change {
            case .remove(let offset, _, _): removed.insert(offset)
            case .insert(let offset, _, _): inserted.insert(offset)
            }
        }
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
            if i < old.count, removed.contains(i) {
                add(.deleted, old[i]); i += 1
            } else if j < new.count, inserted.contains(j) {
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
