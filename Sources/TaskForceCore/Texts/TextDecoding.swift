/// Turns the bytes of a text file into a `String`, or says in one sentence why it
/// cannot (DESIGN 3.2, "bad input gets a clear error").
///
/// Accepted: UTF-8 (with or without BOM), UTF-16 with a BOM, and legacy Latin-1 /
/// Windows-1252 files (common for old Belgian downloads), which are converted and
/// flagged. Refused: empty files, binary files, and UTF-8 that is broken in places
/// (a file that mixes valid UTF-8 with invalid bytes is damaged, not Latin-1).
public enum TextDecoding {
    public enum Encoding: String, Sendable {
        case utf8 = "UTF-8"
        case utf16 = "UTF-16"
        case latin1 = "Latin-1 (Windows-1252)"
    }

    public struct Decoded: Sendable {
        public var text: String
        public var encoding: Encoding
    }

    public static func decode(_ bytes: [UInt8], file: String) throws(InputError) -> Decoded {
        if bytes.isEmpty { throw InputError(.badData, file: file, "the file is empty") }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let decoded = try decodeUTF16(bytes, file: file)
            return try checked(Decoded(text: decoded, encoding: .utf16), file: file)
        }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        if let nul = body.firstIndex(of: 0) {
            throw InputError(.badData, file: file, line: lineNumber(body, at: nul),
                             "this is a binary file, not a text (it contains NUL bytes)")
        }
        switch validateUTF8(body) {
        case .valid:
            return try checked(Decoded(text: String(decoding: body, as: UTF8.self), encoding: .utf8), file: file)
        case .invalid(let offset, let sawMultibyte):
            if sawMultibyte {
                throw InputError(.badData, file: file, line: lineNumber(body, at: offset),
                                 "invalid UTF-8 (byte 0x\(hex(body[offset])) at offset \(offset)); the file is damaged or mixes encodings")
            }
            return try checked(Decoded(text: windows1252(body), encoding: .latin1), file: file)
        }
    }

    /// Rejects decoded text that is blank or mostly control characters.
    private static func checked(_ d: Decoded, file: String) throws(InputError) -> Decoded {
        var controls = 0
        var visible = 0
        var firstControlLine: Int?
        var line = 1
        for s in d.text.unicodeScalars {
            switch s.value {
            case 0x0A: line += 1
            case 0x09, 0x0B, 0x0C, 0x0D, 0x20, 0xA0, 0xFEFF: break
            case 0..<0x20, 0x7F, 0x80..<0xA0:
                controls += 1
                if firstControlLine == nil { firstControlLine = line }
            default: visible += 1
            }
        }
        if visible == 0 { throw InputError(.badData, file: file, "the file is empty (only blank lines)") }
        // A real text has almost no control characters; a few may be stray.
        if controls > 8 && controls * 50 > visible {
            throw InputError(.badData, file: file, line: firstControlLine,
                             "this is a binary file, not a text (\(controls) control characters)")
        }
        return d
    }

    enum Validation { case valid, invalid(offset: Int, sawMultibyte: Bool) }

    /// Strict UTF-8 check (no overlongs, no surrogates), noting whether any valid
    /// multi-byte sequence came before the first error.
    static func validateUTF8(_ b: [UInt8]) -> Validation {
        var i = 0
        var sawMultibyte = false
        let n = b.count
        while i < n {
            let c = b[i]
            if c < 0x80 { i += 1; continue }
            var need = 0
            var minimum: UInt32 = 0
            var scalar: UInt32 = 0
            switch c {
            case 0xC2...0xDF: need = 1; minimum = 0x80; scalar = UInt32(c & 0x1F)
            case 0xE0...0xEF: need = 2; minimum = 0x800; scalar = UInt32(c & 0x0F)
            case 0xF0...0xF4: need = 3; minimum = 0x10000; scalar = UInt32(c & 0x07)
            default: return .invalid(offset: i, sawMultibyte: sawMultibyte || scanAhead(b, from: i + 1))
            }
            guard i + need < n else { return .invalid(offset: i, sawMultibyte: sawMultibyte) }
            for k in 1...need {
                let cc = b[i + k]
                guard cc & 0xC0 == 0x80 else {
                    return .invalid(offset: i, sawMultibyte: sawMultibyte || scanAhead(b, from: i + 1))
                }
                scalar = scalar << 6 | UInt32(cc & 0x3F)
            }
            if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) {
                return .invalid(offset: i, sawMultibyte: sawMultibyte)
            }
            sawMultibyte = true
            i += need + 1
        }
        return .valid
    }

    /// Whether a valid two-byte UTF-8 sequence (é, è, ç …) appears later in the file:
    /// then the error is damage in a UTF-8 file, not a Latin-1 file.
    private static func scanAhead(_ b: [UInt8], from start: Int) -> Bool {
        var i = start
        while i + 1 < b.count {
            if (0xC2...0xDF).contains(b[i]), b[i + 1] & 0xC0 == 0x80,
               i + 2 >= b.count || b[i + 2] < 0x80 || b[i + 2] >= 0xC0 { return true }
            i += 1
        }
        return false
    }

    /// Windows-1252 is what "Latin-1" files really are: 0x80–0x9F hold € ‚ „ … ‘ ’ “ ” – —.
    static func windows1252(_ b: [UInt8]) -> String {
        let high: [UInt32] = [
            0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
            0x2039, 0x0152, 0x8D, 0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
            0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
        ]
        var s = String.UnicodeScalarView()
        for c in b {
            let v = (0x80...0x9F).contains(c) ? high[Int(c) - 0x80] : UInt32(c)
            s.append(Unicode.Scalar(v)!)
        }
        return String(s)
    }

    private static func decodeUTF16(_ bytes: [UInt8], file: String) throws(InputError) -> String {
        let bigEndian = bytes[0] == 0xFE
        guard bytes.count % 2 == 0 else {
            throw InputError(.badData, file: file, "invalid UTF-16: odd number of bytes")
        }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2 - 1)
        var i = 2
        while i + 1 < bytes.count {
            units.append(bigEndian ? UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1])
                                   : UInt16(bytes[i + 1]) << 8 | UInt16(bytes[i]))
            i += 2
        }
        var out = String.UnicodeScalarView()
        var line = 1
        var iterator = units.makeIterator()
        var decoder = UTF16()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let s):
                if s == "\n" { line += 1 }
                if s.value == 0 {
                    throw InputError(.badData, file: file, line: line, "this is a binary file, not a text (it contains NUL characters)")
                }
                out.append(s)
            case .emptyInput: break loop
            case .error:
                throw InputError(.badData, file: file, line: line, "invalid UTF-16 (an unpaired surrogate)")
            }
        }
        return String(out)
    }

    static func lineNumber(_ b: [UInt8], at offset: Int) -> Int {
        var line = 1
        for i in 0..<min(offset, b.count) where b[i] == 0x0A { line += 1 }
        return line
    }

    private static func hex(_ v: UInt8) -> String {
        let s = String(v, radix: 16, uppercase: true)
        return s.count == 1 ? "0" + s : s
    }
}
