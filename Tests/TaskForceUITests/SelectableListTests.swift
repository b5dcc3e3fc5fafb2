import AnnotationFixtures
import TaskForceCore
import Testing
@testable import TaskForceUI

/// The list component every screen's selection goes through (Components/SelectableList).
struct SelectableListTests {
    struct Row: Sendable, CustomTestStringConvertible {
        var selected: Int
        var move: SelectableList.Move
        var count: Int
        var expected: Int
        var testDescription: String { "\(selected) \(move) in \(count) → \(expected)" }
    }

    static let rows: [Row] = [
        Row(selected: 0, move: .up, count: 5, expected: 0),
        Row(selected: 2, move: .up, count: 5, expected: 1),
        Row(selected: 4, move: .down, count: 5, expected: 4),
        Row(selected: 1, move: .down, count: 5, expected: 2),
        Row(selected: 3, move: .pageDown, count: 25, expected: 13),
        Row(selected: 20, move: .pageDown, count: 25, expected: 24),
        Row(selected: 5, move: .pageUp, count: 25, expected: 0),
        Row(selected: 7, move: .top, count: 25, expected: 0),
        Row(selected: 7, move: .bottom, count: 25, expected: 24),
        Row(selected: 0, move: .bottom, count: 0, expected: 0),  // an empty list stays at 0
        Row(selected: 9, move: .down, count: 3, expected: 2),    // a list that shrank
    ]

    @Test(arguments: rows) func moves(_ row: Row) {
        #expect(SelectableList.moved(row.selected, row.move, count: row.count) == row.expected)
    }

    @Test func theWindowTurnsByWholePages() {
        #expect(SelectableList.firstVisible(selected: 0, height: 10) == 0)
        #expect(SelectableList.firstVisible(selected: 9, height: 10) == 0)
        #expect(SelectableList.firstVisible(selected: 10, height: 10) == 10)
        #expect(SelectableList.firstVisible(selected: 3, height: 0) == 3)  // no room: the selected row first
    }

    @Test func scrollingStaysWithinThePage() {
        #expect(ScrollPosition.scrolled(0, .up, page: 10) == 0)
        #expect(ScrollPosition.scrolled(5, .pageDown, page: 10, limit: 12) == 12)
        #expect(ScrollPosition.scrolled(5, .bottom, page: 10, limit: 12) == 12)
        #expect(ScrollPosition.scrolled(5, .pageUp, page: 10) == 0)
    }

    /// The list of texts used to stop at the window's last row: a text further down could
    /// be chosen but never seen. It now turns by pages, and a click finds the text under it.
    @Test func aLongListOfTextsScrolls() throws {
        let texts = (0..<30).map { i in
            ReviewModel.TextEntry(id: TextID("t\(i)")!, versions: ReviewUpdateTests.model().texts[0].versions)
        }
        var m = ReviewModel(texts: texts, uiLanguage: .en)
        for _ in 0..<25 { ReviewUpdate.update(&m, .key(.down)) }
        let rows = ReviewView.view(m, columns: 80, rows: 24).rows()
        #expect(rows.contains { $0.contains("▸ b.fr.txt") }, "\(rows.joined(separator: "\n"))")
        // The window shows texts 20 to 39: the 7th row of the list is text 26.
        ReviewUpdate.update(&m, .resized(ScreenSize(columns: 80, rows: 24)))
        ReviewUpdate.update(&m, .key(.mouse(MouseEvent(.click, column: 10, row: 2 + 6))))
        #expect(m.currentText?.id == "t26" && m.screen == .article)
    }
}
