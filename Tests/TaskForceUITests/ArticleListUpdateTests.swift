import TaskForceCore
import Testing
@testable import TaskForceUI

/// `l` shows the list of articles over the whole window (issue 15: below 80×24 it is the only
/// way to see it): Enter reads the chosen article, Esc leaves the one being read unchanged.
struct ArticleListUpdateTests {
    static func model(_ keys: String, columns: Int = 40, rows: Int = 12) throws -> ReviewModel {
        var m = NotesUpdateTests.model()
        m.uiLanguage = .en
        m.screenSize = ScreenSize(columns: columns, rows: rows)
        for key in try KeyScript.parse(keys) { ReviewUpdate.update(&m, .key(key)) }
        return m
    }

    @Test func enterReadsTheChosenArticle() throws {
        let before = try Self.model("").articleIndex
        let m = try Self.model("lkk<Enter>")
        #expect(m.screen == .article)
        #expect(before == 2 && m.articleIndex == 0)
    }

    @Test func escLeavesTheArticleAsItWas() throws {
        let before = try Self.model("")
        let m = try Self.model("lkk<Esc>")
        #expect(m.screen == .article)
        #expect(m.articleIndex == before.articleIndex)
    }

    /// The chosen row is marked, and the terminal's cursor is on it.
    @Test(arguments: [ScreenSize(columns: 40, rows: 12), ScreenSize(columns: 80, rows: 24)])
    func theCursorIsOnTheChosenRow(_ size: ScreenSize) throws {
        let m = try Self.model("lk", columns: size.columns, rows: size.rows)
        let grid = ReviewView.view(m, columns: size.columns, rows: size.rows)
        let rows = grid.rows(trimmingTrailingSpaces: true)
        let cursor = try #require(grid.cursor)
        #expect(rows[cursor.row].dropFirst(cursor.column).hasPrefix("▸ "), "\(rows.joined(separator: "\n"))")
        #expect(rows[1].contains(text(.screenArticles, .en)))
        #expect(rows[size.rows - 1].contains("Enter Open"))
    }
}
