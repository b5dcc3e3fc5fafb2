import PropertyBased
import Testing
@testable import TaskForceCore

/// The validator, with its eight-bytes-at-a-time skips and its in-place two-byte check,
/// gives what the standard library's own UTF-8 validation and a count of control scalars
/// give, on bytes drawn from what sits near its edges: line ends, DEL, tabs, C1 controls,
/// overlong and surrogate leads, lone continuations, three- and four-byte sequences.
struct UTF8ValidationTests {
    static let pieces: [[UInt8]] = [
        [0x0A], [0x0D], [0x09], [0x20], [0x61], [0x41], [0x7E], [0x7F], [0x1F], [0x00],
        Array("é".utf8), Array("ß".utf8), Array("\u{A0}".utf8), Array("§".utf8), Array("«".utf8),
        Array("\u{85}".utf8), Array("\u{9F}".utf8), Array("\u{7FF}".utf8), Array("’".utf8),
        Array("😀".utf8), [0xC0, 0x80], [0xC1, 0xBF], [0xC2], [0xC3], [0xDF], [0x80], [0xBF],
        [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xF5], [0xFF],
        Array("Art. 1er. Le délai".utf8), Array("aaaaaaa".utf8),
    ]

    static func expected(_ bytes: [UInt8]) -> TextDecoding.Validation? {
        guard let text = String(validating: bytes, as: UTF8.self) else { return nil }
        var controls = 0
        var first: Int?
        var offset = 0
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if (v < 0x20 && !(0x09...0x0D).contains(v)) || v == 0x7F || (0x80..<0xA0).contains(v) {
                controls += 1
                if first == nil { first = offset }
            }
            offset += scalar.utf8.count
        }
        return .valid(controls: controls, firstControl: first)
    }

    @Test func agreesWithTheStandardLibrary() async {
        await propertyCheck(count: 3000, input: Gen.element(of: Self.pieces).array(of: 0...40)) { drawn in
            let bytes = drawn.compactMap { $0 }.flatMap { $0 }
            let got = TextDecoding.validateUTF8(bytes)
            if let want = Self.expected(bytes) {
                #expect(got == want, "\(bytes)")
            } else if case .valid = got {
                Issue.record("invalid UTF-8 accepted: \(bytes)")
            }
        }
    }
}
