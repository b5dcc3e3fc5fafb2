import TaskForceCore
import Testing
@testable import TaskForceUI

/// The help page scrolls when it is longer than the window, and says so with ▴ ▾.
struct HelpViewTests {
    static func screen(_ keys: String, ui: UILanguage = .fr, rows: Int = 24) throws -> [String] {
        var m = ReviewUpdateTests.model(ui: ui)
        for key in try KeyScript.parse(keys) { ReviewUpdate.update(&m, .key(key)) }
        return ReviewView.view(m, columns: 80, rows: rows).rows(trimmingTrailingSpaces: true)
    }

    @Test(arguments: UILanguage.allCases)
    func everyLineCanBeReachedAt80x24(_ ui: UILanguage) throws {
        let top = try Self.screen("<F1>", ui: ui)
        let bottom = try Self.screen("<F1><PgDn><PgDn><PgDn><PgDn>", ui: ui)
        let last = try #require(HelpView.lines(ui, width: 76).last?.text)
        #expect(bottom.contains { $0.contains(last) }, "\(bottom.joined(separator: "\n"))")
        #expect(top[1].contains(text(.screenHelp, ui)))
        let longerThanTheWindow = HelpView.lines(ui, width: 76).count > 20
        #expect(top[22].contains("▾") == longerThanTheWindow)
        #expect(!top[1].contains("▴"))
        #expect(bottom[1].contains("▴") == longerThanTheWindow)
        #expect(!bottom[22].contains("▾"))
        // The bar comes from the help page's key table.
        #expect(top[23] == " ↑ ↓ " + text(.keyScroll, ui) + "  Esc " + text(.keyBack, ui))
    }

    @Test func scrollingBackUpIsImmediateAfterScrollingTooFar() throws {
        let rows = try Self.screen("<F1><PgDn><PgDn><PgDn><PgDn><PgDn><Up><Up><Up><Up><Up><Up><Up><Up><Up><Up><Up><Up><Up><Up><Up><Up><Up><Up><Up><Up><Up><Up><Up><Up><Up><Up><Up><Up><Up><Up><Up><Up><Up><Up><Up><Up><Up><Up><Up><Up>")
        #expect(rows[2].contains(String(text(.helpIntro, .fr).prefix(20))))
    }

    /// The facilitator's two questions (show of hands, duplicate) share a paragraph: the
    /// page prints it once.
    @Test(arguments: UILanguage.allCases)
    func theFacilitatorsHelpTellsEachParagraphOnce(_ ui: UILanguage) {
        let page = HelpView.lines(ui, width: 2000, facilitator: true).map(\.text).filter { !$0.isEmpty }
        let question = text(.helpQuestionKeys, ui)
        #expect(page.filter { $0 == question }.count == 1)
        #expect(Set(page.filter { $0.count > 60 }).count == page.filter { $0.count > 60 }.count, "a paragraph is told twice")
    }

    @Test func anotherKeyClosesIt() throws {
        let rows = try Self.screen("<F1>j<Esc>")
        #expect(rows[23].hasPrefix(" F1 Aide"))
    }

    /// A tall window shows the whole page at once, with no arrows.
    @Test func aTallWindowShowsItAll() throws {
        let rows = try Self.screen("<F1>", rows: 60)
        #expect(!rows.joined().contains("▾") && !rows.joined().contains("▴"))
    }
}
