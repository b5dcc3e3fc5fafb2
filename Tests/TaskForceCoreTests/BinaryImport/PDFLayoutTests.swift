import Testing
@testable import TaskForceCore

/// The pieces of the PDF reading on made-up word boxes.
struct PDFLayoutTests {
    /// A page of two columns of `rows` lines: French on the left, Dutch on the right.
    static func twoColumnPage(rows: Int = 12) -> [PDFWord] {
        var words: [PDFWord] = []
        for row in 0..<rows {
            let y = 100 + Double(row) * 12
            for (i, word) in ["la", "loi", "est", "pour", "les", "travailleurs"].enumerated() {
                words.append(PDFWord(text: word, xMin: 50 + Double(i) * 40, yMin: y, xMax: 80 + Double(i) * 40, yMax: y + 9))
            }
            for (i, word) in ["de", "wet", "is", "voor", "het", "werk"].enumerated() {
                words.append(PDFWord(text: word, xMin: 320 + Double(i) * 40, yMin: y + 1, xMax: 350 + Double(i) * 40, yMax: y + 10))
            }
        }
        return words
    }

    @Test func columnsAreSeparatedByTheEmptyGutter() throws {
        let split = try #require(ColumnSplit.split(Self.twoColumnPage(), pageWidth: 595))
        #expect(split.left.allSatisfy { $0.xMax < 300 })
        #expect(split.right.allSatisfy { $0.xMin > 300 }, "right column: \(split.right.map(\.xMin).min() ?? 0)")
        #expect(LanguageGuess.language(of: split.left.map(\.text)) == "fr")
        #expect(LanguageGuess.language(of: split.right.map(\.text)) == "nl")
    }

    @Test func fullWidthTextIsOneColumn() {
        // Justified lines: the spaces between words fall elsewhere on every line.
        var words: [PDFWord] = []
        for row in 0..<20 {
            var x = 50.0 + Double(row * 7 % 30)
            while x < 520 {
                let width = 20 + Double((row * 13 + Int(x)) % 30)
                words.append(PDFWord(text: "mot", xMin: x, yMin: Double(row) * 12, xMax: x + width, yMax: Double(row) * 12 + 9))
                x += width + 4
            }
        }
        #expect(ColumnSplit.split(words, pageWidth: 595) == nil, "a one-column page was split")
    }

    @Test func hyphenatedLineEndsAreJoined() {
        #expect(Paragraphs.joined("de opdrach-", "ten van") == "de opdrachten van")
        #expect(Paragraphs.joined("een Informatie-", "en Adviescentrum") == "een Informatie- en Adviescentrum")
        #expect(Paragraphs.joined("les articles 12-", "13") == "les articles 12- 13")
        #expect(Paragraphs.joined("la loi", "règle") == "la loi règle")
    }

    @Test func runningHeadersMatchWhateverTheirNumbers() {
        #expect(RunningHeaders.signature("37824 BELGISCH STAATSBLAD — 25.11.1998 — MONITEUR BELGE")
                == RunningHeaders.signature("BELGISCH STAATSBLAD — 09.12.1998 — MONITEUR BELGE 39305"))
        #expect(RunningHeaders.signature("- 12 -") == "")
        #expect(RunningHeaders.signature("Page 3") == "")
    }

    @Test func raisedSuffixJoinsItsNumber() {
        let words = [PDFWord(text: "Article", xMin: 10, yMin: 100, xMax: 40, yMax: 110),
                     PDFWord(text: "1", xMin: 42, yMin: 100, xMax: 46, yMax: 110),
                     PDFWord(text: "er", xMin: 46.2, yMin: 97, xMax: 52, yMax: 104),
                     PDFWord(text: ".", xMin: 52.3, yMin: 100, xMax: 54, yMax: 110)]
        #expect(PDFLine.lines(of: words, page: 1).map(\.text) == ["Article 1er."])
    }

    @Test func ocrWordsAreScaledToThePage() {
        let tsv = """
            level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext
            1\t1\t0\t0\t0\t0\t0\t0\t2480\t3508\t-1\t
            5\t1\t1\t1\t1\t1\t248\t350\t124\t35\t96\tArt.
            """
        let page = PDFPage(number: 8, width: 595.2, height: 841.9, words: [])
        let words = OCRReader.words(tsv: tsv, page: page)
        #expect(words.map(\.text) == ["Art."])
        #expect(abs(words[0].xMin - 59.52) < 0.01)
    }

    @Test func formatsAreToldFromTheFirstBytes() {
        #expect(BinaryFormat.of(Array("%PDF-1.4\n".utf8)) == .pdf)
        #expect(BinaryFormat.of([0x50, 0x4B, 0x03, 0x04, 0]) == .zip)
        #expect(BinaryFormat.of([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) == .compoundFile)
        #expect(BinaryFormat.of(Array("<?xml version=\"1.0\"?><akomaNtoso/>".utf8)) == nil)
        #expect(BinaryFormat.of(Array("Art. 1. %PDF- in a text".utf8)) == nil)
        #expect(BinaryFormat.of(Array("junk\n%PDF-1.7".utf8)) == .pdf)
    }
}
