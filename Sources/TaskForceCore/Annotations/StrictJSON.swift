/// A deliberately small JSON reader for annotation files: one object whose values are
/// strings, non-negative integers, `true`/`false` or arrays of strings. Stricter than JSONSerialization
/// where it matters for an allow-list format: a key given twice is an error (a second
/// `body` must never hide behind the first), and so is any other value type.
enum StrictJSON {
    enum Value: Equatable {
        case string(String)
        case integer(Int)
        case strings([String])
        case boolean(Bool)
    }

    struct Failure: Error, Equatable {
        var message: String
        var line: Int
        /// False for a well-formed file this reader still refuses (a repeated key).
        var isSyntax = true
    }

    /// The members of the top-level object, in file order. `bytes` must be valid UTF-8.
    static func object(_ bytes: [UInt8]) throws(Failure) -> [(key: String, value: Value)] {
        var reader = Reader(bytes: bytes)
        return try reader.topLevel()
    }

    /// The members of a record file (an annotation, a session record, a live position), the
    /// checks every record starts with done: at most `limit` bytes, valid UTF-8, one JSON
    /// object. The defect says what is wrong in one sentence, with its line where it has one.
    static func record(_ bytes: [UInt8], limit: Int) throws(AnnotationDefect) -> [(key: String, value: Value)] {
        guard bytes.count <= limit else {
            throw AnnotationDefect("the file is larger than \(limit >= 1024 ? "\(limit / 1024) KiB" : "\(limit) bytes")")
        }
        if case .invalid(let offset, _) = TextDecoding.validateUTF8(bytes) {
            throw AnnotationDefect("invalid UTF-8", line: TextDecoding.lineNumber(bytes, at: offset))
        }
        do { return try object(bytes) } catch {
            throw AnnotationDefect(error.isSyntax ? "not valid JSON: \(error.message)" : error.message, line: error.line)
        }
    }

    private struct Reader {
        let bytes: [UInt8]
        var i = 0

        func fail(_ message: String) -> Failure {
            var line = 1
            for k in 0..<min(i, bytes.count) where bytes[k] == 0x0A { line += 1 }
            return Failure(message: message, line: line)
        }

        mutating func skipWhitespace() {
            while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 {
                i += 1
            }
        }

        mutating func expect(_ c: UInt8, _ what: String) throws(Failure) {
            skipWhitespace()
            guard i < bytes.count, bytes[i] == c else {
                throw fail(i < bytes.count ? "expected \(what)" : "the file ends early (expected \(what))")
            }
            i += 1
        }

        mutating func topLevel() throws(Failure) -> [(key: String, value: Value)] {
            try expect(UInt8(ascii: "{"), "'{'")
            var members: [(key: String, value: Value)] = []
            // An annotation has at most 14 fields: up to `linearKeys` keys, comparing the new
            // one with each costs less than hashing them all; past that, a Set keeps a hostile
            // file with thousands of keys linear. Both compare keys as Strings (canonical
            // equivalence), as they always were.
            let linearKeys = 16
            var seen = Set<String>()
            skipWhitespace()
            if i < bytes.count, bytes[i] == UInt8(ascii: "}") {
                i += 1
            } else {
                while true {
                    skipWhitespace()
                    let key = try string()
                    let repeated: Bool
                    if members.count < linearKeys {
                        repeated = members.contains { $0.key == key }
                    } else {
                        if seen.isEmpty { seen = Set(members.map(\.key)) }
                        repeated = !seen.insert(key).inserted
                    }
                    guard !repeated else {
                        var failure = fail("the field \"\(key)\" appears twice")
                        failure.isSyntax = false
                        throw failure
                    }
                    try expect(UInt8(ascii: ":"), "':'")
                    members.append((key, try value(for: key)))
                    skipWhitespace()
                    guard i < bytes.count else { throw fail("the file ends early (expected ',' or '}')") }
                    if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                    if bytes[i] == UInt8(ascii: "}") { i += 1; break }
                    throw fail("expected ',' or '}'")
                }
            }
            skipWhitespace()
            guard i == bytes.count else { throw fail("unexpected content after the closing '}'") }
            return members
        }

