import PropertyBased
import Testing
@testable import TaskForceCore

/// The quotation marks `TextLines` lists (found by `text_line_scan`, 32 or 64 bytes at a time)
/// are exactly the whole marks of the text, and `QuoteState` following them finds each mark
/// wherever it sits against the blocks, among the accents, `§` and no-break spaces that
/// share its first bytes.
struct QuoteMarkTests {
    /// Whether a mark `QuoteState` follows starts at `i`, whole: `"`, « », “ ” „.
    static func isMark(_ bytes: [UInt8], at i: Int) -> Bool {
        let b = bytes[i]
        if b == 0x22 { return true }
        if b == 0xC2, i + 1 < bytes.count { return bytes[i + 1] == 0xAB || bytes[i + 1] == 0xBB }
        if b == 0xE2, i + 2 < bytes.count { return bytes[i + 1] == 0x80 && (0x9C...0x9E).contains(bytes[i + 2]) }
        return false
    }

    /// Every place a mark starts, one byte at a time.
    static func plainMarks(_ bytes: [UInt8]) -> [UInt32] {
        bytes.indices.filter { isMark(bytes, at: $0) }.map(UInt32.init)
    }

    @Test func theMarksListedAreExactlyTheWholeMarks() async {
        // The marks' bytes, the bytes that share their first or second byte (§ °, ’ –), and others.
        let pieces: [[UInt8]] = [[0x22], [0xC2], [0xE2], [0x80], [0xAB], [0xBB], [0x9C], [0x9D], [0x9E], [0x99],
                                 [0xA7], [0xC3], [0xA2], [0x02], [0x62], [0x20], [0x0A], Array("aaaaaaaaaaaaaaa".utf8)]
        await propertyCheck(count: 3000, input: Gen.element(of: pieces).array(of: 0...40)) { drawn in
            let bytes = drawn.compactMap { $0 }.flatMap { $0 }
            #expect(TextLines(bytes).marks == Self.plainMarks(bytes), "\(bytes)")
        }
    }

    @Test func aLongLineWithoutMarksHasNone() {
        let bytes = Array(String(repeating: "Le délai est prolongé. ", count: 20).utf8)
        #expect(TextLines(bytes).marks.isEmpty)
    }

    /// Whether a quotation is open after the text, its marks followed as the splitter does.
    static func isOpen(after text: String) -> Bool {
        let bytes = Array(text.utf8)
        let marks = TextLines(bytes).marks
        return TextBytes.reading(bytes) { text in
            var quotes = QuoteState()
            for mark in marks { quotes.follow(markAt: Int(mark), in: text) }
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
