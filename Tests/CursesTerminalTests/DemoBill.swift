import Foundation
import AnnotationFixtures
import TaskForceCore
import TaskForceUI

/// The demonstration bill shipped in `Texts/`, loaded as `taskforce` loads it, so the
/// curses tests draw the real review screen rather than a made-up grid.
enum DemoBill {
    /// `Tests/CursesTerminalTests/DemoBill.swift` is two folders below the root.
    static let texts = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Texts")

    /// The reader on the demo bill, interface in French (as the end-to-end tests start it).
    static func model() throws -> ReviewModel {
        let library = try TextLibrary.load(texts)
        let entries = library.texts.map { text in
            ReviewModel.TextEntry(id: text.id, versions: text.versions.compactMap { version in
                version.file.map { (language: version.language, split: $0.split) }
            })
        }
        // Texts/ holds more than the bill: open it directly, as `--text` does.
        return ReviewModel(texts: entries, uiLanguage: .fr, openText: "demo-travail-du-sexe")
    }
}
