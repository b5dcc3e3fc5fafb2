import Foundation
@testable import TaskForceCore

/// A private temporary folder holding an `Annotations/` store, for tests that write real
/// files. Each test makes its own, so suites can run in parallel.
struct AnnotationScratch {
    let url: URL
    let store: AnnotationStore

    init() throws {
        let template = FileManager.default.temporaryDirectory.appendingPathComponent("taskforce-ann-XXXXXX").path
        var bytes = Array(template.utf8CString)
        guard let made = mkdtemp(&bytes) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: template])
        }
        url = URL(fileURLWithPath: String(cString: made), isDirectory: true)
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

/// Valid annotations on the demonstration bill, with the real fingerprints of its French
/// version (`taskforce parse --json Texts/demo-travail-du-sexe.fr.txt`).
enum DemoAnnotations {
    static let text = "demo-travail-du-sexe"
    static let fingerprints = ["1": "0eb661f111e275d9", "5bis": "7ccfa99713f915ee", "12": "2f93c64f51e71e83"]
    static let day = "2026-03-08"

    static func comment(_ body: String = "Le bouton d'alarme doit rester sous notre contrôle.",
                        article: String = "5bis", stance: Stance = .concern, tags: [Theme] = [.safety],
                        proposal: String? = nil, session: String? = nil, supersedes: AnnotationID? = nil) -> Annotation {
        Annotation.comment(text: text, article: article, fingerprint: fingerprints[article]!, stance: stance,
                           tags: tags, body: body, proposal: proposal, language: "fr", session: session,
                           day: day, supersedes: supersedes)
    }
}
