import AnnotationFixtures
import Foundation
import Testing
@testable import TaskForceCore

/// The loader joins paths as Strings instead of building a `URL` per file: the paths it
/// reports, the paths it opens and the names it takes ids from must be exactly those the
/// `URL`s gave.
struct AnnotationLoaderPathTests {
    static let roots = [
        "Annotations", "Annotations/", "./Annotations", "../x/Annotations", "a//b", "a b", "a%20b", "d/./e",
        ".", "..", "./", "/", "/tmp/x", "/tmp/x/", "/tmp//x", "~/x", "file:x", "a?b#c",
    ]
    static let names = [
        "0123456789abcdef0123456789abcdef.json", "x.json", "a b", "%41", "%", "a:b", "a?b", "a#b", "a;b", "[x]",
        "é", "e\u{301}", "...", "..x", "~", "a\\b", " ", "x.json ", "\u{7F}", "\u{1B}[31m", "a\nb",
        "\u{FEFF}", "\u{FEFF}0123456789abcdef0123456789abcdef.json", "a\u{FEFF}b", "\u{200B}", "\u{FFFE}",
    ]

    @Test func joinedPathsAreTheURLPaths() {
        for root in Self.roots {
            let folder = URL(fileURLWithPath: root)
            for name in Self.names {
                let url = folder.appendingPathComponent(name)
                #expect(AnnotationLoader.joined(folder.relativePath, name) == url.relativePath, "\(root) + \(name.debugDescription)")
                #expect(AnnotationLoader.joined(folder.path, name) == url.path, "\(root) + \(name.debugDescription)")
                // A text folder, then a file in it.
                let nested = folder.appendingPathComponent("demo").appendingPathComponent(name)
                #expect(AnnotationLoader.joined(AnnotationLoader.joined(folder.relativePath, "demo"), name) == nested.relativePath)
                #expect(AnnotationLoader.joined(AnnotationLoader.joined(folder.path, "demo"), name) == nested.path)
            }
        }
    }

    @Test func theNameAnIdIsReadFromIsTheURLsLastComponent() {
        let folder = URL(fileURLWithPath: "Annotations").appendingPathComponent("demo")
        for name in Self.names {
            let url = folder.appendingPathComponent(name)
            #expect(AnnotationLoader.nameForID(name, path: url.path) == url.lastPathComponent, "\(name.debugDescription)")
        }
    }

    /// What is reported, and where the valid files were read, for a root given with a
    /// trailing slash and a doubled one.
    @Test func reportedPathsAreTheURLRelativePaths() throws {
        let scratch = try AnnotationScratch()
        defer { scratch.remove() }
        let valid = try DemoAnnotations.saveEachKind(in: scratch.store)
        let bad = scratch.textFolder.appendingPathComponent("not-an-id.json")
        try Data("{}".utf8).write(to: bad)
        let root = URL(fileURLWithPath: scratch.url.path + "//Annotations/")
        let store = AnnotationStore(root: root)

        let loaded = AnnotationLoader.loadFiles(store, quarantine: false)

        let folder = root.appendingPathComponent(DemoAnnotations.text.rawValue)
        #expect(loaded.defects.map(\.file) == [folder.appendingPathComponent("not-an-id.json").relativePath])
        #expect(Set(loaded.files.map(\.origin))
            == Set(valid.map { folder.appendingPathComponent("\($0.id.value).json").relativePath }))
    }
}
