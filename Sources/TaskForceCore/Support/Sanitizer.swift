/// Makes text that did not come from our code safe to draw or export (ARCHITECTURE: The digest, Screens): an
/// article or a comment containing escape sequences (ESC [ 31 m, OSC 52 clipboard writes, …)
/// or bidi overrides must never make a terminal obey them, nor reorder what people read on
/// screen or in a digest.
///
/// - C0 controls become their Control Pictures symbol (ESC → `␛`, NUL → `␀`, BEL → `␇`),
///   DEL becomes `␡`: visible, one column, and they tell a facilitator what was there.
/// - C1 controls (U+0080–U+009F, including the one-byte CSI U+009B), bidi controls
///   (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C) and every other format
///   character (Cf) become `marker`, U+FFFD `�` (one column outside CJK locales, present in
///   every font). Exceptions: a ZWJ between two emoji, and tag characters after the black
///   flag U+1F3F4 (subdivision flags), are kept: they only select an emoji picture.
/// - Soft hyphens (U+00AD) are dropped: they are invisible hyphenation hints in texts
///   copied from PDFs, and terminals disagree on whether to show them.
/// - Newline is kept; CR LF and a lone CR become a newline (a lone CR would let a line
///   overwrite itself); U+2028 and U+2029 become a newline too.
/// - Tab becomes `tabWidth` (4) spaces: the column where it will land is not known before
///   wrapping, so tab stops cannot be honoured.
/// - The result is NFC.
///
/// For an export (`.export`) the controls and invisible format characters are dropped
/// instead of marked, and a tab becomes one space: a printed digest has no use for the
/// markers, and a zero-width space dropped inside a phone number lets the redaction see
/// the whole number.
public enum Sanitizer {
    public static let marker: Unicode.Scalar = "\u{FFFD}"
    public static let tabWidth = 4

    public enum Purpose: Sendable { case screen, export }

    public static func sanitize(_ text: String, for purpose: Purpose = .screen) -> String {
        // Most comments and articles need nothing: return them as they are (see `isPlain`;
        // SanitizerTests compares it with the full path).
        if isPlain(text) { return text }
        return rewritten(text, for: purpose)
    }

    /// `sanitize` character by character, for any text.
    static func rewritten(_ text: String, for purpose: Purpose) -> String {
        let drop = purpose == .export
        var out = String.UnicodeScalarView()
        var previousWasCR = false
        for character in text {
            let scalars = Array(character.unicodeScalars)
            for (i, scalar) in scalars.enumerated() {
                let v = scalar.value
                // The LF of a CR LF pair: the CR already made the newline.
                defer { previousWasCR = v == 0x0D }
                if v == 0x0A && previousWasCR { continue }
                switch v {
                case 0x0A, 0x0D, 0x2028, 0x2029:
                    out.append("\n")
                case 0x09:
                    out.append(contentsOf: repeatElement(" " as Unicode.Scalar, count: drop ? 1 : tabWidth))
                case 0x00..<0x20:
                    if !drop { out.append(Unicode.Scalar(0x2400 + v)!) }
                case 0x7F:
                    if !drop { out.append("\u{2421}") }
                case 0x80..<0xA0:
                    if !drop { out.append(marker) }
                case 0xAD:
                    continue
                case 0x200D where joinsEmoji(scalars, at: i):
                    out.append(scalar)
                case 0xE0020...0xE007F where scalars.first?.value == 0x1F3F4:
                    out.append(scalar)
                default:
                    if !isFormat(scalar) { out.append(scalar) } else if !drop { out.append(marker) }
                }
            }
        }
        return NFC.normalise(String(out))
    }

    /// The bidi controls are all Cf; they are listed anyway so that the rule does not depend
    /// on the standard library's Unicode tables alone.
    /// Printable ASCII, line feeds and Latin-1's letters and signs `À`–`ÿ` (two bytes, `C3 80`
    /// to `C3 BF`: French and Dutch accents): nothing to drop or replace, and NFC as it is (a
    /// precomposed Latin-1 letter is NFC, and no combining mark follows one here).
    static func isPlain(_ text: String) -> Bool {
        var afterC3 = false
        for b in text.utf8 {
            if afterC3 {
                guard b >= 0x80 && b <= 0xBF else { return false }
                afterC3 = false
            } else if b == 0xC3 {
                afterC3 = true
            } else if !(b >= 0x20 && b < 0x7F || b == 0x0A) {
                return false
            }
        }
        return !afterC3
    }

    public static func isFormat(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: return true
        default: return scalar.properties.generalCategory == .format
        }
    }

    /// A ZWJ inside an emoji sequence: an emoji (or its modifier / presentation selector)
    /// before it and an emoji after it, within the same grapheme cluster.
    static func joinsEmoji(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        guard index > 0, index + 1 < scalars.count else { return false }
        return isPictographic(scalars[index - 1]) && isPictographic(scalars[index + 1])
            || scalars[index - 1] == "\u{FE0F}" && isPictographic(scalars[index + 1])
    }

    /// Emoji beyond ASCII and Latin-1: digits, `#` and `*` are Emoji too, but never joined.
    private static func isPictographic(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value > 0xFF && (scalar.properties.isEmoji || scalar.properties.isEmojiModifier)
    }
}
