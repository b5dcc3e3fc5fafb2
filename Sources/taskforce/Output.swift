import Foundation
import TaskForceCore

/// Writing to stdout and stderr. Checked writes through FileHandle rather than `print`,
/// so that output piped into a full disk or a closed pipe is not lost silently.
///
/// Every line and message goes through the one `Sanitizer` the screen uses: a text's
/// title, an article, a file name or a message quoting any of them can hold ESC, C1 or
/// bidi controls, and none may reach the terminal raw. JSON keeps its meaning: such
/// characters are written as `\uXXXX` escapes. (A digest document is sanitised for
/// export when it is built.)
enum Output {
    /// A whole document, as it is (no newline added).
    static func write(_ text: String) {
        write(text, to: FileHandle.standardOutput)
    }

    /// A whole document's bytes (a DOCX, ODT or PDF digest piped to a file).
    static func write(bytes: [UInt8]) {
        do {
            try FileHandle.standardOutput.write(contentsOf: Data(bytes))
        } catch {
            Foundation.exit(74)
        }
    }

    static func line(_ text: String) {
        write(Sanitizer.sanitize(text) + "\n", to: FileHandle.standardOutput)
    }

    /// A text built as valid UTF-8 bytes (a piece of `parse`'s listing of a whole code),
    /// written as it is when the sanitizer would leave it so, without making a string of it
    /// (and joining and copying that into `Data`); otherwise sanitized like any text. The
    /// same bytes either way. Nothing is added: the caller ends its lines.
    static func text(validUTF8 bytes: [UInt8]) {
        write(checked: checked(validUTF8: bytes))
    }

    /// What `text(validUTF8:)` writes for `bytes`: the same array when the sanitizer leaves
    /// it unchanged, else the sanitized text's bytes. Pure, so another thread can check a
    /// later piece of the listing while this one writes (`ArticleListing.write`).
    static func checked(validUTF8 bytes: [UInt8]) -> [UInt8] {
        if Sanitizer.leavesUnchanged(validUTF8: bytes) { return bytes }
        return Array(Sanitizer.sanitize(ValidUTF8.string(assumingValid: bytes)).utf8)
    }

    /// Bytes that `checked(validUTF8:)` gave, to stdout.
    static func write(checked bytes: [UInt8]) {
        do {
            try FileHandle.standardOutput.write(contentsOf: bytes)
        } catch {
            Foundation.exit(74)
        }
    }

    /// One sentence to stderr, prefixed with the program name.
    static func error(_ text: String) {
        write("taskforce: " + Sanitizer.sanitize(text) + "\n", to: FileHandle.standardError)
    }

    static func json<T: Encodable>(_ value: T) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(value)
        write(escapingControls(String(decoding: data, as: UTF8.self)) + "\n", to: FileHandle.standardOutput)
    }

    /// JSON text with every C1 control, bidi control and other format character written
    /// as a `\uXXXX` escape: the same JSON value, and nothing a terminal would obey. (The
    /// encoder already escapes C0 controls; outside strings JSON has only ASCII.)
    static func escapingControls(_ json: String) -> String {
        if json.utf8.allSatisfy({ $0 < 0x80 }) { return json }
        var out = String.UnicodeScalarView()
        for scalar in json.unicodeScalars {
            let v = scalar.value
            if (0x80..<0xA0).contains(v) || (v > 0xFFFF ? false : scalar.properties.generalCategory == .format) {
                let hex = String(v, radix: 16)
                out.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
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
