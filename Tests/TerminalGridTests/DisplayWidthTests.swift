import Testing
@testable import TerminalGrid

@Suite struct DisplayWidthTests {
    static let clusters: [(String, Character, Int)] = [
        ("ASCII letter", "a", 1),
        ("é precomposed", "\u{E9}", 1),
        ("é decomposed", "e\u{301}", 1),
        ("Romanian ș comma below", "\u{219}", 1),
        ("Romanian ț comma below", "\u{21B}", 1),
        ("ș decomposed", "s\u{326}", 1),
        ("Dutch ë", "ë", 1),
        ("CJK ideograph", "会", 2),
        ("Hangul syllable", "한", 2),
        ("Hangul conjoining jamo", "\u{1112}\u{1161}\u{11AB}", 2),
        ("fullwidth A", "Ａ", 2),
        ("halfwidth katakana", "ｱ", 1),
        ("ideographic space", "\u{3000}", 2),
        ("emoji thumbs up", "👍", 2),
        ("emoji with skin tone", "👍🏽", 2),
        ("flag of Belgium", "🇧🇪", 2),
        ("ZWJ family", "👨‍👩‍👧‍👦", 2),
        ("text-presentation heart", "\u{2764}", 1),
        ("heart with VS16", "\u{2764}\u{FE0F}", 2),
        ("keycap", "1\u{FE0F}\u{20E3}", 2),
        ("lone combining acute", "\u{301}", 0),
        ("zero-width joiner alone", "\u{200D}", 0),
        ("zero-width space", "\u{200B}", 0),
        ("ESC is drawn by nobody", "\u{1B}", 0),
        ("C1 CSI", "\u{9B}", 0),
        ("sanitizer marker", "\u{FFFD}", 1),
        ("control picture ESC", "␛", 1),
        ("box drawing", "┃", 1),
        ("last CJK extension B", "\u{2A6DF}", 2),
    ]

    @Test(arguments: clusters)
    func widthOfCluster(_ name: String, _ character: Character, _ expected: Int) {
        #expect(DisplayWidth.of(character) == expected, "\(name)")
    }

    /// The shortcut for single scalars of the Latin and box-drawing blocks gives what the
    /// general rules give, for every scalar it covers.
    @Test func shortcutAgreesWithTheGeneralRules() {
        for v in Array(0..<0x300) + Array(0x2500..<0x2600) {
            let character = Character(Unicode.Scalar(UInt32(v))!)
            #expect(DisplayWidth.of(character) == DisplayWidth.ofCluster(character.unicodeScalars), "U+\(String(v, radix: 16))")
        }
    }

    static let strings: [(String, Int)] = [
        ("", 0),
        ("abc", 3),
        ("Art. 5bis — été", 15),
        ("Art. 5bis — e\u{301}te\u{301}", 15),
        ("înțelegere și", 13),
        ("s\u{326}i t\u{326}ara", 7),
        ("Екранът вече е на български", 27),
        ("Български", 9),
        ("overeenkomst geëvalueerd", 24),
        ("会議", 4),
        ("한국어", 6),
        ("ok 👍🏽🇧🇪", 7),
        ("a\u{301}\u{302}\u{303}", 1),
    ]

    @Test(arguments: strings)
    func widthOfString(_ text: String, _ expected: Int) {
        #expect(DisplayWidth.of(text) == expected)
    }

    @Test func tableIsSortedAndDisjoint() {
        for (a, b) in zip(DisplayWidth.wideRanges, DisplayWidth.wideRanges.dropFirst()) {
            #expect(a.upperBound < b.lowerBound, "\(a) overlaps or precedes \(b)")
        }
    }

    @Test func rangeEdgesAreInclusive() {
        #expect(DisplayWidth.isWide(0x1100))
        #expect(DisplayWidth.isWide(0x115F))
        #expect(!DisplayWidth.isWide(0x1160))
        #expect(!DisplayWidth.isWide(0x10FF))
        #expect(DisplayWidth.isWide(0x3FFFD))
        #expect(!DisplayWidth.isWide(0x3FFFE))
    }
}
