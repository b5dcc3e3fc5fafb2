import Foundation
import TaskForceCore
import Testing
@testable import TaskForceUI

/// What each screen looks like, as text, at 40×12, 60×20 and 80×24 in every interface
/// language, and in the reading mode (issue 15): one file per language in `Snapshots/`, so
/// that a change to any screen shows in review as a diff of what people will see.
///
/// After a deliberate change, write them again and read the diff:
///   TASKFORCE_UPDATE_SNAPSHOTS=1 swift test --filter ScreenSnapshotTests
struct ScreenSnapshotTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")
    static let sizes = [ScreenSize(columns: 40, rows: 12), ScreenSize(columns: 60, rows: 20), ScreenSize(columns: 80, rows: 24)]

    /// The screens: a name, and how to get there from article 5bis with two comments.
    static func screens(_ ui: UILanguage) throws -> [(name: String, model: ReviewModel)] {
        func on(_ start: ReviewModel, _ keys: String) throws -> ReviewModel {
            var m = start
            m.uiLanguage = ui
            for key in try KeyScript.parse(keys) { _ = ReviewUpdate.update(&m, .key(key)) }
            return m
        }
        var facilitator = FacilitatorUpdateTests.model()
        facilitator.screen = .dashboard
        return [
            ("reader", try on(NotesUpdateTests.model(), "")),
            ("composer", try on(NotesUpdateTests.model(), "a2<Tab> <Tab>Le bouton")),
            ("notes", try on(NotesUpdateTests.model(), "c")),
            ("help", try on(NotesUpdateTests.model(), "<F1>")),
            ("kiosk", try on(NotesUpdateTests.model(kiosk: true), "")),
            ("dashboard", try on(facilitator, "")),
            ("reading mode", try on(NotesUpdateTests.model(), "r")),
            ("article list", try on(NotesUpdateTests.model(), "lk")),
        ]
    }

    static func snapshot(_ ui: UILanguage) throws -> String {
        var out = ""
        for (name, start) in try screens(ui) {
            for size in sizes {
                var m = start
                m.screenSize = size
                let grid = ReviewView.view(m, columns: size.columns, rows: size.rows)
                let cursor = grid.cursor.map { "cursor \($0.row),\($0.column)" } ?? "no cursor"
                out += "== \(name) \(size.columns)x\(size.rows) (\(cursor))\n"
                out += grid.rows(trimmingTrailingSpaces: true).joined(separator: "\n") + "\n"
            }
        }
        return out
    }

    @Test(arguments: UILanguage.allCases) func screensAreAsRecorded(_ ui: UILanguage) throws {
        let file = Self.folder.appendingPathComponent("screens.\(ui.rawValue).txt")
        let now = try Self.snapshot(ui)
        if ProcessInfo.processInfo.environment["TASKFORCE_UPDATE_SNAPSHOTS"] == "1" {
            try FileManager.default.createDirectory(at: Self.folder, withIntermediateDirectories: true)
            try now.write(to: file, atomically: true, encoding: .utf8)
            return
        }
        guard let recorded = try? String(contentsOf: file, encoding: .utf8) else {
            Issue.record("no snapshot \(file.lastPathComponent): write it with TASKFORCE_UPDATE_SNAPSHOTS=1 and read it")
            return
        }
        let a = recorded.split(separator: "\n", omittingEmptySubsequences: false)
        let b = now.split(separator: "\n", omittingEmptySubsequences: false)
        if let line = zip(a, b).enumerated().first(where: { $0.element.0 != $0.element.1 })?.offset ?? (a.count == b.count ? nil : min(a.count, b.count)) {
            let header = b.prefix(line + 1).last { $0.hasPrefix("== ") } ?? ""
            Issue.record("""
                \(file.lastPathComponent) line \(line + 1) (\(header)) differs:
                recorded: \(line < a.count ? String(a[line]) : "(end)")
                now:      \(line < b.count ? String(b[line]) : "(end)")
                """)
        }
    }

    /// Every size in the snapshots is served: none says the window is too small, and no
    /// key bar ends in a cut entry.
    @Test(arguments: UILanguage.allCases) func noScreenIsRefused(_ ui: UILanguage) throws {
        let tooSmall = text(.terminalTooSmall, ui, ["columns": "", "rows": ""]).prefix(12)
        let snapshot = try Self.snapshot(ui)
        #expect(!snapshot.contains(tooSmall), "\(ui): a screen says it is too small")
    }
}
