import Testing
@testable import TaskForceCore

/// The splitter makes its strings from the validated file without validating again, and the
/// validator jumps from one byte that needs a look to the next: both checked here against
/// the standard library on texts that mix every kind of byte at every alignment.
struct ValidUTF8Tests {
    /// ASCII words, line ends, controls, accents, no-break spaces, C1 controls, quotation
    /// marks, three- and four-byte scalars, and (when `broken`) bytes that are not UTF-8.
    private func sample(_ seed: UInt64, broken: Bool) -> [UInt8] {
        var state = seed
        func next() -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(state >> 33)
        }
        let pieces: [[UInt8]] = [
            Array("Art. 5bis. Le ".utf8), [0x0A], [0x09], [0x0D, 0x0A], [0x1B], [0x7F], Array("é".utf8),
            [0xC2, 0xA0], [0xC2, 0x85], Array("« »".utf8), Array("’„“”".utf8), Array("€".utf8), Array("😀".utf8),
            Array("abcdefghijkl".utf8),
        ]
        let bad: [[UInt8]] = [[0xC3], [0xE9], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF5, 0x80, 0x80, 0x80], [0x80]]
        var bytes: [UInt8] = []
        for _ in 0..<(20 + next() % 40) {
            if broken, next() % 25 == 0 { bytes += bad[next() % bad.count] } else { bytes += pieces[next() % pieces.count] }
        }
        return bytes
    }

    /// What the validator must find, computed the slow way: validity from the standard
    /// library, control characters scalar by scalar.
    private func reference(_ bytes: [UInt8]) -> (valid: Bool, controls: Int, first: Int?) {
        guard let text = String(validating: bytes, as: UTF8.self) else { return (false, 0, nil) }
        var controls = 0
        var first: Int?
        var offset = 0
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if (v < 0x20 && ![0x09, 0x0A, 0x0B, 0x0C, 0x0D].contains(v)) || (0x7F..<0xA0).contains(v) {
                controls += 1
                if first == nil { first = offset }
            }
            offset += String(scalar).utf8.count
        }
        return (true, controls, first)
    }

    @Test func validatorAgreesWithTheStandardLibrary() {
        for seed in UInt64(1)...400 {
            for broken in [false, true] {
                let full = sample(seed, broken: broken)
                for shift in 0..<8 where shift < full.count {  // every alignment of the 8-byte blocks
                    let bytes = Array(full[shift...])
                    let expected = reference(bytes)
                    switch TextDecoding.validateUTF8(bytes) {
                    case .valid(let controls, let first):
                        #expect(expected.valid, "seed \(seed) shift \(shift): invalid bytes accepted")
                        #expect(controls == expected.controls && first == expected.first, "seed \(seed) shift \(shift)")
                    case .invalid:
                        #expect(!expected.valid, "seed \(seed) shift \(shift): valid bytes refused")
                    }
                }
            }
        }
    }

    @Test func piecesAreTheStringsDecodingWouldMake() {
        for seed in UInt64(1)...60 {
            let bytes = sample(seed, broken: false)
            for start in 0...bytes.count {
                for end in start...min(bytes.count, start + 24) {
                    // Cut inside a scalar too: such a piece is repaired, never made invalid.
                    let expected = String(decoding: bytes[start..<end], as: UTF8.self)
                    let made = ValidUTF8.string(bytes, from: start, to: end)
                    #expect(made == expected, "seed \(seed) \(start)..<\(end)")
                    #expect(Array(made.utf8) == Array(expected.utf8))
                }
            }
        }
    }

    @Test func splitPartsAreTheSameAsFromAString() {
        let text = "Titre\r\n\r\nArt. 1er. Un  \u{00A0}\r\n\r\n\r\n  « cité »\u{202F}\nArt. 2. É😀\u{0301}\n\nfin\n"
        let split = TextSplitter.split(text, file: "t.txt")
        #expect(split.articles.map(\.number) == ["1", "2"])
        #expect(split.articles[0].text == "Un\n\n« cité »")
        #expect(split.articles[1].text == "É😀\u{0301}\n\nfin")
        #expect(split.articles[1].text.unicodeScalars.count == 8)  // É, 😀, the acute, two line ends, fin
    }
}
