import Testing
@testable import TaskForceCore

/// `WordDifference` must pick exactly the edits of the standard library's `difference(from:)`,
/// which the redlines were made with before: among several shortest edit scripts, the same
/// one, or a digest's redlines would change with the speed-up.
@Suite struct WordDifferenceTests {
    /// The standard library's edits as the same flags.
    static func library(_ old: [Int], _ new: [Int]) -> (removed: [Bool], inserted: [Bool]) {
        var removed = [Bool](repeating: false, count: old.count)
        var inserted = [Bool](repeating: false, count: new.count)
        for change in new.difference(from: old) {
            switch change {
            case .remove(let offset, _, _): removed[offset] = true
            case .insert(let offset, _, _): inserted[offset] = true
            }
        }
        return (removed, inserted)
    }

    /// Random word lists over small vocabularies (many ties between shortest scripts), of
    /// every length up to 60, both ways round, and with shared starts and ends.
    @Test func theSameEditsAsTheStandardLibrary() {
        var generator = SystemRandomNumberGenerator()
        var compared = 0
        for vocabulary in [1, 2, 3, 5, 12, 40] {
            for _ in 0..<1_500 {
                let old = (0..<Int.random(in: 0...60, using: &generator)).map { _ in Int.random(in: 0..<vocabulary, using: &generator) }
                var new = (0..<Int.random(in: 0...60, using: &generator)).map { _ in Int.random(in: 0..<vocabulary, using: &generator) }
                if Bool.random(using: &generator) { new = Array(old.prefix(5)) + new + Array(old.suffix(4)) }
                for (a, b) in [(old, new), (new, old)] {
                    let ours = WordDifference.changes(from: a, to: b)
                    let theirs = Self.library(a, b)
                    #expect(ours.removed == theirs.removed && ours.inserted == theirs.inserted, "\(a) → \(b)")
                    compared += 1
                }
            }
        }
        #expect(compared == 18_000)
    }

    /// An article's words against proposals made from them (a few words changed, moved,
    /// dropped), as in a digest.
    @Test func editedArticlesGiveTheLibrarysEdits() {
        var generator = SystemRandomNumberGenerator()
        let article = (0..<120).map { _ in Int.random(in: 0..<30, using: &generator) }
        for _ in 0..<2_000 {
            var proposal = article
            for _ in 0..<Int.random(in: 1...25, using: &generator) {
                let at = Int.random(in: 0...proposal.count, using: &generator)
                switch Int.random(in: 0..<3, using: &generator) {
                case 0: proposal.insert(Int.random(in: 0..<40, using: &generator), at: at)
                case 1: if at < proposal.count { proposal.remove(at: at) }
                default: if at < proposal.count { proposal[at] = Int.random(in: 0..<40, using: &generator) }
                }
            }
            let ours = WordDifference.changes(from: article, to: proposal)
            let theirs = Self.library(article, proposal)
            #expect(ours.removed == theirs.removed && ours.inserted == theirs.inserted)
        }
    }

    @Test func emptySides() {
        #expect(WordDifference.changes(from: [], to: []) == ([], []))
        #expect(WordDifference.changes(from: [1, 2], to: []) == ([true, true], []))
        #expect(WordDifference.changes(from: [], to: [3]) == ([], [true]))
    }
}
