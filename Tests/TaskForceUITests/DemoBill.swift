import Foundation
import TaskForceCore
@testable import TaskForceUI

/// The demonstration bill of `Texts/` (French, Dutch, English), as the reader gets it.
enum DemoBill {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Texts")

    static func model(_ languages: [String] = ["fr", "nl"], ui: UILanguage = .fr,
                      size: ScreenSize = ScreenSize(columns: 170, rows: 40)) throws -> ReviewModel {
        let versions = try languages.map { language in
            let name = "demo-travail-du-sexe.\(language).txt"
            let source = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            return (language: language, split: TextSplitter.split(source, file: name))
        }
        var model = ReviewModel(texts: [.init(id: "demo", versions: versions)], uiLanguage: ui)
        model.screenSize = size
        return model
    }
}
