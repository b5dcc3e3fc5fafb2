import AnnotationFixtures
import Foundation

/// A fresh private folder under the system's temporary directory, removed by `remove()`.
/// Every test works in its own, so tests can run in parallel and leave nothing behind.
struct TemporaryFolder {
    let url: URL

    init() throws {
        url = try PrivateTemporaryFolder.make(prefix: "taskforce-e2e")
    }

    func remove() {
        try? FileManager.default.removeItem(at: url)
    }

    /// Writes `bytes` to `name` in this folder and returns its URL.
    @discardableResult
    func write(_ bytes: [UInt8], to name: String) throws -> URL {
        let file = url.appendingPathComponent(name)
        try Data(bytes).write(to: file)
        return file
    }

    @discardableResult
    func write(_ text: String, to name: String) throws -> URL {
        try write(Array(text.utf8), to: name)
    }
}
