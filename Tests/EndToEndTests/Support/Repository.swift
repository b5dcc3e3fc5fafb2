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
    static func copyDemoAnnotations(into folder: URL) throws {
        let source = root.appendingPathComponent("Annotations/\(demoID)")
        let target = folder.appendingPathComponent("Annotations/\(demoID)")
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: source, to: target)
    }
}
