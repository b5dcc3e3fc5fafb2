import Foundation

/// Bytes of a web page as text. Pages declare their encoding, but Justel's pages say
/// `iso-8859-1` and are sent as UTF-8; the bytes are trusted, not the declaration.
enum WebPageDecoding {
    /// UTF-8 when the bytes are valid UTF-8 (a byte order mark is dropped), otherwise
    /// windows-1252: what browsers use for pages labelled ISO-8859-1, and a superset
    /// of it for every byte that occurs in real Latin-1 text.
    static func decode(_ data: Data) -> String {
        var bytes = data[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        var text = String.UnicodeScalarView()
        for byte in bytes { text.append(windows1252(byte)) }
        return String(text)
    }

    /// The characters of windows-1252 bytes 0x80–0x9F (0x81, 0x8D, 0x8F, 0x90 and 0x9D
    /// are unassigned and kept as the C1 controls ISO-8859-1 gives them).
    static let c1Characters: [UInt32] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]

    static func windows1252(_ byte: UInt8) -> Unicode.Scalar {
        if (0x80...0x9F).contains(byte) { return Unicode.Scalar(c1Characters[Int(byte) - 0x80])! }
        return Unicode.Scalar(byte)
    }
}
