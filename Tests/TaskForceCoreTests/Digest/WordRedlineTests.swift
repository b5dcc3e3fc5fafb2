import Testing
@testable import TaskForceCore

/// Proposed wordings as a word-level redline against the current article (issue 5, item 2).
@Suite struct WordRedlineTests {
    typealias P = RedlinePiece
    static let cases: [(String, String, [RedlinePiece])] = [
        ("a b c", "a b c", [P(.kept, "a b c")]),
        ("Le travailleur peut refuser", "Le travailleur peut toujours refuser",
         [P(.kept, "Le travailleur peut"), P(.inserted, "toujours"), P(.kept, "refuser")]),
        ("six mois chez un médecin", "un an chez un médecin",
         [P(.deleted, "six mois"), P(.inserted, "un an"), P(.kept, "chez un médecin")]),
        ("a b c d e f", "a b c", [P(.kept, "a b c"), P(.deleted, "d e f")]),
        ("", "Nouveau texte", [P(.inserted, "Nouveau texte")]),
        ("Ancien texte", "", [P(.deleted, "Ancien texte")]),
        // Whitespace and line breaks are not differences.
        ("§ 1. Le\n  travailleur", "§ 1. Le travailleur", [P(.kept, "§ 1. Le travailleur")]),
        // A stray common word between two changes is folded into one change.
        ("x1 x2 de y1 y2 fin du texte", "z1 z2 de w1 w2 fin du texte",
         [P(.deleted, "x1 x2 de y1 y2"), P(.inserted, "z1 z2 de w1 w2"), P(.kept, "fin du texte")]),
    ]

    @Test(arguments: cases.indices)
    func table(_ i: Int) {
        let (original, proposal, expected) = Self.cases[i]
        #expect(WordRedline.compare(original: original, proposal: proposal) == expected, "case \(i)")
    }

    /// Whatever the texts, the kept and inserted words spell the proposal, and the kept and
    /// deleted words spell the original: the redline loses and invents nothing.
    @Test func keptAndInsertedSpellTheProposal() {
        var generator = SystemRandomNumberGenerator()
        let vocabulary = ["le", "la", "de", "travail", "sexe", "§", "1.", "droit", "refus", "contrat"]
        for _ in 0..<300 {
            let original = (0..<Int.random(in: 0...30, using: &generator)).map { _ in vocabulary.randomElement(using: &generator)! }
            let proposal = (0..<Int.random(in: 0...30, using: &generator)).map { _ in vocabulary.randomElement(using: &generator)! }
            let pieces = WordRedline.compare(original: original.joined(separator: " "), proposal: proposal.joined(separator: " "))
            func spell(_ kinds: Set<RedlinePiece.Change>) -> [Substring] {
                pieces.filter { kinds.contains($0.change) }.flatMap { $0.text.split(separator: " ") }
            }
            #expect(spell([.kept, .inserted]).map(String.init) == proposal)
            #expect(spell([.kept, .deleted]).map(String.init) == original)
        }
    }

    /// A hostile size (issue 12): beyond the work limit, the part that differs is shown as
    /// a plain before/after, and the words both share at the start and end stay kept.
    @Test func aHugeDifferenceIsAPlainBeforeAndAfter() {
        let original = "Début commun. " + (0..<2_000).map { "ancien\($0 % 7)" }.joined(separator: " ") + " Fin commune."
        let proposal = "Début commun. " + (0..<14_000).map { "nouveau\($0 % 9)" }.joined(separator: " ") + " Fin commune."
        let pieces = WordRedline.compare(original: original, proposal: proposal)
        #expect(pieces.map(\.change) == [.kept, .deleted, .inserted, .kept])
        #expect(pieces.first?.text == "Début commun.")
        #expect(pieces.last?.text == "Fin commune.")
        #expect(pieces[1].text.split(separator: " ").count == 2_000)
        #expect(pieces[2].text.split(separator: " ").count == 14_000)
    }

    /// A small change in a long article is still compared word by word: the common start
    /// and end are set apart before the limit is applied.
    @Test func aSmallChangeInALongArticleIsStillAWordDiff() {
        let words = (0..<20_000).map { "mot\($0)" }
        var changed = words
        changed[10_000] = "autre"
        let pieces = WordRedline.compare(original: words.joined(separator: " "), proposal: changed.joined(separator: " "))
        #expect(pieces.map(\.change) == [.kept, .deleted, .inserted, .kept])
        #expect(pieces[1].text == "mot10000")
        #expect(pieces[2].text == "autre")
    }
}
