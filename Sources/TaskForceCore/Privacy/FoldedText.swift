import Foundation

/// The text the detectors read: one `Character` per visible character, with the look-alikes
/// people use to slip a number past a filter made plain, and a map back to the original.
///
/// - Any Unicode digit (full-width `０`, Arabic-Indic `٤`, Devanagari `४`, mathematical `𝟒`,
///   superscript `²`, circled `①`, keycap `4️⃣`, a digit with a combining stroke, Chinese
///   `四`) becomes its ASCII digit, by its numeric value.
/// - Every space (NBSP, thin, narrow no-break, ideographic…) becomes `" "`, every line break
///   `"\n"`; dashes and minus signs `-`; dot-like marks (`·`, `•`, `。`) `.`; slash-like marks
///   `/`; opening brackets (`[`, `{`, `【`…) `(` and closing brackets `)`; plus and at-sign look-alikes `+`, `@`.
/// - Full-width, mathematical and enclosed letters become their plain letter (NFKC), so a
///   label like `𝐭𝐞𝐥` or a domain in full-width is read as such.
/// - `%20`, `%2B` and `%40` (links) become a space, `+` and `@`.
/// - HTML numeric entities (`&#48;`, `&#x40;`) become the character they stand for, folded
///   like any other: a Markdown or HTML reader shows `&#48;&#52;&#55;&#48;` as `0470`.
/// - Invisible characters (zero-width space, word joiner, BOM, soft hyphen, variation
///   selectors, Hangul fillers: Unicode's default-ignorable code points) are dropped, so a
///   number with a zero-width space inside is still one number, even before sanitizing.
struct FoldedText {
    /// The folded characters.
    let chars: [Character]
    /// For each folded character: letter, digit (ASCII after folding), ASCII letter.
    private let classes: [UInt8]
    /// For each folded character, the offset of the original character it comes from.
    private let origin: [Int]
    /// The original text's character boundaries, and its end.
    private let indices: [String.Index]
    /// For the last character decoded from an HTML entity, the offset after the entity's `;`.
    private var entityEnds: [Int: Int] = [:]

    private static let letter: UInt8 = 1, digit: UInt8 = 2, asciiLetter: UInt8 = 4

