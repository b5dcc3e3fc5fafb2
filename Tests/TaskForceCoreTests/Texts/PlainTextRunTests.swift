import CTextScan
import PropertyBased
import Testing
@testable import TaskForceCore

/// `plain_text_run` (the AVX2 validator of the C target) only ever vouches for a start of the
/// bytes that is valid UTF-8, holds no control character and ends between scalars, whatever
/// the bytes and wherever a problem sits against its 32-byte blocks; on a clean text it
/// vouches for all but the last block; and the whole validator still agrees with the
/// standard library once it is in the loop.
struct PlainTextRunTests {
    /// A clean French line: accents, no-break space, a curly quote, a three-byte dash.
    static let clean = Array("Art. 12. § 1er. Le délai est prolongé « jusqu’au 31 décembre » – voir l’annexe.\n".utf8)

    static func run(_ bytes: [UInt8]) -> (length: Int, multibyte: Bool) {
        var multibyte = false
        let length = bytes.withUnsafeBufferPointer { plain_text_run($0.baseAddress!, $0.count, &multibyte) }
        return (length, multibyte)
    }

    /// What the run may claim: valid, no control, ends between scalars of valid bytes, and `multibyte`
    /// exactly when a non-ASCII byte lies in it.
    static func expectVouchable(_ bytes: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) {
        let (length, multibyte) = run(bytes)
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

    /// The validator with the vector run gives what it gives without: the same counts of
    /// controls, and for invalid bytes the same offset and the same Latin-1-or-damaged call.
    static func expectSameValidation(_ bytes: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) {
        let got = TextDecoding.validateUTF8(bytes)
        #expect(got == TextDecoding.validateUTF8(bytes, vectorised: false), "\(bytes)", sourceLocation: sourceLocation)
        if let want = UTF8ValidationTests.expected(bytes) {
            #expect(got == want, "\(bytes)", sourceLocation: sourceLocation)
        } else if case .valid = got {
            Issue.record("invalid UTF-8 accepted: \(bytes)", sourceLocation: sourceLocation)
        }
    }

    @Test func aCleanTextIsVouchedForUpToItsLastBlock() throws {
        try #require(plain_text_run_is_vectorised(), "this processor has no AVX2: the validator works byte by byte")
        let text = Array(repeating: Self.clean, count: 50).flatMap { $0 }
        let (length, multibyte) = Self.run(text)
        #expect(text.count - length < 32 + 3)
        #expect(multibyte)
        Self.expectVouchable(text)
    }

    /// Every problem the byte-by-byte validator knows, put at every offset of three blocks.
    @Test func stopsBeforeEachProblemWhereverItSits() {
        let problems: [[UInt8]] = [
            [0x00], [0x01], [0x1F], [0x7F], [0xC2, 0x85], [0xC2, 0x9F], [0xC0, 0x80], [0xC1, 0xBF],
            [0xC3], [0xE2, 0x80], [0xF0, 0x9F, 0x98], [0x80], [0xBF], [0xE0, 0x80, 0x80],
            [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xFF], [0xF8],
            [0xC3, 0xA9, 0xA9], [0xE2, 0x80, 0x99, 0x80],
        ]
        let base = Array(repeating: Self.clean, count: 2).flatMap { $0 }
        for problem in problems {
            for offset in 0..<100 {
                var bytes = Array(base[..<offset])
                // Keep the cut between scalars, then put the problem there.
                while let last = bytes.last, last >= 0x80 { bytes.removeLast() }
                bytes += problem + base
                Self.expectVouchable(bytes)
                Self.expectSameValidation(bytes)
            }
        }
    }

    @Test func vouchesOnlyForWhatIsValid() async {
        await propertyCheck(count: 3000, input: Gen.element(of: UTF8ValidationTests.pieces).array(of: 0...120)) { drawn in
            let bytes = drawn.compactMap { $0 }.flatMap { $0 }
            Self.expectVouchable(bytes)
            Self.expectSameValidation(bytes)
        }
    }
}
