extension DisplayWidth {
    /// Calls `body` with each grapheme cluster of `text`, its width and the UTF-8 offset
    /// just after it, in order, until `body` returns false: the clusters and widths of
    /// `for character in text { of(character) }`, found faster.
    ///
    /// Why: nearly every cluster drawn is one scalar of Latin or Cyrillic script, and the
    /// standard library's segmentation looks each one up in the Unicode tables (most of the
    /// time of writing a line into the grid). Between two such scalars there is always a
    /// boundary (none of them extends, joins or prepends; CR is left out for CR LF), and
    /// their width is known, so they are taken one by one; everything else goes through
    /// `Character` and `of(_:)` as before. `ClusterScanTests` compares both on edge cases.
    public static func forEachCluster(in text: String, _ body: (Grapheme, _ width: Int, _ end: Int) -> Bool) {
        let scanned: Void? = text.utf8.withContiguousStorageIfAvailable { bytes in
            var i = 0
            var current = simpleScalar(bytes, at: 0)
            while i < bytes.count {
                if let (scalar, length) = current {
                    let end = i + length
                    let next = simpleScalar(bytes, at: end)
                    if next != nil || end == bytes.count {
                        let width = scalar.value < 0x300 && (isControl(scalar) || scalar.value == 0xAD) ? 0 : 1
                        guard body(Grapheme(scalar: scalar), width, end) else { return }
                        i = end
                        current = next
                        continue
                    }
                }
                // Anything else: the cluster that starts here, found by the standard library.
                let start = text.utf8.index(text.utf8.startIndex, offsetBy: i)
                guard let character = text[start...].first else { return }
                let end = i + character.utf8.count
                guard body(Grapheme(character), of(character), end) else { return }
                i = end
                current = simpleScalar(bytes, at: end)
            }
        }
        if scanned == nil {
            // Not stored as contiguous UTF-8 (a bridged string): scan a native copy.
            var copy = text
            copy.makeContiguousUTF8()
            forEachCluster(in: copy, body)
        }
    }

    /// The scalar at byte `i` and its length when it is one whose neighbours are always
    /// cluster boundaries and whose width is one column, known without tables. Nil
    /// otherwise, and at the end. `ClusterScanTests` checks every one of them against the
    /// standard library's segmentation and `of(_:)`.
    @inline(__always)
    static func simpleScalar(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (Unicode.Scalar, Int)? {
        guard i < bytes.count else { return nil }
        let lead = bytes[i]
        if lead < 0x80 { return lead == 0x0D ? nil : (Unicode.Scalar(lead), 1) }
        // The string is valid UTF-8 (a Swift String always is): lead bytes 0xC2 to 0xDF
        // start two-byte scalars, 0xE0 to 0xEF three-byte ones.
        if lead < 0xE0 {
            guard i + 1 < bytes.count else { return nil }
            let value = UInt32(lead & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
            return isSimple2(value) ? (Unicode.Scalar(value)!, 2) : nil
        }
        guard lead == 0xE2, i + 2 < bytes.count else { return nil }
        let value = 0x2000 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
        return isSimple3(value) ? (Unicode.Scalar(value)!, 3) : nil
    }

    /// Below U+0300 but CR (ASCII, Latin-1, Latin Extended, IPA: no combining marks there),
    /// and the Cyrillic letters (U+0400 to U+052F without the combining U+0483 to U+0489).
    @inline(__always)
    static func isSimple2(_ v: UInt32) -> Bool {
        v < 0x300 || (v >= 0x400 && v < 0x483) || (v >= 0x48A && v < 0x530)
    }

    /// What laws and the screen's frames use from U+2000 to U+2FFF: spaces (U+2000 to U+200A,
    /// not the zero-width and direction marks after them), dashes, quotation marks, bullets
    /// and the ellipsis (U+2010 to U+2027), the narrow no-break space to the medium
    /// mathematical space (U+202F to U+205F), currency signs (U+20A0 to U+20C0), arrows
    /// (U+2190 to U+21FF), box drawing and blocks (U+2500 to U+259F). None is wide, none
    /// extends or joins another.
    @inline(__always)
    static func isSimple3(_ v: UInt32) -> Bool {
        switch v {
        case 0x2000...0x200A, 0x2010...0x2027, 0x202F...0x205F, 0x20A0...0x20C0, 0x2190...0x21FF, 0x2500...0x259F:
            true
        default:
            false
        }
    }
}
