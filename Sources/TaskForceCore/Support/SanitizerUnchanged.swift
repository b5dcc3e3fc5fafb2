import CTextScan

extension Sanitizer {
    /// True when `sanitize` would return `utf8` as it is: every scalar is one that is printed
    /// unchanged and that no NFC step touches. Checked on the bytes, because the listing of a
    /// whole code (`taskforce parse`) goes through the sanitizer in one piece, and the
    /// scalar-by-scalar path costs two thirds of that command's time on accented text.
    ///
    /// The scalars let through (anything else takes the full path):
    /// - printable ASCII and newline;
    /// - U+00A0–U+02FF except the soft hyphen U+00AD: Latin-1 letters and signs, Latin
    ///   Extended, spacing modifiers. Below U+0300 nothing combines or decomposes under NFC.
    /// - U+2010–U+2027 and U+2030–U+205E: dashes, quotation marks, bullets, ellipsis, per
    ///   mille. (U+2000–U+200F holds the NFC singletons U+2000/U+2001 and format characters,
    ///   U+2028–U+202F line separators and bidi controls, U+205F on spaces and invisibles.)
    /// - U+20A0–U+20BF: currency signs (€).
    /// None of these is a control or a format character, none has a canonical decomposition,
    /// and none can compose with a scalar before it, so a text made only of them is NFC.
    static func leavesUnchanged(_ utf8: String.UTF8View) -> Bool {
        if let answer = utf8.withContiguousStorageIfAvailable({ leavesUnchanged(bytes: $0) }) { return answer }
        return Array(utf8).withUnsafeBufferPointer { leavesUnchanged(bytes: $0) }  // a bridged string: not on Linux
    }

    /// The same test on bytes that their maker knows to be valid UTF-8 (`parse`'s listing,
    /// built as bytes): written as they are when this holds, never made into a `String`.
    package static func leavesUnchanged(validUTF8 bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { leavesUnchanged(bytes: $0) }
    }

    /// `bytes` is valid UTF-8 (it comes from a `String`), so a lead byte is always followed
    /// by its continuation bytes.
    private static func leavesUnchanged(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let end = bytes.count
        while i < end {
            // 32 bytes at a time while they hold only the commonest scalars (`unchanged_run`,
            // AVX2: accents, `§`, `°`); then eight at a time while all are printable ASCII (no
            // newline even). From the first byte that stops both, one byte or scalar is read below.
            if end - i >= 33 {
                i += unchanged_run(bytes.baseAddress! + i, end - i)
                if i >= end { break }
            }
            while i + 8 <= end {
                if let other = PrintableASCII.firstOther(at: bytes.baseAddress! + i) {
                    i += other  // the first byte to look at
                    break
                }
                i += 8
            }
            guard i < end else { break }
            let b = bytes[i]
            if b < 0x80 {
                guard b >= 0x20 && b < 0x7F || b == 0x0A else { return false }
                i += 1
                continue
            }
            switch b {
            case 0xC2:
                // U+0080–U+00BF: C1 controls below U+00A0, and the soft hyphen.
                let next = bytes[i + 1]
                guard next >= 0xA0 && next != 0xAD else { return false }
                i += 2
            case 0xC3...0xCB:  // U+00C0–U+02FF
                i += 2
            case 0xE2:
                let second = bytes[i + 1], third = bytes[i + 2]
                switch second {
                case 0x80 where (0x90...0xA7).contains(third) || third >= 0xB0:  // U+2010–2027, U+2030–203F
                    break
                case 0x81 where third <= 0x9E:  // U+2040–205E
                    break
                case 0x82 where third >= 0xA0:  // U+20A0–20BF
                    break
                default:
                    return false
                }
                i += 3
            default:
                return false
            }
        }
        return true
    }
}
