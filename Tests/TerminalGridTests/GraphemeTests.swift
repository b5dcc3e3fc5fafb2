import Testing
@testable import TerminalGrid

@Suite struct GraphemeTests {
    @Test(arguments: ["a", " ", "é", "e\u{301}", "ș", "会", "한", "\u{1112}\u{1161}\u{11AB}", "👍", "👍🏽", "🇧🇪",
                      "❤️", "1\u{FE0F}\u{20E3}", "👩🏽‍💻", "\r\n", "─", "’"] as [Character])
    func keepsEveryClusterOfUpToFifteenBytes(_ character: Character) {
        let grapheme = Grapheme(character)
        #expect(grapheme.character == character)
        #expect(grapheme.utf8Count == character.utf8.count)
        #expect(grapheme.firstScalar == character.unicodeScalars.first)
    }

    @Test func aLongerClusterKeepsItsFirstWholeScalars() {
        let family: Character = "👨‍👩‍👧‍👦"  // 25 bytes: man ZWJ woman ZWJ girl ZWJ boy
        let kept = Grapheme(family)
        #expect(kept.string == "👨‍👩‍")  // 4 + 3 + 4 + 3 = 14 bytes; the girl's 4 would make 18
        #expect(kept.character == "👨‍👩‍")
        let piled = Character("Z" + String(repeating: "\u{301}", count: 40))
        #expect(Grapheme(piled).string == "Z" + String(repeating: "\u{301}", count: 7))
    }

    @Test func oneScalarMadeDirectlyIsTheSameAsThroughACharacter() {
        for value in Array(0...0x3000) + [0xFFFD, 0xFFFF, 0x10000, 0x1F44D, 0x10FFFF] {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(Grapheme(scalar: scalar) == Grapheme(Character(scalar)), "U+\(String(value, radix: 16))")
        }
    }

    @Test func equalityIsThatOfTheBytes() {
        #expect(Grapheme("é") != Grapheme("e\u{301}"))  // as Character's == would not say
        #expect(Grapheme("a") == Grapheme(scalar: "a"))
        #expect(Grapheme.space == Grapheme(" "))
        #expect(Grapheme(scalar: "a") != Grapheme(scalar: "b"))
    }

    @Test func aCellHoldsNoReference() {
        #expect(_isPOD(Cell.self))
        #expect(MemoryLayout<Cell>.stride <= 24)
    }
}
