import Foundation
import PropertyBased
import Testing
@testable import TaskForceCore

/// A text read as two halves at once (`TwoHalves`) splits exactly as one pass reads it:
/// parts, headings, paths, bodies, line numbers, repeated numbers and notices.
struct TwoHalvesTests {
    /// The split both ways, and whether the halves were joined (rather than one pass
    /// reading on because the first half's end did not allow the cut).
    static func bothWays(_ text: String, file: String = "t.fr.txt") -> (halves: SplitText, onePass: SplitText, joined: Bool) {
        let bytes = Array(text.utf8)
        let onePass = TextSplitter.split(utf8: bytes, file: file, halvesFrom: .max)
        let halves = TextSplitter.split(utf8: bytes, file: file, halvesFrom: 0)
        let joined = TwoHalves.split(bytes: bytes, lines: TextSplitter.lineRanges(bytes), file: file)?.joined ?? false
        return (halves, onePass, joined)
    }

    /// Titles, chapters and sections open across the cut: the second half's articles get
    /// the first half's headings above their own.
    static func code(titles: Int = 3, articlesPerSection: Int = 3) -> String {
        var lines = ["---", "title: Code d'essai", "---", "CODE D'ESSAI", ""]
        var n = 0
        for t in 1...titles {
            lines += ["TITRE \(t). - Titre \(t)", ""]
            for c in 1...2 {
                lines += ["CHAPITRE \(c). - Chapitre \(c)", ""]
                for s in 1...2 {
                    lines += ["Section \(s). - Section \(s)", "Une note sous la section.", ""]
                    for _ in 0..<articlesPerSection {
                        n += 1
                        lines += ["Art. \(n). Le texte de l'article \(n),", "sur deux lignes.", "§ 2. Suite.", ""]
                    }
                }
            }
        }
        lines += ["Promulguons la présente loi.", "Donné à Bruxelles."]
        return lines.joined(separator: "\n")
    }

    @Test func headingsOpenAcrossTheCutStayAboveTheSecondHalf() {
        let (halves, onePass, joined) = Self.bothWays(Self.code())
        #expect(joined, "the code has a place to cut: the test would prove nothing")
        #expect(halves == onePass)
        #expect(halves.articles.map(\.path) == onePass.articles.map(\.path))
        #expect(halves.articles.last?.path == ["TITRE 3. - Titre 3", "CHAPITRE 2. - Chapitre 2", "Section 2. - Section 2"])
        #expect(halves.closing.text == onePass.closing.text && !halves.closing.isEmpty)
    }

