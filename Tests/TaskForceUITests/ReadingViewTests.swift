import Foundation
import TaskForceCore
import Testing
@testable import TaskForceUI

/// The reading mode (issue 15, item 1): one column of plain lines, the article then its
/// comments, the cursor on the first line; and the small windows that use it (item 2).
struct ReadingViewTests {
    static func screen(_ m: ReviewModel, _ size: ScreenSize = ScreenSize(columns: 80, rows: 24)) -> (rows: [String], cursor: CursorPosition?) {
        let grid = ReviewView.view(m, columns: size.columns, rows: size.rows)
        return (grid.rows(trimmingTrailingSpaces: true), grid.cursor)
    }

    /// A box-drawing character anywhere (U+2500 to U+257F).
    static func hasFrames(_ rows: [String]) -> Bool {
        rows.joined().unicodeScalars.contains { (0x2500...0x257F).contains($0.value) }
    }

    @Test func rShowsTheArticleThenItsCommentsInOneColumn() throws {
        var m = NotesUpdateTests.model()
        m.uiLanguage = .en
        let (m2, _) = try NotesUpdateTests.run("r", on: m)
        m = m2
        #expect(m.reading && m.status == .say(.readingOn))
        let (rows, cursor) = Self.screen(m)
        #expect(!Self.hasFrames(rows), "\(rows.joined(separator: "\n"))")
        // Where the reader is, on the first line, with the cursor there.
        #expect(rows[1].contains("Art. 5bis") && rows[1].contains("article 3 of 3"), "\(rows[1])")
        #expect(cursor == CursorPosition(row: 1, column: 1))
        // The article's text, then the comments, each line one thing.
        let page = rows.joined(separator: "\n")
        let comments = try #require(rows.firstIndex { $0.contains("Comments on Art. 5bis: 2") }, "\(page)")
        let theirs = try #require(rows.firstIndex { $0.contains("Le bouton doit marcher la nuit aussi.") }, "\(page)")
        #expect(comments > 3 && theirs > comments)
        #expect(page.contains("2 people said “me too”") || page.contains("2 people said \"me too\"") || page.contains("me too"))
        // No line of the article list (article 1's heading is not on article 5bis's page).
        let first = try #require(m.currentSplit?.articles.first?.heading)
        #expect(!page.contains(first), "the list's \(first) is on the page")
        // r again: the panes.
        let (back, _) = try NotesUpdateTests.run("r", on: m)
        #expect(!back.reading && Self.hasFrames(Self.screen(back).rows))
    }

    @Test func aKioskAndHiddenTalliesShowNoComments() throws {
        var kiosk = NotesUpdateTests.model(kiosk: true)
        kiosk.reading = true
        #expect(!Self.screen(kiosk).rows.joined().contains("Le bouton doit marcher"))
        var room = NotesUpdateTests.model()
        room.reading = true
        room.session = "TST-1"
        room.facilitatorPosition = LivePosition(session: "TST-1", text: "bill-0", article: "5bis", talliesShown: false)
        #expect(room.talliesHidden)
        #expect(!Self.screen(room).rows.joined().contains("Le bouton doit marcher"))
    }

    @Test func aPhoneNumberIsMaskedAsInTheNotes() throws {
        var m = NotesUpdateTests.model()
        let t = m.texts[0]
        let phone = NotesUpdateTests.comment("cccccccccccccccccccccccccccccccc", "Appelez-moi au 0470 12 34 56.")
        m.texts[0] = ReviewModel.TextEntry(id: t.id, versions: t.versions, notes: ["5bis": [phone]])
        m.reading = true
        let page = Self.screen(m).rows.joined(separator: "\n")
        #expect(!page.contains("0470") && page.contains("Appelez-moi au"), "\(page)")
    }

    @Test func pageDownReachesTheComments() throws {
        var m = NotesUpdateTests.model()
        m.reading = true
        let size = ScreenSize(columns: 40, rows: 12)
        m.screenSize = size
        #expect(!Self.screen(m, size).rows.joined().contains("Qui paie le bouton"))
        for _ in 0..<6 { _ = ReviewUpdate.update(&m, .key(.pageDown)) }
        #expect(Self.screen(m, size).rows.joined().contains("Qui paie le bouton"))
    }

    /// Below 80×24 and down to 40×12 nothing is refused: the reader is one column (with its
    /// frames, unless the reading mode is on), the composer compact with the focus in view.
    @Test(arguments: [ScreenSize(columns: 40, rows: 12), ScreenSize(columns: 60, rows: 20), ScreenSize(columns: 79, rows: 30)])
    func smallWindowsAreServed(_ size: ScreenSize) throws {
        var m = NotesUpdateTests.model()
        m.uiLanguage = .en
        m.screenSize = size
        let reader = Self.screen(m, size).rows
        #expect(!reader.joined().contains("too small"))
        #expect(reader[1...2].joined(separator: " ").contains("5bis · article 3 of 3"), "\(reader.joined(separator: "\n"))")
        let (composing, _) = try NotesUpdateTests.run("a", on: m)
        let (rows, cursor) = Self.screen(composing, size)
        let page = rows.joined(separator: "\n")
        for stance in Stance.allCases {
            #expect(page.contains(text(VocabularyLabels.label(stance), .en)), "\(stance) not offered:\n\(page)")
        }
        let focus = try #require(cursor)
        #expect(rows[focus.row].contains("( ) agree"), "the cursor is not on the choices:\n\(page)")
        // Typing: the text and the cursor right after it.
        let (typed, _) = try NotesUpdateTests.run("aHello", on: m)
        let (typedRows, typedCursor) = Self.screen(typed, size)
        let at = try #require(typedCursor)
        #expect(typedRows[at.row].contains("Hello") && at.column == typedRows[at.row].firstRange(of: "Hello").map {
            typedRows[at.row].distance(from: typedRows[at.row].startIndex, to: $0.upperBound)
        }, "\(typedRows.joined(separator: "\n")) cursor \(at)")
    }

    @Test func belowFortyByTwelveTheScreenSaysItsSize() {
        let m = NotesUpdateTests.model()
        let rows = Self.screen(m, ScreenSize(columns: 39, rows: 12)).rows.joined(separator: " ")
        #expect(rows.contains("40×12") && rows.contains("39×12"), "\(rows)")
    }
}
