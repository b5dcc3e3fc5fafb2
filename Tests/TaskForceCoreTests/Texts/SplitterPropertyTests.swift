import PropertyBased
import Testing
@testable import TaskForceCore

/// Splitting loses no text: every non-blank line of the input belongs to exactly one
/// part (preamble, structure heading, article, closing), and that part contains it.
struct SplitterPropertyTests {
    /// Real layouts, traps and noise, combined at random into documents.
    static let fragments: [String] = [
        "Art. 1. Le texte.", "Article 1er", "Objet", "Art. 2.Dans le cas", "Art.  3. Deux espaces.",
        "**Art. 4.**[1 texte]1", "### Artikel 4a", "###Artikel 8 ", "Art. 5bis", "Art. 6",
        "§ 1er. Paragraphe.", "§ 2. Suite", "1° point;", "a) sous-point", "\" Article 37. § 1. Cité.",
        "« Art. 5. Cité", "suite du texte cité »", "\"Art. 417/5. Cité aussi", "L'article 389 est applicable.",
        "Artikel 389 is van toepassing.", "3.   Artikel 1, tweede en derde lid", "Article 114 thereof",
        "CHAPITRE II. - Des contrats", "CHAPTER I", "Subject matter", "# TITRE PRELIMINAIRE",
        "## Titre I DE LA JOUISSANCE", "HOOFDSTUK 3. - Slotbepalingen", "Section 2",
        "Promulguons la présente loi.", "Donné à Bruxelles, le 2 février 1994.", "ANNEXE", "Bijlage 1",
        "", "", "", "   ", "\tTabulé", "Texte avec\u{00A0}espace insécable", "----------",
        "(1)<L 1999-05-04/60, art. 3, 024; En vigueur : 01-01-2000>", "Art. 7 [1 ...]1", "Art. 8. (Abrogé)",
        "> 1: L 2018-06-18/03, art. 2", "Le travailleur du sexe peut refuser,", "un client à tout moment.",
        "Art. 136Quinquies. Texte", "Art. 371/1.", "Article 2\nDefinitions\n1. In this Regulation:",
        "\\Article 5. échappé", "\\# pas un titre", "Réunion à Liège — één, twee; Românește: țară", "会議 テスト", "Art. 9. fin\r", "  Art. 10. indenté",
    ]

    @Test func everyLineBelongsToExactlyOnePartThatContainsIt() async {
        await propertyCheck(count: 400, input: Gen.element(of: Self.fragments).array(of: 0...80)) { pieces in
            let source = pieces.compactMap { $0 }.joined(separator: "\n")
            let split = TextSplitter.split(source, file: "gen.txt")
            var owner: [Int: String] = [:]
            var duplicates: [Int] = []
            func claim(_ lines: [Int], _ content: String) {
                for line in lines {
                    if owner[line] != nil { duplicates.append(line) }
                    owner[line] = content
                }
            }
            claim(split.preamble.lines, split.preamble.text)
            claim(split.closing.lines, split.closing.text)
            for h in split.headings {
                claim(h.lines, h.text)
                claim(h.notes.lines, h.notes.text)
            }
            for a in split.articles {
                claim(a.lines, [a.label, a.heading ?? "", a.text].joined(separator: " "))
            }
            #expect(duplicates.isEmpty, "lines claimed twice: \(duplicates)")
            let bytes = Array(source.utf8)
            for (index, range) in TextSplitter.lineRanges(bytes).enumerated() where !range.isEmpty {
                let line = ValidUTF8.string(bytes, from: range.lowerBound, to: range.upperBound)
                let content = owner[index + 1]
                #expect(content != nil, "line \(index + 1) lost: \(line)")
                if let content {
                    #expect(Self.squeezed(content).contains(Self.squeezed(line)),
                            "line \(index + 1) '\(line)' not in its part '\(content)'")
                }
            }
        }
    }

    /// Removes what the splitter may legitimately drop from a line: white space and
    /// Markdown heading/bold markers and escapes.
    static func squeezed(_ s: String) -> String {
        String(String.UnicodeScalarView(s.unicodeScalars.filter {
            !$0.properties.isWhitespace && $0 != "#" && $0 != "*" && $0 != "\\"
        }))
    }
}