    @Test func aNumberRepeatedAcrossTheCutIsReportedInLineOrder() {
        // Article 2 again near the end, and 40 twice in the second half.
        var text = (1...40).map { "Art. \($0). Texte \($0)." }.joined(separator: "\n\n")
        text += "\n\nArt. 40. Encore.\n\nArt. 2. Revoilà.\n"
        let (halves, onePass, joined) = Self.bothWays(text)
        #expect(joined)
        #expect(halves == onePass)
        #expect(halves.problems.map(\.message) == ["article 40 appears twice (first at line 79)",
                                                   "article 2 appears twice (first at line 3)"])
    }

    @Test func aQuotationOpenAtTheCutMakesOnePassReadOn() {
        // The quotation opened in article 20 never closes, so the cut's article 21 (and
        // the rest) are read under the quoted-text rule: only one pass knows that.
        var articles = (1...40).map { "Art. \($0). Texte \($0)." }
        articles[19] = "Art. 20. Remplacer par « Art. 7. Nouveau texte."
        let (halves, onePass, joined) = Self.bothWays(articles.joined(separator: "\n\n"))
        #expect(!joined)
        #expect(halves == onePass)
    }

    @Test func closingMatterBeforeTheCutMakesOnePassReadOn() {
        let text = "Art. 1. Un.\n\nDonné à Bruxelles.\n\n" + (2...40).map { "Art. \($0). Annexe \($0)." }.joined(separator: "\n\n")
        let (halves, onePass, joined) = Self.bothWays(text)
        #expect(!joined)
        #expect(halves == onePass)
        #expect(halves.articles.count == 1)
    }

    @Test func aHigherNumberBeforeTheCutMakesOnePassReadOn() {
        // Article 90 early in the first half; the cut falls on article 20.
        let text = (1...10).map { "Art. \($0). T." }.joined(separator: "\n\n") + "\n\nArt. 90. Loin.\n\n"
            + (11...40).map { "Art. \($0). T." }.joined(separator: "\n\n")
        let (halves, onePass, joined) = Self.bothWays(text)
        #expect(!joined)
        #expect(halves == onePass)
    }

    @Test func aTextWithoutPlaceToCutIsReadInOnePass() {
        let text = (1...40).map { "Art. \($0). Sans ligne blanche." }.joined(separator: "\n")
        let bytes = Array(text.utf8)
        #expect(TwoHalves.split(bytes: bytes, lines: TextSplitter.lineRanges(bytes), file: "t.txt") == nil)
        #expect(Self.bothWays(text).halves == Self.bothWays(text).onePass)
    }

    /// Random documents of real layouts and traps (the splitter's property test's pieces).
    /// Most hold a closing formula or an unclosed quotation before their middle, so most
    /// fall back to one pass: this checks that falling back changes nothing.
    @Test func randomDocumentsSplitTheSameBothWays() async {
        await propertyCheck(count: 400, input: Gen.element(of: SplitterPropertyTests.fragments).array(of: 0...120)) { drawn in
            let text = drawn.compactMap { $0 }.joined(separator: "\n")
            let (halves, onePass, _) = Self.bothWays(text)
            #expect(halves == onePass, "\(text)")
        }
    }

    /// Random documents of labels, headings (of every level, Markdown too), prose, numbers
    /// going back and repeated, and blank lines, without closing matter or quotations: these
    /// are joined from halves when no higher number precedes the cut (about one in seven
    /// here: the numbers are drawn at random), and must split as one pass does.
    @Test func randomStructuredDocumentsAreJoinedTheSame() async {
        let pieces = ["", "", "", "Art. 1er. Premier.", "Art. 2. Deux,", "Art. 3.", "Art. 7bis. Sept.",
                      "Article 9", "Subject matter", "Artikel 10 Toepassingsgebied", "Art. 2. Encore deux.",
                      "TITRE II. - Deux", "CHAPITRE 1er. - Un", "Section 3. - Trois", "## Titre Markdown",
                      "# Livre", "§ 1er. Paragraphe.", "1° point;", "une ligne coupée,", "fin de phrase.",
                      "Texte avec\u{00A0}espace", "\tTabulé", "CHAPTER I", "Art. 5. Cinq."]
        let joinedCount = Counter()
        await propertyCheck(count: 400, input: Gen.element(of: pieces).array(of: 0...120)) { drawn in
            let text = drawn.compactMap { $0 }.joined(separator: "\n")
            let (halves, onePass, joined) = Self.bothWays(text)
            #expect(halves == onePass, "\(text)")
            if joined { joinedCount.add() }
        }
        #expect(joinedCount.value >= 30, "only \(joinedCount.value) of 400 documents were joined from halves")
    }

    /// Every real text of `../shared/texts` and `../shared/intake` (their rendering when
    /// they are XML or HTML), and the demonstration bill.
    @Test(.enabled(if: SharedTexts.availableOrCI, "../shared/texts not found next to the checkout: real-corpus tests need it"))
    func realTextsSplitTheSameBothWays() throws {
        var texts: [(String, String)] = []
        for directory in [SharedTexts.directory, SharedTexts.intakeDirectory].compactMap({ $0 }) {
            let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
                .filter { !$0.hasPrefix(".") && $0 != "SOURCES.md" && $0 != "truth" && !$0.lowercased().hasSuffix(".pdf") }
            for name in names {
                let url = directory.appendingPathComponent(name)
                let plain = name.hasSuffix(".txt") || name.hasSuffix(".md")
                let text = plain ? try String(contentsOf: url, encoding: .utf8)
                    : try Importer.importFile(at: url, displayName: name).rendered()
                texts.append((name, text))
            }
        }
        #expect(texts.count >= 16, "the corpus has shrunk: \(texts.map(\.0))")
        var joined = 0
        for (name, text) in texts {
            let both = Self.bothWays(text, file: name)
            #expect(both.halves == both.onePass, "\(name)")
            if both.joined { joined += 1 }
        }
        #expect(joined >= texts.count / 2, "only \(joined) of \(texts.count) real texts were joined from halves")
    }

    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var count = 0
        var value: Int { lock.withLock { count } }
        func add() { lock.withLock { count += 1 } }
    }
}
