import Foundation

/// A fresh private folder under the system's temporary directory, removed by `remove()`.
/// Every test works in its own, so tests can run in parallel and leave nothing behind.
struct TemporaryFolder {
    let url: URL

    init() throws {
        let template = FileManager.default.temporaryDirectory
            .appendingPathComponent("taskforce-e2e-XXXXXX").path
        var bytes = Array(template.utf8CString)
        guard let made = mkdtemp(&bytes) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: template])
        }
        url = URL(fileURLWithPath: String(cString: made), isDirectory: true)
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
