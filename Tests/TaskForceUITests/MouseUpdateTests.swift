import TaskForceCore
import Testing
@testable import TaskForceUI

/// Clicks and the wheel → model, through the same `update` as keys. At 80×24 the list's
/// articles are on rows 2…21, columns 1…26; the article text is right of column 28.
struct MouseUpdateTests {
    struct Row: Sendable, CustomTestStringConvertible {
        var keys: String
        var texts = 1
        var size = ScreenSize(columns: 80, rows: 24)
        var screen: Shown
        var text = 0
        var article = 0
        var testDescription: String { keys }
    }

    static let rows: [Row] = [
        Row(keys: "<Click 5,4>", screen: .reader, article: 2),
        Row(keys: "<Click 5,3><Click 26,2>", screen: .reader, article: 0),
        Row(keys: "<Click 0,3>", screen: .reader, article: 0),         // the border, not an article
        Row(keys: "<Click 5,9>", screen: .reader, article: 0),         // below the last article
        Row(keys: "<Click 50,4>", screen: .reader, article: 0),        // in the text: nothing to select
        Row(keys: "<Click 5,4>", size: ScreenSize(columns: 79, rows: 24), screen: .reader),  // too small: nothing drawn
        Row(keys: "<WheelDown 5,10><WheelDown 5,10>", screen: .reader, article: 2),
        Row(keys: "<WheelDown 5,10><WheelDown 5,10><WheelDown 5,10><WheelUp 5,10>", screen: .reader, article: 1),
        Row(keys: "<WheelDown 50,10>", screen: .reader, article: 0),   // over the text it scrolls instead
        Row(keys: "<F12><Click 5,4><F12>", screen: .reader, article: 0),
        Row(keys: "<F1><Click 40,10>", screen: .reader),               // a click closes the help
        Row(keys: "<Click 10,3>", texts: 2, screen: .reader, text: 1), // one click opens a text
        Row(keys: "<Click 10,6>", texts: 2, screen: .chooser),         // no text on that row
        Row(keys: "<WheelDown 10,6>", texts: 2, screen: .chooser, text: 1),
        Row(keys: "<WheelDown 10,6><Enter><Click 5,4>", texts: 2, screen: .reader, text: 1, article: 2),
    ]

    @Test(arguments: rows)
    func mouse(_ row: Row) throws {
        var m = ReviewUpdateTests.model(texts: row.texts)
        m.screenSize = row.size
        for key in try KeyScript.parse(row.keys) { ReviewUpdate.update(&m, .key(key)) }
        #expect(m.shown == row.screen)
        #expect(m.textIndex == row.text)
        #expect(m.articleIndex == row.article)
    }

    /// The list scrolls by pages: a click on its first row after paging down selects the
    /// article shown there, not the first article of the text.
    @Test func clickInAScrolledList() {
        let source = (1...30).map { "Art. \($0)\nTexte \($0).\n" }.joined(separator: "\n")
        var m = ReviewViewTests.model(source)
        ReviewUpdate.update(&m, .key(.end))  // article 30: the list shows page 2, articles 21…30
        ReviewUpdate.update(&m, .key(.mouse(MouseEvent(.click, column: 3, row: 3))))
        #expect(m.currentArticle?.number == "22")
    }

    @Test func wheelScrollsTheTextAndStopsAtItsEnd() throws {
        var m = SideBySideTests.longArticle()
        m.screenSize = ScreenSize(columns: 80, rows: 24)
        let down = Key.mouse(MouseEvent(.wheelDown, column: 50, row: 10))
        let up = Key.mouse(MouseEvent(.wheelUp, column: 50, row: 10))
        let body = ReviewLayout(m, size: m.screenSize).text.inset(by: 1)
        let limit = ArticlePane.maximumScroll(m.currentArticle!, in: body)
        #expect(limit == 40 - 20)  // 40 paragraphs of one line, 20 rows
        ReviewUpdate.update(&m, .key(down))
        #expect(m.textScroll == 3)
        for _ in 0..<100 { ReviewUpdate.update(&m, .key(down)) }
        #expect(m.textScroll == limit)
        ReviewUpdate.update(&m, .key(up))
        #expect(m.textScroll == limit - 3)
        for _ in 0..<100 { ReviewUpdate.update(&m, .key(up)) }
        #expect(m.textScroll == 0)
    }

    /// While a comment is being written, a stray click changes nothing.
    @Test func clicksAreIgnoredInTheComposerAndThePrompt() {
        for opening in [Key.character("a"), .character("/")] {
            var m = ReviewUpdateTests.model()
            ReviewUpdate.update(&m, .key(opening))
            let before = (m.articleIndex, m.composer?.articleNumber, m.prompt?.kind)
            ReviewUpdate.update(&m, .key(.mouse(MouseEvent(.click, column: 5, row: 4))))
            ReviewUpdate.update(&m, .key(.mouse(MouseEvent(.wheelDown, column: 5, row: 4))))
            #expect(m.articleIndex == before.0)
            #expect(m.composer?.articleNumber == before.1)
            #expect(m.prompt?.kind == before.2)
        }
    }
}
