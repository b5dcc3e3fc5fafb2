import CTextScan

/// Turns the bytes of a text file into a `String`, or says in one sentence why it
/// cannot (ARCHITECTURE: Texts, "bad input gets a clear error").
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
        /// The text as UTF-8 bytes (BOM removed): what the splitter reads. Always valid
        /// UTF-8 (validated, or a `String`'s bytes): the splitter makes its strings
        /// from them without validating again.
        public private(set) var utf8: [UInt8]
        public var encoding: Encoding

        init(utf8: [UInt8], encoding: Encoding) {
            self.utf8 = utf8
            self.encoding = encoding
        }

        public init(text: String, encoding: Encoding) {
            self.init(utf8: Array(text.utf8), encoding: encoding)
        }

        public var text: String { String(decoding: utf8, as: UTF8.self) }
    }

    public static func decode(_ bytes: [UInt8], file: String) throws(InputError) -> Decoded {
        if bytes.isEmpty { throw InputError(.badData, file: file, "the file is empty") }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let decoded = try decodeUTF16(bytes, file: file)
            return try checked(Decoded(text: decoded, encoding: .utf16), file: file)
        }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        switch validateUTF8(body) {
        case .valid(let controls, let firstControl):
            if let first = firstControl, body[first] == 0 || body.contains(0) {
                throw InputError(.badData, file: file, line: lineNumber(body, at: body.firstIndex(of: 0)!),
                                 "this is a binary file, not a text (it contains NUL bytes)")
            }
            try checkUTF8Content(body, controls: controls, firstControl: firstControl, file: file)
            return Decoded(utf8: body, encoding: .utf8)
        case .invalid(let offset, let sawMultibyte):
            if let nul = body.firstIndex(of: 0) {
                throw InputError(.badData, file: file, line: lineNumber(body, at: nul),
                                 "this is a binary file, not a text (it contains NUL bytes)")
            }
            if sawMultibyte {
                throw InputError(.badData, file: file, line: lineNumber(body, at: offset),
                                 "invalid UTF-8 (byte 0x\(hex(body[offset])) at offset \(offset)); the file is damaged or mixes encodings")
            }
            return try checked(Decoded(text: windows1252(body), encoding: .latin1), file: file)
        }
    }

    /// `checked` for valid UTF-8, on the bytes: large texts are never turned into a
    /// `String` just to be looked at.
    private static func checkUTF8Content(_ b: [UInt8], controls: Int, firstControl: Int?,
                                         file: String) throws(InputError) {
        // Blank: nothing but spaces, tabs, line ends and no-break spaces.
        var i = 0
        while i < b.count {
            let c = b[i]
            if c == 0x20 || (c >= 0x09 && c <= 0x0D) { i += 1 } else if c == 0xC2, i + 1 < b.count, b[i + 1] == 0xA0 {
                i += 2
            } else { break }
        }
        if i == b.count { throw InputError(.badData, file: file, "the file is empty (only blank lines)") }
        // A real text has almost no control characters; a few may be stray.
        if controls > 8 && controls * 50 > b.count {
            throw InputError(.badData, file: file, line: firstControl.map { lineNumber(b, at: $0) },
                             "this is a binary file, not a text (\(controls) control characters)")
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

    enum Validation: Equatable {
        /// Valid; with the number of control characters (C0 but tab and line ends, DEL,
        /// C1) and the offset of the first, counted in the same pass.
        case valid(controls: Int, firstControl: Int?)
        case invalid(offset: Int, sawMultibyte: Bool)
    }

    /// Strict UTF-8 check (no overlongs, no surrogates), noting whether any valid
    /// multi-byte sequence came before the first error. `runWidth` picks the vector
    /// validator (64 or 32 bytes at a time, 0 for none: byte by byte), for tests that
    /// compare the ways; by default the widest this processor has.
    static func validateUTF8(_ b: [UInt8], runWidth: Int32 = plain_text_run_width()) -> Validation {
        b.withUnsafeBufferPointer { p in
            var i = 0
            var sawMultibyte = false
            var controls = 0
            var firstControl: Int?
            let n = p.count
            func control(at k: Int) {
                controls += 1
                if firstControl == nil { firstControl = k }
            }
            while i < n {
                // Long runs of valid text without controls, accents included, 64 or 32 bytes
                // at a time (`plain_text_run`, AVX-512 or AVX2); where it stops (a control, an
                // error, the last bytes, a processor without AVX2) the checks below take the
                // bytes one by one.
                if runWidth > 0, n - i >= 32 {
                    var multibyte = false
                    i += plain_text_run_of_width(p.baseAddress! + i, n - i, &multibyte, runWidth)
                    if multibyte { sawMultibyte = true }
                    if i == n { break }
                }
                // Eight bytes at a time while all are printable ASCII: most of a legal text.
                // Otherwise jump straight to the first byte that needs a look (a line end,
                // a control, a non-ASCII byte), handle that byte or sequence alone, and go on.
                if i + 8 <= n {
                    guard let other = PrintableASCII.firstOther(at: p.baseAddress! + i) else {
                        i += 8
                        continue
                    }
                    i += other
                }
                let c = p[i]
                if c < 0x80 {
                    if (c < 0x20 && c != 0x09 && c != 0x0A && c != 0x0B && c != 0x0C && c != 0x0D) || c == 0x7F {
                        control(at: i)
                    }
                    i += 1
                    continue
                }
                // Two-byte sequences (accented Latin letters, no-break spaces) are most
                // of what is not ASCII in the texts read here: checked first, in place.
                if c >= 0xC2, c <= 0xDF, i + 1 < n, p[i + 1] & 0xC0 == 0x80 {
                    if c == 0xC2, p[i + 1] < 0xA0 { control(at: i) }  // C1 controls
                    sawMultibyte = true
                    i += 2
                    continue
                }
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
                    let cc = p[i + k]
                    guard cc & 0xC0 == 0x80 else {
                        return .invalid(offset: i, sawMultibyte: sawMultibyte || scanAhead(b, from: i + 1))
                    }
                    scalar = scalar << 6 | UInt32(cc & 0x3F)
                }
                if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) {
                    return .invalid(offset: i, sawMultibyte: sawMultibyte)
                }
                if scalar < 0xA0 { control(at: i) }  // C1 controls
                sawMultibyte = true
                i += need + 1
            }
            return .valid(controls: controls, firstControl: firstControl)
        }
    }

    /// Whether a valid multi-byte UTF-8 sequence (é, ’, €, …) appears later in the file:
    /// then the error is damage in a UTF-8 file, not a Latin-1 file.
    private static func scanAhead(_ b: [UInt8], from start: Int) -> Bool {
        var i = start
        while i + 1 < b.count {
            let c = b[i]
            let need = (0xC2...0xDF).contains(c) ? 1 : (0xE0...0xEF).contains(c) ? 2 : (0xF0...0xF4).contains(c) ? 3 : 0
            if need > 0, i + need < b.count, (1...need).allSatisfy({ b[i + $0] & 0xC0 == 0x80 }),
               i + need + 1 >= b.count || b[i + need + 1] & 0xC0 != 0x80 { return true }
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
