import Testing
@testable import TaskForceUI

@Suite struct WrappingTests {
    static let french = "Le travailleur du sexe peut à tout moment interrompre l'acte sans conséquence négative."
    static let word40 = "abcdefghij" + "klmnopqrst" + "uvwxyzABCD" + "EFGHIJKLMN"

    static let cases: [(String, String, Int, [String])] = [
        ("French sentence at 20", french, 20,
         ["Le travailleur du", "sexe peut à tout", "moment interrompre", "l'acte sans", "conséquence", "négative."]),
        ("40-character word at 10", word40, 10,
         ["abcdefghij", "klmnopqrst", "uvwxyzABCD", "EFGHIJKLMN"]),
        ("short word, then a long one", "ab " + word40 + " z", 10,
         ["ab", "abcdefghij", "klmnopqrst", "uvwxyzABCD", "EFGHIJKLMN", "z"]),
        ("long word's last piece is followed", "abcdefg hi", 5, ["abcde", "fg hi"]),
        ("CJK at 5", "会議は明日です", 5, ["会議", "は明", "日で", "す"]),
        ("CJK at 4 fills lines", "会議は明日", 4, ["会議", "は明", "日"]),
        ("CJK after Latin", "Art. 会議", 7, ["Art. 会", "議"]),
        ("CJK does not fit after Latin", "Art. 会議", 6, ["Art.", "会議"]),
        ("trailing spaces dropped", "abc   ", 10, ["abc"]),
        ("inner spaces kept", "abc   def", 10, ["abc   def"]),
        ("spaces at a break dropped", "abc    def", 5, ["abc", "def"]),
        ("indentation kept", "  Art. 1", 20, ["  Art. 1"]),
        ("empty input", "", 10, []),
        ("only spaces", "   ", 10, [""]),
        ("newline alone", "\n", 10, ["", ""]),
        ("paragraphs", "a\n\nb", 10, ["a", "", "b"]),
        ("width 1", "ab c", 1, ["a", "b", "c"]),
        ("width 1 with wide char", "会a", 1, ["会", "a"]),
        ("width 0", "abc", 0, []),
        ("flags are not split", "🇧🇪🇧🇪🇧🇪", 4, ["🇧🇪🇧🇪", "🇧🇪"]),
        ("Dutch and Romanian", "geëvalueerd în țară", 11, ["geëvalueerd", "în țară"]),
        ("no-break space joins", "article\u{A0}5 : vu", 10, ["article\u{A0}5", ": vu"]),
    ]

    @Test(arguments: cases)
    func wraps(_ name: String, _ text: String, _ width: Int, _ expected: [String]) {
        #expect(Wrapping.wrap(text, width: width) == expected, "\(name)")
    }

    @Test func decomposedAccentsCountAsOneColumnAndStayWhole() {
        let text = String(repeating: "e\u{301}", count: 12)
        let lines = Wrapping.wrap(text, width: 5)
        // Swift compares strings by canonical equivalence, so count scalars as well:
        // a mark cut off its letter would show up as 9 + 11.
        #expect(lines.map { $0.unicodeScalars.count } == [10, 10, 4])
        #expect(lines.map { DisplayWidth.of($0) } == [5, 5, 2])
    }

    @Test func decomposedFrenchWrapsLikePrecomposed() {
        let decomposed = Self.french.replacingAll("é", with: "e\u{301}").replacingAll("à", with: "a\u{300}")
        #expect(decomposed.unicodeScalars.count > Self.french.unicodeScalars.count)
        #expect(Wrapping.wrap(decomposed, width: 20).map { DisplayWidth.of($0) } == [17, 16, 18, 11, 11, 9])
    }

    @Test(arguments: 1...30)
    func noLineOverflowsAndNoTextIsLost(width: Int) {
        let text = Self.french + "\n" + "会議は明日です " + Self.word40
        let lines = Wrapping.wrap(text, width: width)
        for line in lines {
            #expect(DisplayWidth.of(line) <= max(width, 2), "\(line) at \(width)")
        }
        let original = text.filter { $0 != " " && $0 != "\n" }
        #expect(lines.joined().filter { $0 != " " } == original)
    }
}

extension String {
    /// Replaces by scalars, not by canonical equivalence (test helper, no Foundation).
    fileprivate func replacingAll(_ target: Character, with replacement: String) -> String {
        var out = ""
        for character in self {
            if character.unicodeScalars.elementsEqual(target.unicodeScalars) { out += replacement } else { out.append(character) }
        }
        return out
    }
}
