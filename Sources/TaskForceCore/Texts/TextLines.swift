import CTextScan

/// A text's lines and quotation marks, found in one pass over its bytes
/// (`text_line_scan`), for the splitter (ARCHITECTURE: Texts).
struct TextLines: Sendable {
    /// Each line without its blanks at both ends (empty for a blank line); `\n`, `\r\n` and a
    /// lone `\r` all end a line.
    var spans: [LineSpan]
    /// Where each quotation mark that `QuoteState` follows starts, in order.
    var marks: [UInt32]

    init(_ bytes: [UInt8]) {
        var spans: [LineSpan] = []
        var marks: [UInt32] = []
        TextBytes.reading(bytes) { text in
            let found = Offsets(text)
            marks = found.marks
            spans.reserveCapacity(found.ends.count + 1)
            let n = text.count
            var start = 0
            var k = 0
            while start < n {
                let end = k < found.ends.count ? Int(found.ends[k]) : n
                k += 1
                let line = LineBytes(text, start: start, end: end)
                spans.append(LineSpan(start: UInt32(line.start), end: UInt32(line.end)))
                start = end + 1
                if end + 1 < n, text[end] == 0x0D, text[end + 1] == 0x0A {
                    start += 1  // CR LF: one end, and the LF's place in `ends` is passed over
                    k += 1
                }
            }
        }
        self.spans = spans
        self.marks = marks
    }

    /// The lines as ranges (for readers other than the splitter).
    var ranges: [Range<Int>] { spans.map(\.range) }

    /// The offsets `text_line_scan` lists, in buffers sized for a line every 32 bytes and a
    /// mark every 256, doubled when a text has more.
    private struct Offsets: ~Copyable {
        private var scan: TextLineScan

        init(_ text: TextBytes) {
            let endCapacity = text.count / 32 + 32
            let markCapacity = text.count / 256 + 32
            scan = TextLineScan(ends: .allocate(capacity: endCapacity), endCount: 0, endCapacity: endCapacity,
                                marks: .allocate(capacity: markCapacity), markCount: 0, markCapacity: markCapacity)
            let buffer = text.all
            var from = 0
            while true {
                from = text_line_scan(buffer.baseAddress, buffer.count, from, &scan)
                if from >= buffer.count { break }
                // A buffer with less room than a block's worth is doubled.
                if scan.endCount + 32 > scan.endCapacity {
                    scan.ends = Offsets.doubled(scan.ends, count: scan.endCount, capacity: &scan.endCapacity)
                }
                if scan.markCount + 32 > scan.markCapacity {
                    scan.marks = Offsets.doubled(scan.marks, count: scan.markCount, capacity: &scan.markCapacity)
                }
            }
        }

        deinit {
            scan.ends.deallocate()
            scan.marks.deallocate()
        }

        private static func doubled(_ old: UnsafeMutablePointer<UInt32>, count: Int, capacity: inout Int) -> UnsafeMutablePointer<UInt32> {
            capacity *= 2
            let larger = UnsafeMutablePointer<UInt32>.allocate(capacity: capacity)
            larger.initialize(from: old, count: count)
            old.deallocate()
            return larger
        }

        var ends: UnsafeBufferPointer<UInt32> { UnsafeBufferPointer(start: scan.ends, count: scan.endCount) }
        var marks: [UInt32] { Array(UnsafeBufferPointer(start: scan.marks, count: scan.markCount)) }
    }
}

/// Where one line's content lies in its text: two 32-bit offsets (texts are at most 32 MB),
/// half the memory of a `Range<Int>` for the tens of thousands of lines of a code, which are
/// made on one core and read on the other.
struct LineSpan: Sendable, Equatable {
    let start: UInt32
    let end: UInt32

    var isEmpty: Bool { start >= end }
    var range: Range<Int> { Int(start)..<Int(end) }
}
