import CTextScan
import PropertyBased
import Testing
@testable import TaskForceCore

/// `quote_mark_skip` (AVX2, in the C target) stops at the first whole quotation mark and only
/// there, and the splitter's `QuoteState` finds each mark wherever it sits against the
/// 32-byte blocks, among the accents, `§` and no-break spaces that share its first bytes.
struct QuoteMarkSkipTests {
    /// Whether a mark QuoteState follows starts at `i`: `"`, « », “ ” „.
    static func isMark(_ bytes: [UInt8], at i: Int) -> Bool {
        let b = bytes[i]
        if b == 0x22 { return true }
        if b == 0xC2, i + 1 < bytes.count { return bytes[i + 1] == 0xAB || bytes[i + 1] == 0xBB }
        if b == 0xE2, i + 2 < bytes.count { return bytes[i + 1] == 0x80 && (0x9C...0x9E).contains(bytes[i + 2]) }
        return false
    }

    @Test func skipsOnlyWhatHoldsNoMark() async {
        // The marks' bytes, the bytes that share their first or second byte (§ °, ’ –), and others.
        let pieces: [[UInt8]] = [[0x22], [0xC2], [0xE2], [0x80], [0xAB], [0xBB], [0x9C], [0x9D], [0x9E], [0x99],
                                 [0xA7], [0xC3], [0xA2], [0x02], [0x62], [0x20], Array("aaaaaaaaaaaaaaa".utf8)]
        await propertyCheck(count: 3000, input: Gen.element(of: pieces).array(of: 0...40)) { drawn in
            let bytes = drawn.compactMap { $0 }.flatMap { $0 }
            let skip = bytes.withUnsafeBufferPointer { quote_mark_skip($0.baseAddress, $0.count) }
            #expect(skip <= bytes.count)
            #expect(!(0..<skip).contains { Self.isMark(bytes, at: $0) }, "\(bytes) skipped \(skip)")
            #expect(skip == bytes.count || Self.isMark(bytes, at: skip), "\(bytes) stopped at \(skip)")
        }
    }

    @Test func aLongLineWithoutMarksIsSkippedWhole() {
        let bytes = Array(String(repeating: "Le délai est prolongé. ", count: 20).utf8)
        let skip = bytes.withUnsafeBufferPointer { quote_mark_skip($0.baseAddress, $0.count) }
        #expect(skip == bytes.count)
    }

    static func isOpen(after text: String) -> Bool {
        let bytes = Array(text.utf8)
        return LineBytes.reading(bytes) { line in
            var quotes = QuoteState()
            quotes.scan(line, from: line.start)
            return quotes.isOpen
        }
    }

    @Test(arguments: ["«", "\"", "„", "“"])
    func eachOpeningMarkIsFoundAtEveryOffset(mark: String) {
        let filler = Array("§ 1er. L’été, à 3\u{A0}h, ° ".unicodeScalars)
        for offset in 0..<80 {
            var before = ""
            for k in 0..<offset { before.unicodeScalars.append(filler[k % filler.count]) }
            let after = String(repeating: "é", count: 40)
            #expect(Self.isOpen(after: before + mark + after), "\(mark) after \(offset) scalars")
            #expect(!Self.isOpen(after: before + after), "no mark, \(offset) scalars")
            let closing = mark == "„" ? "“" : mark == "«" ? "»" : mark == "“" ? "”" : "\""
            #expect(!Self.isOpen(after: before + mark + after + closing + after), "\(mark)…\(closing) after \(offset) scalars")
        }
    }
}
