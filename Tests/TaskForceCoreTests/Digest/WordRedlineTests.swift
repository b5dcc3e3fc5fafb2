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
}
