import Foundation
import PropertyBased
import Testing
@testable import TaskForceCore

/// The sanitizer's byte-level shortcut (`leavesUnchanged`) may only let through text the full
/// path would return as it is: checked scalar by scalar over the ranges it could touch.
@Suite struct SanitizerUnchangedTests {
    static let checkedRanges: [ClosedRange<UInt32>] = [0...0x3100, 0xFE00...0xFFFF, 0x1F300...0x1F3FF, 0xE0000...0xE007F]

    static func accepted() -> [Unicode.Scalar] {
        checkedRanges.flatMap { $0 }.compactMap(Unicode.Scalar.init).filter {
            Sanitizer.leavesUnchanged(String($0).utf8)
        }
    }

    @Test func everyScalarLetThroughIsPrintedAsItIs() {
        let scalars = Self.accepted()
        #expect(scalars.count > 700)  // ASCII, Latin-1 and extended, punctuation, currency
        for scalar in scalars {
            let alone = String(scalar)
            // What the full path would change: controls, format characters, the soft
            // hyphen, line separators, and anything NFC rewrites.
            #expect(Array(Sanitizer.sanitize(alone + "\u{1}").unicodeScalars.dropLast()) == [scalar],
                    "U+\(String(scalar.value, radix: 16))")
            #expect(scalar.properties.canonicalCombiningClass == .notReordered)
        }
    }

    /// No two scalars let through compose under NFC, in either order.
    @Test func noPairLetThroughComposes() {
        let scalars = Self.accepted()
        for first in scalars {
            var pairs = String.UnicodeScalarView()
            for second in scalars {
                pairs.append(first)
                pairs.append(second)
            }
            let text = String(pairs)
            #expect(Array(text.precomposedStringWithCanonicalMapping.unicodeScalars) == Array(pairs),
                    "after U+\(String(first.value, radix: 16))")
        }
    }

    @Test(arguments: [
        ("French article", "Art. 5bis. — « Le salarié », § 1er, 1°, coût 12 € ; l’article…", true),
        ("Dutch article", "Artikel 18aa: geëvalueerd, ‘reïntegratie’ – ‰", true),
        ("a tab", "a\tb", false),
        ("CR", "a\rb", false),
        ("C1", "a\u{85}b", false),
        ("soft hyphen", "para\u{AD}graphe", false),
        ("zero-width space", "a\u{200B}b", false),
        ("bidi override", "a\u{202E}b", false),
        ("word joiner", "a\u{2060}b", false),
        ("combining accent", "e\u{301}", false),
        ("BOM", "\u{FEFF}a", false),
    ])
    func shortcutTakesOnlyWhatItCan(_ name: String, _ text: String, _ expected: Bool) {
        #expect(Sanitizer.leavesUnchanged(text.utf8) == expected, "\(name)")
    }

    /// Long texts go through `unchanged_run` (AVX2, 32 bytes at a time) before the Swift check:
    /// together they accept a text exactly when it holds none of the pieces the sanitizer
    /// changes, wherever those fall against the blocks.
    @Test func blocksAndBytesTogetherTakeOnlyWhatTheyCan() async {
        let kept = ["Art. ", "é", "§", "°", "’", "«", "\n", "ß", "ž", "\u{A0}", "abcdefghijklmnopqrstuvwxyz"]
        let changed = ["\t", "\u{85}", "\u{AD}", "e\u{301}", "\u{200B}", "\r"]
        let pieces = kept.map { ($0, true) } + changed.map { ($0, false) }
        await propertyCheck(count: 600, input: Gen.element(of: pieces).array(of: 0...150)) { drawn in
            let chosen = drawn.compactMap { $0 }
            let text = chosen.map(\.0).joined()
            let expected = chosen.allSatisfy(\.1)
            #expect(Sanitizer.leavesUnchanged(text.utf8) == expected, "\(Array(text.unicodeScalars))")
        }
    }
}
