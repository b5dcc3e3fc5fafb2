import Foundation

/// Writing to stdout and stderr. Checked writes through FileHandle rather than `print`,
/// so that output piped into a full disk or a closed pipe is not lost silently.
enum Output {
    /// A whole document, as it is (no newline added).
    static func write(_ text: String) {
        write(text, to: FileHandle.standardOutput)
    }

    static func line(_ text: String) {
        write(text + "\n", to: FileHandle.standardOutput)
    }

    /// One sentence to stderr, prefixed with the program name.
    static func error(_ text: String) {
        write("taskforce: " + text + "\n", to: FileHandle.standardError)
    }

    static func json<T: Encodable>(_ value: T) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(value)
        write(String(decoding: data, as: UTF8.self) + "\n", to: FileHandle.standardOutput)
    }

    /// `1 text`, `3 texts`: counts in messages read as sentences.
    static func count(_ n: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(n) \(n == 1 ? singular : plural ?? singular + "s")"
    }

    private static func write(_ text: String, to handle: FileHandle) {
        do {
            try handle.write(contentsOf: Data(text.utf8))
        } catch {
            // stdout is gone (closed pipe, full disk): nothing useful can be printed.
            Foundation.exit(74)
        }
    }
}
