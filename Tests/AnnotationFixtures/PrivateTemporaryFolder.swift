import Foundation

/// A fresh private folder (mkdtemp: mode 0700, a name nobody else can take) under the
/// system's temporary directory. Every test makes its own, so suites can run in parallel.
public enum PrivateTemporaryFolder {
    public static func make(prefix: String) throws -> URL {
        let template = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-XXXXXX").path
        var bytes = Array(template.utf8CString)
        guard let made = mkdtemp(&bytes) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: template])
        }
        return URL(fileURLWithPath: String(cString: made), isDirectory: true)
    }
}
