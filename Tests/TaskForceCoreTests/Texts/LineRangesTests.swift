import CTextScan
import PropertyBased
import Testing
@testable import TaskForceCore

/// `TextLines` (line ends and quotation marks found by `text_line_scan`, 32 bytes at a time)
/// gives the lines a plain reading gives: LF, CR LF and a lone CR each end one line, the
/// blanks at both ends are left out; and every whole quotation mark.
/// A text with more ends or marks than the first guess is read whole.
struct LineRangesTests {
    /// The lines as a byte-by-byte reading finds them, trimmed as the splitter trims them.
    static func plainReading(_ bytes: [UInt8]) -> [Range<Int>] {
        var lines: [Range<Int>] = []
        var start = 0
        while start < bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != 0x0A, bytes[end] != 0x0D { end += 1 }
            let line = TextBytes.reading(bytes) { LineBytes($0, start: start, end: end) }
            lines.append(line.start..<line.end)
            if end + 1 < bytes.count, bytes[end] == 0x0D, bytes[end + 1] == 0x0A { end += 1 }
            start = end + 1
        }
        return lines
    }

    @Test(arguments: ["", "a", "a\n", "\n", "\n\n", "a\r\nb", "a\rb\r", "a\r\n\r\nb\n", "  a \n\u{A0}b\u{A0}\r\n\r", "\r\r\n", "a\r\r\nb\r", "\r\n\r\n",
                      "Art. 1.\nTexte.\r\n\r\nArt. 2.\rFin"])
    func endsAsAPlainReadingDoes(text: String) {
        let bytes = Array(text.utf8)
        #expect(TextSplitter.lineRanges(bytes) == Self.plainReading(bytes), "\(Array(text.utf8))")
    }

    @Test func moreEndsAndMarksThanTheFirstGuessAreAllFound() {
        // A line end or a mark in nearly every byte: far more than the buffers' first sizes.
        let bytes = Array(String(repeating: "\n\r\r\na\"«»„“”", count: 3_000).utf8)
        #expect(TextSplitter.lineRanges(bytes) == Self.plainReading(bytes))
        #expect(TextLines(bytes).marks == QuoteMarkTests.plainMarks(bytes))
    }

    @Test func randomTextsAgreeAcrossBlockEnds() async {
        let pieces: [[UInt8]] = [[0x0A], [0x0D], [0x0D, 0x0A], [0x20], [0x09], [0xC2, 0xA0], Array("abcdefghij".utf8),
                                 Array("é".utf8), Array("§".utf8), Array("’".utf8), [0x22], Array("«".utf8), Array("»".utf8),
                                 Array("„".utf8), Array("“".utf8), Array("”".utf8), [0xC2], [0xE2, 0x80]]
        await propertyCheck(count: 800, input: Gen.element(of: pieces).array(of: 0...120)) { drawn in
            let bytes = drawn.compactMap { $0 }.flatMap { $0 }
            #expect(TextSplitter.lineRanges(bytes) == Self.plainReading(bytes), "\(bytes)")
            #expect(TextLines(bytes).marks == QuoteMarkTests.plainMarks(bytes), "\(bytes)")
        }
    }
}

/// Each width of `text_line_scan` (64 bytes with AVX-512, 32 with AVX2, one at a time) finds
/// the same ends and marks, on texts long enough for several blocks of each.
struct LineScanWidthTests {
    static func scan(_ bytes: [UInt8], width: Int) -> (ends: [UInt32], marks: [UInt32]) {
        var ends = [UInt32](repeating: 0, count: bytes.count + 1)
        var marks = [UInt32](repeating: 0, count: bytes.count + 1)
        var found = (0, 0)
        ends.withUnsafeMutableBufferPointer { e in
            marks.withUnsafeMutableBufferPointer { m in
                var scan = TextLineScan(ends: e.baseAddress, endCount: 0, endCapacity: e.count,
                                        marks: m.baseAddress, markCount: 0, markCapacity: m.count)
                let stop = bytes.withUnsafeBufferPointer { text_line_scan_of_width($0.baseAddress, $0.count, 0, &scan, Int32(width)) }
                #expect(stop == bytes.count)
                found = (scan.endCount, scan.markCount)
            }
        }
        return (Array(ends.prefix(found.0)), Array(marks.prefix(found.1)))
    }

    @Test func everyWidthAgreesWithTheByteByByteScan() async {
        let pieces: [[UInt8]] = [[0x0A], [0x0D], [0x0D, 0x0A], [0x22], Array("«".utf8), Array("»".utf8), Array("„".utf8),
                                 Array("“".utf8), Array("”".utf8), Array("’".utf8), Array("§".utf8), [0xC2], [0xE2, 0x80],
                                 Array("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa".utf8), Array("é".utf8)]
        await propertyCheck(count: 400, input: Gen.element(of: pieces).array(of: 0...200)) { drawn in
            let bytes = drawn.compactMap { $0 }.flatMap { $0 }
            let plain = Self.scan(bytes, width: 1)
            for width in [64, 32] {
                let wide = Self.scan(bytes, width: width)
                #expect(wide.ends == plain.ends && wide.marks == plain.marks, "width \(width): \(bytes)")
            }
        }
    }
}
