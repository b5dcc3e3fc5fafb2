import Foundation

/// Files of this repository that the tests read: the shipped demonstration bill.
enum Repository {
    /// `Tests/EndToEndTests/Support/Repository.swift` is three folders below the root.
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static let texts = root.appendingPathComponent("Texts")
    static let demoID = "demo-travail-du-sexe"
    static let demoArticleCount = 21

    static func demoFile(_ language: String) -> URL {
        texts.appendingPathComponent("\(demoID).\(language).txt")
    }

    /// Copies the demonstration bill into `folder/Texts` and returns that folder.
    @discardableResult
    static func copyDemoTexts(into folder: URL) throws -> URL {
        let target = folder.appendingPathComponent("Texts")
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        for language in ["fr", "nl", "en"] {
            try FileManager.default.copyItem(
                at: demoFile(language),
                to: target.appendingPathComponent(demoFile(language).lastPathComponent))
        }
        return target
    }

    /// Copies the demonstration annotations into `folder/Annotations/<demo id>`.
    /// - Parameter sessions: the demo's session records too (`Annotations/sessions/`).
    static func copyDemoAnnotations(into folder: URL, sessions: Bool = false) throws {
        for name in [demoID] + (sessions ? ["sessions"] : []) {
            let target = folder.appendingPathComponent("Annotations/\(name)")
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: root.appendingPathComponent("Annotations/\(name)"), to: target)
        }
    }
}
