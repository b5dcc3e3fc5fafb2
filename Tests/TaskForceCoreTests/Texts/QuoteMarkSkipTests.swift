import CTextScan
import PropertyBased
import Testing
@testable import TaskForceCore

/// `quote_mark_skip` (AVX2, in the C target) never skips a byte that may start a quotation
/// mark, and the splitter's `QuoteState` finds each mark wherever it sits against the
/// 32-byte blocks, among the accents, `§` and no-break spaces that share its first bytes.
struct QuoteMarkSkipTests {
    static func isCandidate(_ byte: UInt8) -> Bool { byte == 0x22 || byte == 0xC2 || byte == 0xE2 }

    @Test func skipsOnlyWhatHoldsNoMark() async {
        let pieces: [[UInt8]] = [[0x22], [0xC2], [0xE2], [0xC3], [0xA2], [0x02], [0x62], [0x20], Array("aaaaaaaaaaaaaaa".utf8)]
        await propertyCheck(count: 2000, input: Gen.element(of: pieces).array(of: 0...40)) { drawn in
            let bytes = drawn.compactMap { $0 }.flatMap { $0 }
            let skip = bytes.withUnsafeBufferPointer { quote_mark_skip($0.baseAddress, $0.count) }
            #expect(skip <= bytes.count)
            #expect(!bytes[..<skip].contains(where: Self.isCandidate), "\(bytes) skipped \(skip)")
            if skip < bytes.count, !Self.isCandidate(bytes[skip]) {
                #expect(skip % 32 == 0 && bytes.count - skip < 32, "\(bytes) stopped at \(skip)")
            }
        }
    }

    @Test func aLongLineWithoutMarksIsSkippedToItsLastBlock() throws {
        try #require(plain_text_run_is_vectorised(), "this processor has no AVX2: the scan works eight bytes at a time")
        let bytes = Array(String(repeating: "Le délai est prolongé. ", count: 20).utf8)
        let skip = bytes.withUnsafeBufferPointer { quote_mark_skip($0.baseAddress, $0.count) }
        #expect(bytes.count - skip < 32)
    }

    static func isOpen(after text: String) -> Bool {
        let bytes = Array(text.utf8)
        let line = LineBytes(bytes, start: 0, end: bytes.count)
        var quotes = QuoteState()
        quotes.scan(line, from: line.start)
        return quotes.isOpen
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