    init(_ text: String) {
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F || $0 == 0x0A }), !text.contains("&#") {
            self.init(printableASCII: text)
        } else {
            self.init(folding: text)
        }
    }

    /// The general path: any text, one `Character` at a time.
    init(folding text: String) {
        var chars: [Character] = []
        var origin: [Int] = []
        var indices: [String.Index] = []
        chars.reserveCapacity(text.utf8.count)
        origin.reserveCapacity(text.utf8.count)
        var offset = 0
        var skip = 0
        var entityEnds: [Int: Int] = [:]
        for index in text.indices {
            let character = text[index]
            indices.append(index)
            defer { offset += 1 }
            if skip > 0 { skip -= 1; continue }
            // Percent-encoded space, plus and at, as in links (`tel:+32%20470…`, `%2B32`).
            if character == "%", let decoded = Self.percentDecoded(text[index...].dropFirst()) {
                chars.append(decoded)
                origin.append(offset)
                skip = 2
            } else if character == "&", let (scalar, length) = Self.entity(text[index...]) {
                let decoded = Character(scalar)
                let plain = decoded == "\n" || decoded.asciiValue.map({ $0 >= 0x20 && $0 < 0x7F }) == true
                for folded in plain ? [decoded] : Self.fold(decoded) {
                    chars.append(folded == "[" || folded == "{" ? "(" : folded == "]" || folded == "}" ? ")" : folded)
                    origin.append(offset)
                }
                if !chars.isEmpty { entityEnds[chars.count - 1] = offset + length }
                skip = length - 1
            } else if character == "\n" || character.asciiValue.map({ $0 >= 0x20 && $0 < 0x7F }) == true {
                chars.append(character == "[" || character == "{" ? "(" : character == "]" || character == "}" ? ")" : character)
                origin.append(offset)
            } else {
                for folded in Self.fold(character) {
                    chars.append(folded)
                    origin.append(offset)
                }
            }
        }
        indices.append(text.endIndex)
        self.chars = chars
        self.classes = chars.map { c in
            if let a = c.asciiValue { return Self.asciiClass(a) }
            return c.isLetter ? Self.letter : 0
        }
        self.origin = origin
        self.indices = indices
        self.entityEnds = entityEnds
    }

    /// The same as `init(folding:)` for a text of printable ASCII and line feeds only (most
    /// comments in English and Dutch), read byte by byte: there every byte is one
    /// `Character` (no CR to pair with a LF, no mark to join a letter), so the general
    /// path takes only its first two branches, `%20` `%2B` `%40` and the rest as it is,
    /// `[` `{` `]` `}` as brackets; nothing is folded or dropped.
    /// `FoldedTextTests` compares both paths.
    init(printableASCII text: String) {
        let bytes = Array(text.utf8)
        var chars: [Character] = []
        var classes: [UInt8] = []
        var origin: [Int] = []
        chars.reserveCapacity(bytes.count)
        classes.reserveCapacity(bytes.count)
        origin.reserveCapacity(bytes.count)
        var k = 0
        while k < bytes.count {
            var byte = bytes[k]
            origin.append(k)
            if byte == UInt8(ascii: "%"), k + 2 < bytes.count, let decoded = Self.percentDecoded(bytes[k + 1], bytes[k + 2]) {
                byte = decoded
                k += 3
            } else {
                switch byte {
                case UInt8(ascii: "["), UInt8(ascii: "{"): byte = UInt8(ascii: "(")
                case UInt8(ascii: "]"), UInt8(ascii: "}"): byte = UInt8(ascii: ")")
                default: break
                }
                k += 1
            }
            chars.append(Character(Unicode.Scalar(byte)))
            classes.append(Self.asciiClass(byte))
        }
        self.chars = chars
        self.classes = classes
        self.origin = origin
        self.indices = Array(text.indices) + [text.endIndex]
    }

    private init(chars: [Character], classes: [UInt8], origin: [Int], indices: [String.Index], entityEnds: [Int: Int]) {
        self.chars = chars
        self.classes = classes
        self.origin = origin
        self.indices = indices
        self.entityEnds = entityEnds
    }

    /// The text without the spaces between single characters (`m a r i e @ g m a i l . c o m`
    /// read as `marie@gmail.com`), and for each of its characters its offset here; nil when
    /// there is no such space.
    func squeezingSpacedLetters() -> (text: FoldedText, offsets: [Int])? {
        func single(_ i: Int) -> Bool {
            i >= 0 && i < chars.count && chars[i] != " " && chars[i] != "\n"
                && (i == 0 || chars[i - 1] == " ") && (i + 1 == chars.count || chars[i + 1] == " ")
        }
        var kept: [Int] = []
        kept.reserveCapacity(chars.count)
        for i in chars.indices where !(chars[i] == " " && single(i - 1) && single(i + 1)) { kept.append(i) }
        guard kept.count < chars.count else { return nil }
        var ends: [Int: Int] = [:]
        if !entityEnds.isEmpty { for (k, i) in kept.enumerated() { ends[k] = entityEnds[i] } }
        return (FoldedText(chars: kept.map { chars[$0] }, classes: kept.map { classes[$0] }, origin: kept.map { origin[$0] },
                           indices: indices, entityEnds: ends), kept)
    }

    /// Digit, or letter and ASCII letter, or nothing, for an ASCII character.
    private static func asciiClass(_ a: UInt8) -> UInt8 {
        a >= 48 && a <= 57 ? digit : (a | 0x20) >= 97 && (a | 0x20) <= 122 ? letter | asciiLetter : 0
    }

    var count: Int { chars.count }

    subscript(_ i: Int) -> Character { chars[i] }
    subscript(_ r: Range<Int>) -> ArraySlice<Character> { chars[r] }
    subscript(_ r: ClosedRange<Int>) -> ArraySlice<Character> { chars[r] }

    /// Any letter, in any script (after folding).
    func isLetter(_ i: Int) -> Bool { classes[i] & Self.letter != 0 }
    /// A digit 0–9 (every script is folded to ASCII).
    func isDigit(_ i: Int) -> Bool { classes[i] & Self.digit != 0 }
    /// Whether any character is a digit: without one, only spelled numbers can be found.
    var hasDigit: Bool { classes.contains { $0 & Self.digit != 0 } }
    func isAlphanumeric(_ i: Int) -> Bool { classes[i] & (Self.letter | Self.digit) != 0 }
    func isASCIILetter(_ i: Int) -> Bool { classes[i] & Self.asciiLetter != 0 }
    /// The value of the digit at `i`.
    func digit(_ i: Int) -> UInt8 { chars[i].asciiValue! - 48 }

    /// The letters `start..<end`, lower-cased.
    ///
    /// The detectors look words up this way at every word of every comment: when all are
    /// ASCII letters or digits (classes only given to a single ASCII scalar), they are
    /// lower-cased byte by byte, A–Z to a–z, which is what `String.lowercased()` does to
    /// them; any other character takes `lowercased()` itself.
    func lowercased(_ start: Int, _ end: Int) -> String {
        guard classes[start..<end].allSatisfy({ $0 & (Self.asciiLetter | Self.digit) != 0 }) else {
            return String(chars[start..<end]).lowercased()
        }
        return String(unsafeUninitializedCapacity: end - start) { buffer in
            for k in start..<end {
                let a = chars[k].asciiValue!
                buffer[k - start] = a >= 65 && a <= 90 ? a + 32 : a
            }
            return end - start
        }
    }

    /// The original text's range behind folded characters `start..<end` (`start < end`).
    func range(_ start: Int, _ end: Int) -> Range<String.Index> {
        indices[origin[start]]..<indices[entityEnds[end - 1] ?? origin[end - 1] + 1]
    }

    /// `percentDecoded` of two ASCII bytes.
    private static func percentDecoded(_ first: UInt8, _ second: UInt8) -> UInt8? {
        switch (first, second) {
        case (UInt8(ascii: "2"), UInt8(ascii: "0")): UInt8(ascii: " ")
        case (UInt8(ascii: "2"), UInt8(ascii: "B")), (UInt8(ascii: "2"), UInt8(ascii: "b")): UInt8(ascii: "+")
        case (UInt8(ascii: "4"), UInt8(ascii: "0")): UInt8(ascii: "@")
        default: nil
        }
    }

    private static func percentDecoded(_ rest: Substring) -> Character? {
        switch rest.prefix(2).uppercased() {
        case "20": " "
        case "2B": "+"
        case "40": "@"
        default: nil
        }
    }

    /// `&#48;` or `&#x30;` at the start of `rest`: the scalar, and how many characters it takes.
    private static func entity(_ rest: Substring) -> (Unicode.Scalar, Int)? {
        var scalars = rest.unicodeScalars.dropFirst()
        guard scalars.first == "#" else { return nil }
        scalars = scalars.dropFirst()
        var radix: UInt32 = 10
        var length = 2
        if scalars.first == "x" || scalars.first == "X" { radix = 16; scalars = scalars.dropFirst(); length += 1 }
        var value: UInt32 = 0, digits = 0
        for s in scalars {
            if s == ";" {
                guard digits > 0, let scalar = Unicode.Scalar(value) else { return nil }
                return (scalar, length + digits + 1)
            }
            guard digits < 7, s.isASCII, let d = UInt32(String(s), radix: Int(radix)) else { return nil }
            value = value * radix + d
            digits += 1
        }
        return nil
    }

    /// The plain characters for one original character: none for an invisible one.
    static func fold(_ character: Character) -> [Character] {
        // A digit or a letter may carry marks (keycap, strike-through, accents): the base
        // decides. Invisible scalars are left out wherever they are.
        let scalars = character.unicodeScalars.filter { !isInvisible($0) }
        guard let base = scalars.first else { return [] }
        if scalars.allSatisfy(\.properties.isWhitespace) {
            return [scalars.contains { foldScalar($0) == "\n" } ? "\n" : " "]
        }
        let marksOnly = scalars.dropFirst().allSatisfy { isMark($0) }
        if marksOnly, let plain = foldScalar(base) { return [plain] }
        if marksOnly, hasCompatibilityForm(base) {
            let nfkc = String(base).precomposedStringWithCompatibilityMapping
            return nfkc.unicodeScalars.map { foldScalar($0) ?? Character($0) }
        }
        if scalars.count == character.unicodeScalars.count { return [character] }
        var kept = String.UnicodeScalarView()
        kept.append(contentsOf: scalars)
        return Array(String(kept))
    }

    /// Default-ignorable code points, and the controls other than spaces and line breaks.
    private static func isInvisible(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x09...0x0D, 0x85: return false
        case 0x00...0x1F, 0x7F...0x9F: return true
        default: return s.properties.isDefaultIgnorableCodePoint
        }
    }

    private static func isMark(_ s: Unicode.Scalar) -> Bool {
        switch s.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .spacingMark: return true
        default: return false
        }
    }

    /// 〇 一 二 三 四 五 六 七 八 九
    private static let chineseDigits: [UInt32] = [0x3007, 0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D]

    /// The ASCII stand-in for a digit, a space, a separator or a symbol we look for.
    private static func foldScalar(_ s: Unicode.Scalar) -> Character? {
        let p = s.properties
        if s.isASCII {
            if s == "\t" { return " " }
            if s == "\r" || s == "\n" || s == "\u{0B}" || s == "\u{0C}" { return "\n" }
            return Character(s)
        }
        if let type = p.numericType, type == .decimal || type == .digit,
           let value = p.numericValue, value >= 0, value <= 9, value == value.rounded() {
            return Character(Unicode.Scalar(UInt8(48 + Int(value))))
        }
        // Chinese numerals, as phone numbers are written digit by digit with them.
        if let digit = chineseDigits.firstIndex(of: s.value) {
            return Character(Unicode.Scalar(UInt8(48 + digit)))
        }
        switch s.value {
        case 0x85, 0x2028, 0x2029: return "\n"
        case 0x2800: return " "  // braille blank: looks like a space
        case 0x2010...0x2015, 0x2043, 0x2212, 0x2796, 0xFE58, 0xFE63, 0xFF0D: return "-"
        case 0xB7, 0x2022, 0x2024, 0x2027, 0x2219, 0x22C5, 0x3002, 0x30FB, 0xFF0E, 0xFF61, 0xFF65: return "."
        case 0x2044, 0x2215, 0x29F8, 0xFF0F: return "/"
        case 0x207A, 0x208A, 0x2795, 0xFE62, 0xFF0B: return "+"
        case 0xFE6B, 0xFF20: return "@"
        case 0x2039, 0x27E8, 0x3008, 0xFE64, 0xFF1C: return "<"
        case 0x203A, 0x27E9, 0x3009, 0xFE65, 0xFF1E: return ">"
        default: break
        }
        if p.isWhitespace { return " " }
        switch p.generalCategory {
        case .openPunctuation: return "("
        case .closePunctuation: return ")"
        default: return nil
        }
    }

    /// Blocks whose characters are styled forms of plain letters (full-width, mathematical,
    /// enclosed, letter-like symbols such as `℡`): NFKC gives the plain form.
    private static func hasCompatibilityForm(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x2070...0x209F, 0x2100...0x214F, 0x2460...0x24FF, 0x3200...0x33FF,
             0xFB00...0xFB4F, 0xFE50...0xFE6F, 0xFF00...0xFFEF,
             0x1D400...0x1D7FF, 0x1F100...0x1F1FF:
            return true
        default:
            return false
        }
    }
}
