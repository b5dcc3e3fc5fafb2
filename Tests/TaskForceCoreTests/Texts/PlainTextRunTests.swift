import CTextScan
import PropertyBased
import Testing
@testable import TaskForceCore

/// `plain_text_run` (the vector validators of the C target: 64 bytes at a time with AVX-512,
/// 32 with AVX2) only ever vouches for a start of the bytes that is valid UTF-8, holds no
/// control character and ends between scalars, whatever the bytes and wherever a problem sits
/// against its blocks; on a clean text it vouches for all but the last block (all of it, 64
/// at a time); and the whole validator still agrees with the standard library once it is in
/// the loop. Each width this processor has is checked, whichever `plain_text_run` picks.
struct PlainTextRunTests {
    /// A clean French line: accents, no-break space, a curly quote, a three-byte dash.
    static let clean = Array("Art. 12. § 1er. Le délai est prolongé « jusqu’au 31 décembre » – voir l’annexe.\n".utf8)

    /// The validators this processor has: 64 and 32 bytes at a time, or 32, or none.
    static let widths: [Int] = [64, 32].filter { $0 <= Int(plain_text_run_width()) }

    static func run(_ bytes: [UInt8], width: Int) -> (length: Int, multibyte: Bool) {
        var multibyte = false
        let length = bytes.withUnsafeBufferPointer {
            plain_text_run_of_width($0.baseAddress!, $0.count, &multibyte, Int32(width))
        }
        return (length, multibyte)
    }

