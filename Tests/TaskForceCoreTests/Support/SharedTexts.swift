import Foundation
import Testing

/// The real legislative texts kept next to the checkout in `../shared/texts/` (see its
/// SOURCES.md). They are test data, never copied into the repository.
enum SharedTexts {
    /// The package root: the nearest folder above this file that holds Package.swift.
    static let packageRoot: URL? = {
        var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while folder.path != "/" {
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path) {
                return folder
            }
            folder = folder.deletingLastPathComponent()
        }
        return nil
    }()

    /// `../shared/texts` next to the package root, when it exists.
    static let directory: URL? = shared("texts")

    /// `../shared/intake`: the next forms (EUR-Lex, Formex, BWB, German XML…), see its SOURCES.md.
    static let intakeDirectory: URL? = shared("intake")

    static func shared(_ name: String) -> URL? {
        guard let root = packageRoot else { return nil }
        let folder = root.deletingLastPathComponent().appendingPathComponent("shared/\(name)")
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue
        else { return nil }
        return folder.standardizedFileURL
    }

    static var isCI: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }

    /// For `.enabled(if:)`: run when the texts are here, and also on CI, where a
    /// missing corpus must fail (through `file(_:)`) rather than skip silently.
    static var availableOrCI: Bool {
        if directory != nil || isCI { return true }
        print("skipping real-corpus test: ../shared/texts not found next to the checkout")
        return false
    }

    /// The URL of a corpus file; records an issue (failing the test) when it is missing.
    static func file(_ name: String, sourceLocation: SourceLocation = #_sourceLocation) -> URL? {
        guard let directory else {
            Issue.record("../shared/texts not found next to the checkout: real-corpus tests need it",
                         sourceLocation: sourceLocation)
            return nil
        }
        let url = directory.appendingPathComponent(name)
        guard FileManager.default.fileExists(atPath: url.path) else {
            Issue.record("\(name) is missing from ../shared/texts", sourceLocation: sourceLocation)
            return nil
        }
        return url
    }

    /// For `.enabled(if:)` on tests of `../shared/intake`, as `availableOrCI`.
    static var intakeAvailableOrCI: Bool {
        if intakeDirectory != nil || isCI { return true }
        print("skipping intake corpus test: ../shared/intake not found next to the checkout")
        return false
    }

    /// The expected article numbers of a text, from `truth/<name>.numbers` (of
    /// `../shared/texts`, or of another folder such as `intakeDirectory`).
    static func truth(_ name: String, in folder: URL? = nil,
                      sourceLocation: SourceLocation = #_sourceLocation) -> [String] {
        let url: URL?
        if let folder {
            url = folder.appendingPathComponent("truth/\(name).numbers")
        } else {
            url = file("truth/\(name).numbers", sourceLocation: sourceLocation)
        }
        guard let url, let text = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("truth/\(name).numbers cannot be read", sourceLocation: sourceLocation)
            return []
        }
        return text.split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }
}
