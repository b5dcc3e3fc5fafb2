import Testing
@testable import TaskForceCore

/// An article's body is kept as a range of the file exactly when the file holds it as it
/// reads, and reads the same either way: CR LF ends, padded or indented lines and doubled
/// blank lines give the text they always gave, gathered line by line.
struct ArticleBodyTests {
    static func body(_ source: String) -> ArticleBody {
        TextSplitter.split(source, file: "t.fr.txt").articles[0].body
    }

    @Test func aBodyAsTheFileHoldsItIsARangeOfIt() {
        let body = Self.body("Loi\n\nArt. 1. Le délai\nest prolongé.\n\n§ 2. « Deux ».\n\nArt. 2. Fin.\n")
        #expect(body.isRangeOfFile)
        #expect(body.text == "Le délai\nest prolongé.\n\n§ 2. « Deux ».")
        #expect(body.withUTF8 { Array($0) } == Array("Le délai\nest prolongé.\n\n§ 2. « Deux ».".utf8))
    }

    @Test(arguments: [
        ("Loi\r\n\r\nArt. 1. Le délai\r\nest prolongé.\r\n\r\n§ 2. Deux.\r\n", "CR LF"),
        ("Loi\n\nArt. 1. Le délai  \nest prolongé.\u{A0}\n\n§ 2. Deux.\n", "padded"),
        ("Loi\n\nArt. 1. Le délai\n   est prolongé.\n\n§ 2. Deux.\n", "indented"),
        ("Loi\n\nArt. 1. Le délai\nest prolongé.\n\n\n\n§ 2. Deux.\n", "blank lines doubled"),
        ("Loi\n\nArt. 1. Le délai\nest prolongé.\n \n§ 2. Deux.\n", "a blank line with a space"),
        ("Loi\n\nArt. 1. Le délai\n\\est prolongé.\n\n§ 2. Deux.\n", "a Markdown escape"),
    ])
    func otherBodiesAreGatheredAndReadTheSame(source: String, layout: String) {
        let body = Self.body(source)
        #expect(!body.isRangeOfFile, "\(layout)")
        #expect(body.text == "Le délai\nest prolongé.\n\n§ 2. Deux.", "\(layout)")
        #expect(body.withUTF8 { Array($0) } == Array(body.text.utf8), "\(layout)")
    }

    @Test func aBodyGatheredAfterARunStillHoldsTheRun() {
        // Three lines that follow each other, then one indented: all four are kept.
        let body = Self.body("Loi\n\nArt. 1. Un\ndeux\ntrois\n  quatre\ncinq\n")
        #expect(!body.isRangeOfFile)
        #expect(body.text == "Un\ndeux\ntrois\nquatre\ncinq")
    }

    @Test func anArticleWithoutBodyHasAnEmptyText() {
        let body = Self.body("Loi\n\nArt. 1.\n\nArt. 2. Fin.\n")
        #expect(body.text == "")
        #expect(body.withUTF8 { $0.count } == 0)
    }

    @Test func aRangeCutInsideAScalarIsKeptAsTheRepairedText() {
        let bytes = Array("délai".utf8)  // d, C3 A9, l, a, i
        let body = ArticleBody(source: bytes, range: 0..<2)
        #expect(!body.isRangeOfFile)
        #expect(body.text == String(decoding: bytes[0..<2], as: UTF8.self))
        #expect(body.withUTF8 { Array($0) } == Array(String(decoding: bytes[0..<2], as: UTF8.self).utf8))
        #expect(ArticleBody(source: bytes, range: 0..<3).isRangeOfFile)
    }

    @Test func bodiesCompareByTheirTextHoweverKept() {
        let ranged = Self.body("Loi\n\nArt. 1. Le délai.\n")
        #expect(ranged.isRangeOfFile)
        #expect(ranged == ArticleBody("Le délai."))
        #expect(ranged == ArticleBody("Le de\u{301}lai."))  // canonically equivalent, as strings compare
        #expect(ranged != ArticleBody("Le délai"))
    }
}