        mutating func value(for key: String) throws(Failure) -> Value {
            skipWhitespace()
            guard i < bytes.count else { throw fail("the file ends early (expected a value)") }
            switch bytes[i] {
            case UInt8(ascii: "\""):
                return .string(try string())
            case UInt8(ascii: "["):
                i += 1
                var items: [String] = []
                skipWhitespace()
                if i < bytes.count, bytes[i] == UInt8(ascii: "]") { i += 1; return .strings(items) }
                while true {
                    skipWhitespace()
                    guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else {
                        throw fail("\"\(key)\" must be a list of strings")
                    }
                    items.append(try string())
                    skipWhitespace()
                    guard i < bytes.count else { throw fail("the file ends early (expected ',' or ']')") }
                    if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                    if bytes[i] == UInt8(ascii: "]") { i += 1; return .strings(items) }
                    throw fail("expected ',' or ']'")
                }
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                var n = 0
                let start = i
                while i < bytes.count, bytes[i] >= 0x30, bytes[i] <= 0x39 {
                    guard i - start < 9 else { throw fail("\"\(key)\" is too large a number") }
                    n = n * 10 + Int(bytes[i] - 0x30)
                    i += 1
                }
                if i - start > 1, bytes[start] == 0x30 { throw fail("\"\(key)\" has a leading zero") }
                if i < bytes.count, bytes[i] == UInt8(ascii: ".") || bytes[i] | 0x20 == UInt8(ascii: "e") {
                    throw fail("\"\(key)\" must be a whole number")
                }
                return .integer(n)
            case UInt8(ascii: "t"), UInt8(ascii: "f"):
                for (word, meaning) in [("true", true), ("false", false)] where bytes[i...].starts(with: word.utf8) {
                    i += word.utf8.count
                    return .boolean(meaning)
                }
                throw fail("\"\(key)\" has a value of a kind annotations never use")
            default:
                throw fail("\"\(key)\" has a value of a kind annotations never use")
            }
        }

        /// A JSON string; escapes decoded, control characters refused, surrogates paired.
        mutating func string() throws(Failure) -> String {
            guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { throw fail("expected a string") }
            i += 1
            // Most strings hold no escape: up to the closing quote, they are the file's bytes
            // as they are, made into a String at once. Anything else (a backslash, a control
            // character, the end of the file) hands over to the loop below at the same place:
            // it decodes escapes and refuses what it always refused.
            let start = i
            var j = i
            while j < bytes.count {
                let c = bytes[j]
                if c == UInt8(ascii: "\"") {
                    i = j + 1
                    return String(decoding: bytes[start..<j], as: UTF8.self)
                }
                if c == UInt8(ascii: "\\") || c < 0x20 { break }
                j += 1
            }
            i = j
            var out = Array(bytes[start..<i])
            while true {
                guard i < bytes.count else { throw fail("the file ends inside a string") }
                let c = bytes[i]
                if c == UInt8(ascii: "\"") { i += 1; break }
                if c < 0x20 { throw fail("a control character inside a string must be escaped") }
                if c != UInt8(ascii: "\\") {
                    // The bytes up to the next quote, backslash or control character, at once.
                    var j = i + 1
                    while j < bytes.count, bytes[j] >= 0x20, bytes[j] != UInt8(ascii: "\""), bytes[j] != UInt8(ascii: "\\") {
                        j += 1
                    }
                    out.append(contentsOf: bytes[i..<j])
                    i = j
                    continue
                }
                i += 1
                guard i < bytes.count else { throw fail("the file ends inside a string") }
                let e = bytes[i]
                i += 1
                switch e {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "u"):
                    var scalar = try hex4()
                    if (0xD800...0xDBFF).contains(scalar) {
                        guard i + 1 < bytes.count, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u") else {
                            throw fail("an unpaired surrogate in a string")
                        }
                        i += 2
                        let low = try hex4()
                        guard (0xDC00...0xDFFF).contains(low) else { throw fail("an unpaired surrogate in a string") }
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    } else if (0xDC00...0xDFFF).contains(scalar) {
                        throw fail("an unpaired surrogate in a string")
                    }
                    out.append(contentsOf: Array(String(Unicode.Scalar(scalar)!).utf8))
                default:
                    throw fail("an invalid escape in a string")
                }
            }
            return String(decoding: out, as: UTF8.self)
        }

        mutating func hex4() throws(Failure) -> UInt32 {
            guard i + 4 <= bytes.count else { throw fail("the file ends inside a string") }
            var v: UInt32 = 0
            for _ in 0..<4 {
                let c = bytes[i] | 0x20
                let d: UInt32
                if c >= 0x30, c <= 0x39 { d = UInt32(c - 0x30) } else if c >= 0x61, c <= 0x66 { d = UInt32(c - 0x61 + 10) } else {
                    throw fail("an invalid \\u escape in a string")
                }
                v = v << 4 | d
                i += 1
            }
            return v
        }
    }
}
