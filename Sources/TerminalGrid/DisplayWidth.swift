/// How many terminal columns a grapheme cluster takes: 0, 1 or 2.
///
/// - 0: clusters made only of combining marks (Mn, Me), format characters (Cf, e.g. a lone
///   ZWJ) or Hangul medial/final jamo, and controls (which `Sanitizer` has replaced before
///   anything is drawn).
/// - 2: clusters whose first visible scalar is East Asian Wide or Fullwidth (CJK, Hangul
///   syllables, fullwidth forms, emoji with Emoji_Presentation), regional indicators (flags),
///   and any cluster asking for emoji presentation with U+FE0F (❤️, keycaps).
/// - 1: everything else, including East Asian Ambiguous (as in non-CJK locales).
///
/// The table follows Unicode 15.1 (EastAsianWidth.txt, W and F; emoji-data.txt,
/// Emoji_Presentation, whose only members outside W are the regional indicators).
///
/// The curses backend (`CursesCell` in CursesTerminal) puts each cluster in one `setcchar`
/// cell at the grid's own column, so a disagreement cannot shift the rest of a row; the C
/// library's `wcwidth` still decides how curses itself counts a cell, and it differs from
/// this on clusters widened by U+FE0F and on regional indicators (glibc says 1): the
/// painter blanks the second column of those.
public enum DisplayWidth {
    public static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        // What we draw is nearly all one scalar of ASCII, of the Latin letters with accents,
        // or of the box drawing of the borders: no Unicode property look-up for those (the
        // answers are `ofCluster`'s, compared for every such scalar in DisplayWidthTests).
        var iterator = scalars.makeIterator()
        if let scalar = iterator.next(), iterator.next() == nil {
            let v = scalar.value
            if v < 0x300 { return isControl(scalar) || v == 0xAD ? 0 : 1 }
            if v >= 0x2500 && v < 0x2600 { return isWide(v) ? 2 : 1 }
        }
        return ofCluster(scalars)
    }

    /// The width of any cluster, by the rules above.
    static func ofCluster(_ scalars: Character.UnicodeScalarView) -> Int {
        guard let base = scalars.first(where: { !isZeroWidth($0) }) else { return 0 }
        if isControl(base) { return 0 }
        if isWide(base.value) { return 2 }
        // Emoji presentation selector: the terminal draws a wide emoji.
        if scalars.contains("\u{FE0F}") { return 2 }
        return 1
    }

    /// Columns of a whole string: the sum over its grapheme clusters (found by the same scan
    /// as the grid's, `forEachCluster`).
    public static func of(_ text: some StringProtocol) -> Int {
        var total = 0
        forEachCluster(in: String(text)) { _, width, _ in
            total += width
            return true
        }
        return total
    }

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (scalar.value >= 0x7F && scalar.value < 0xA0)
    }

    static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x300 { return v == 0xAD }  // soft hyphen is the only Cf below the marks
        // Hangul jungseong and jongseong: they join the leading jamo's two columns.
        if (0x1160...0x11FF).contains(v) || (0xD7B0...0xD7FF).contains(v) { return true }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return true
        default: return false
        }
    }

    /// Binary search in `wideRanges`.
    static func isWide(_ v: UInt32) -> Bool {
        if v < wideRanges[0].lowerBound { return false }
        var low = 0
        var high = wideRanges.count - 1
        while low <= high {
            let mid = (low + high) / 2
            let range = wideRanges[mid]
            if v < range.lowerBound { high = mid - 1 }
            else if v > range.upperBound { low = mid + 1 }
            else { return true }
        }
        return false
    }

    /// East Asian Wide (W) and Fullwidth (F), Unicode 15.1, adjacent ranges merged, plus the
    /// regional indicators (Emoji_Presentation). Sorted: `isWide` searches it.
    static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F,  // Hangul leading jamo
        0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0...0x23F0, 0x23F3...0x23F3,
        0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F...0x267F, 0x2693...0x2693,
        0x26A1...0x26A1, 0x26AA...0x26AB, 0x26BD...0x26BE, 0x26C4...0x26C5, 0x26CE...0x26CE,
        0x26D4...0x26D4, 0x26EA...0x26EA, 0x26F2...0x26F3, 0x26F5...0x26F5, 0x26FA...0x26FA,
        0x26FD...0x26FD, 0x2705...0x2705, 0x270A...0x270B, 0x2728...0x2728, 0x274C...0x274C,
        0x274E...0x274E, 0x2753...0x2755, 0x2757...0x2757, 0x2795...0x2797, 0x27B0...0x27B0,
        0x27BF...0x27BF, 0x2B1B...0x2B1C, 0x2B50...0x2B50, 0x2B55...0x2B55,
        0x2E80...0x2E99, 0x2E9B...0x2EF3, 0x2F00...0x2FD5, 0x2FF0...0x2FFF,  // CJK radicals
        0x3000...0x303E,  // ideographic space (F) and CJK punctuation
        0x3041...0x3096, 0x3099...0x30FF,  // Hiragana, Katakana
        0x3105...0x312F, 0x3131...0x318E, 0x3190...0x31E3, 0x31EF...0x321E, 0x3220...0x3247,
        0x3250...0x4DBF,  // enclosed CJK, CJK compatibility, Extension A
        0x4E00...0xA48C,  // CJK unified ideographs, Yi
        0xA490...0xA4C6, 0xA960...0xA97C,
        0xAC00...0xD7A3,  // Hangul syllables
        0xF900...0xFAFF,  // CJK compatibility ideographs
        0xFE10...0xFE19, 0xFE30...0xFE52, 0xFE54...0xFE66, 0xFE68...0xFE6B,
        0xFF01...0xFF60, 0xFFE0...0xFFE6,  // fullwidth forms
        0x16FE0...0x16FE4, 0x16FF0...0x16FF1, 0x17000...0x187F7, 0x18800...0x18CD5,
        0x18D00...0x18D08, 0x1AFF0...0x1AFF3, 0x1AFF5...0x1AFFB, 0x1AFFD...0x1AFFE,
        0x1B000...0x1B122, 0x1B132...0x1B132, 0x1B150...0x1B152, 0x1B155...0x1B155,
        0x1B164...0x1B167, 0x1B170...0x1B2FB,
        0x1F004...0x1F004, 0x1F0CF...0x1F0CF, 0x1F18E...0x1F18E, 0x1F191...0x1F19A,
        0x1F1E6...0x1F1FF,  // regional indicators (Emoji_Presentation, EAW N)
        0x1F200...0x1F202, 0x1F210...0x1F23B, 0x1F240...0x1F248, 0x1F250...0x1F251,
        0x1F260...0x1F265,
        // Emoji with default emoji presentation.
        0x1F300...0x1F320, 0x1F32D...0x1F335, 0x1F337...0x1F37C, 0x1F37E...0x1F393,
        0x1F3A0...0x1F3CA, 0x1F3CF...0x1F3D3, 0x1F3E0...0x1F3F0, 0x1F3F4...0x1F3F4,
        0x1F3F8...0x1F43E, 0x1F440...0x1F440, 0x1F442...0x1F4FC, 0x1F4FF...0x1F53D,
        0x1F54B...0x1F54E, 0x1F550...0x1F567, 0x1F57A...0x1F57A, 0x1F595...0x1F596,
        0x1F5A4...0x1F5A4, 0x1F5FB...0x1F64F, 0x1F680...0x1F6C5, 0x1F6CC...0x1F6CC,
        0x1F6D0...0x1F6D2, 0x1F6D5...0x1F6D7, 0x1F6DC...0x1F6DF, 0x1F6EB...0x1F6EC,
        0x1F6F4...0x1F6FC, 0x1F7E0...0x1F7EB, 0x1F7F0...0x1F7F0, 0x1F90C...0x1F93A,
        0x1F93C...0x1F945, 0x1F947...0x1F9FF, 0x1FA70...0x1FA7C, 0x1FA80...0x1FA88,
        0x1FA90...0x1FABD, 0x1FABF...0x1FAC5, 0x1FACE...0x1FADB, 0x1FAE0...0x1FAE8,
        0x1FAF0...0x1FAF8,
        0x20000...0x2FFFD, 0x30000...0x3FFFD,  // CJK extensions B and beyond
    ]
}