    /// What the run may claim: valid, no control, ends between scalars of valid bytes, and `multibyte`
    /// exactly when a non-ASCII byte lies in it.
    static func expectVouchable(_ bytes: [UInt8], width: Int, sourceLocation: SourceLocation = #_sourceLocation) {
        let (length, multibyte) = run(bytes, width: width)
        #expect(length <= bytes.count, sourceLocation: sourceLocation)
        let prefix = Array(bytes[..<min(length, bytes.count)])
        #expect(String(validating: prefix, as: UTF8.self) != nil, "\(bytes) up to \(length)", sourceLocation: sourceLocation)
        #expect(UTF8ValidationTests.expected(prefix) == .valid(controls: 0, firstControl: nil),
                "\(bytes) up to \(length)", sourceLocation: sourceLocation)
        if String(validating: bytes, as: UTF8.self) != nil {  // (in invalid bytes a lone continuation may follow)
            #expect(length == bytes.count || bytes[length] & 0xC0 != 0x80, "\(bytes) up to \(length)", sourceLocation: sourceLocation)
        }
        #expect(multibyte == prefix.contains { $0 >= 0x80 }, "\(bytes) up to \(length)", sourceLocation: sourceLocation)
    }

    /// The validator with each vector run gives what it gives without: the same counts of
    /// controls, and for invalid bytes the same offset and the same Latin-1-or-damaged call.
    static func expectSameValidation(_ bytes: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) {
        let got = TextDecoding.validateUTF8(bytes, runWidth: 0)
        for width in widths {
            #expect(TextDecoding.validateUTF8(bytes, runWidth: Int32(width)) == got, "\(width): \(bytes)", sourceLocation: sourceLocation)
        }
        if let want = UTF8ValidationTests.expected(bytes) {
            #expect(got == want, "\(bytes)", sourceLocation: sourceLocation)
        } else if case .valid = got {
            Issue.record("invalid UTF-8 accepted: \(bytes)", sourceLocation: sourceLocation)
        }
    }

    @Test func aCleanTextIsVouchedForUpToItsLastBlock() throws {
        try #require(plain_text_run_is_vectorised(), "this processor has no AVX2: the validator works byte by byte")
        let text = Array(repeating: Self.clean, count: 50).flatMap { $0 }
        for width in Self.widths {
            let (length, multibyte) = Self.run(text, width: width)
            // 64 at a time, the last bytes too (a masked load).
            #expect(width == 64 ? length == text.count : text.count - length < 32 + 3)
            #expect(multibyte)
            Self.expectVouchable(text, width: width)
        }
    }

    /// The widest validator checks the last bytes after its last whole block too, padded with
    /// spaces: every length from 32 to 200, ending in every kind of scalar and in a cut one.
    @Test func theLastBytesAreCheckedAtEveryLength() throws {
        try #require(plain_text_run_width() == 64, "this processor has no AVX-512: no 64-byte blocks")
        for ending: [UInt8] in [[0x61], Array("é".utf8), Array("’".utf8), Array("😀".utf8), [0xC3], [0xE2, 0x80], [0x7F], [0xC2, 0x85]] {
            for count in 32...200 {
                let bytes = Array(repeating: UInt8(ascii: "a"), count: count - ending.count) + ending
                let whole = String(validating: bytes, as: UTF8.self) != nil && ending != [0x7F] && ending != [0xC2, 0x85]
                let (length, _) = Self.run(bytes, width: 64)
                if whole { #expect(length == count, "\(ending) at \(count)") }
                Self.expectVouchable(bytes, width: 64)
            }
        }
    }

    /// Every problem the byte-by-byte validator knows, put at every offset of four 32-byte
    /// blocks and across two 64-byte block ends, after accented text and after ASCII.
    @Test func stopsBeforeEachProblemWhereverItSits() {
        let problems: [[UInt8]] = [
            [0x00], [0x01], [0x08], [0x0E], [0x1F], [0x7F], [0xC2, 0x85], [0xC2, 0x9F], [0xC0, 0x80], [0xC1, 0xBF],
            [0xC3], [0xE2, 0x80], [0xF0, 0x9F, 0x98], [0x80], [0xBF], [0xE0, 0x80, 0x80],
            [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xFF], [0xF8],
            [0xC3, 0xA9, 0xA9], [0xE2, 0x80, 0x99, 0x80], [0xF0, 0x8F, 0xBF, 0xBF], [0xED, 0x9F, 0xBF, 0xC2],
        ]
        let base = Array(repeating: Self.clean, count: 2).flatMap { $0 }
        // What follows a problem decides how the 64-byte validator checks the next block.
        let twoByteLeadsOnly = Array(String(repeating: "Le délai « prévu » est prolongé. ", count: 5).utf8)
        for problem in problems {
            for offset in 0..<140 {
                var bytes = Array(base[..<offset])
                // Keep the cut between scalars, then put the problem there.
                while let last = bytes.last, last >= 0x80 { bytes.removeLast() }
                for prefix in [bytes, Array(repeating: UInt8(ascii: "a"), count: offset)] {
                    for suffix in [base, twoByteLeadsOnly] {
                        let bytes = prefix + problem + suffix
                        for width in Self.widths { Self.expectVouchable(bytes, width: width) }
                        Self.expectSameValidation(bytes)
                    }
                }
            }
        }
    }

    /// Long texts of clean pieces with a rare problem (a control, a cut or overlong scalar, a
    /// surrogate, a stray byte) here and there, so that the runs cross many blocks, and scalars
    /// of every length cross block ends, before they stop.
    @Test func longTextsWithRareProblemsGetTheSameValidation() {
        var state: UInt64 = 16
        func next() -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(state >> 33)
        }
        let clean: [[UInt8]] = [
            Array("Art. 5bis. Le ".utf8), [0x0A], [0x09], [0x0D, 0x0A], Array("é".utf8), [0xC2, 0xA0],
            Array("« »".utf8), Array("’„“”".utf8), Array("€".utf8), Array("😀".utf8), Array("\u{7FF}\u{800}\u{FFFD}\u{10000}\u{10FFFF}".utf8),
            Array("abcdefghijklmnopqrstuvw".utf8), Array("déjà prévu à l’article".utf8),
        ]
        let problems: [[UInt8]] = [
            [0x1B], [0x7F], [0x00], [0x08], [0x0E], [0xC2, 0x85], [0xC3], [0xE2, 0x80], [0xF0, 0x9F, 0x98], [0xC0, 0x80], [0xE0, 0x9F, 0xBF],
            [0xED, 0xA0, 0x80], [0xF0, 0x8F, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80], [0xF5], [0xFF], [0x80],
        ]
        for _ in 0..<3000 {
            var bytes: [UInt8] = []
            let pieces = 10 + next() % 200
            let rarity = 20 + next() % 400
            for _ in 0..<pieces {
                bytes += next() % rarity == 0 ? problems[next() % problems.count] : clean[next() % clean.count]
            }
            for width in Self.widths { Self.expectVouchable(bytes, width: width) }
            Self.expectSameValidation(bytes)
        }
    }

    @Test func vouchesOnlyForWhatIsValid() async {
        await propertyCheck(count: 3000, input: Gen.element(of: UTF8ValidationTests.pieces).array(of: 0...120)) { drawn in
            let bytes = drawn.compactMap { $0 }.flatMap { $0 }
            for width in Self.widths { Self.expectVouchable(bytes, width: width) }
            Self.expectSameValidation(bytes)
        }
    }
}
