import TaskForceCore
import Testing
@testable import TaskForceUI

/// At 40 columns (issue 15: very large letters) each piece of the title line keeps its own
/// columns, and what does not fit ends with "…": the title line, box titles, messages.
struct NarrowCutTests {
    static func rows(_ ui: UILanguage, _ keys: String = "", kiosk: Bool = true) throws -> [String] {
        var m = NotesUpdateTests.model(kiosk: kiosk)
        m.uiLanguage = ui
        m.session = "BXL-2026-12"
        m.screenSize = ScreenSize(columns: 40, rows: 12)
        for key in try KeyScript.parse(keys) { ReviewUpdate.update(&m, .key(key)) }
        return ReviewView.view(m, columns: 40, rows: 12).rows(trimmingTrailingSpaces: true)
    }

    @Test(arguments: UILanguage.allCases)
    func theTitleLineIsCutNotOverwritten(_ ui: UILanguage) throws {
        let title = try Self.rows(ui)[0]
        // The name and the languages first, whole; the session and kiosk after, cut.
        #expect(title.hasPrefix(" taskforce · FR NL "), "\(title)")
        #expect(title.hasSuffix("…"), "\(title)")
        #expect(title.contains(String(text(.titleSession, ui, ["session": "BXL"]).prefix(4))), "\(title)")
    }

    @Test(arguments: UILanguage.allCases)
    func aLongMessageEndsWithAnEllipsis(_ ui: UILanguage) throws {
        let bottom = try Self.rows(ui, "r", kiosk: false)[11]
        #expect(DisplayWidth.of(" " + text(.readingOn, ui)) > 40)
        #expect(bottom.hasSuffix("…"), "\(bottom)")
    }
}
