import AnnotationFixtures
import Foundation
@testable import TaskForceCore

/// A private temporary folder holding an `Annotations/` store, for tests that write real
/// files. Each test makes its own, so suites can run in parallel.
struct AnnotationScratch {
    let url: URL
    let store: AnnotationStore

    init() throws {
        url = try PrivateTemporaryFolder.make(prefix: "taskforce-ann")
        store = AnnotationStore(root: url.appendingPathComponent("Annotations"))
    }

    func remove() {
        try? FileManager.default.removeItem(at: url)
    }

    var textFolder: URL { store.folder(forText: DemoAnnotations.text) }
    var temporaryFolder: URL { store.root.appendingPathComponent("tmp") }

    /// Names in `folder` (hidden ones included), sorted; empty if it does not exist.
    static func names(in folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }

    /// Every entry below `folder`, as paths relative to it, sorted.
    static func tree(_ folder: URL) -> [String] {
        var out: [String] = []
        func walk(_ url: URL, _ prefix: String) {
            for name in names(in: url) {
                let path = prefix.isEmpty ? name : prefix + "/" + name
                out.append(path)
                var info = stat()
                if lstat(url.appendingPathComponent(name).path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR {
                    walk(url.appendingPathComponent(name), path)
                }
            }
        }
        walk(folder, "")
        return out
    }
}
