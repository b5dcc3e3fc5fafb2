import CTextScan

/// A text's lines and quotation marks, found in one pass over its bytes
/// (`text_line_scan`), for the splitter (ARCHITECTURE: Texts).
///
/// Only where each line ends is kept: a line is trimmed when the splitter reads it, which
/// looks at its first and last bytes anyway. Made whole on the core that finds the lines,
/// the trimmed lines of a code were a second pass there, and 470 KB of fresh pages, while
/// the other core waited for them (BENCHMARKS: issue 16).
struct TextLines: Sendable {
    /// Where each line ends: at its LF, or at a CR that no LF follows. `\n`, `\r\n` and a lone
    /// `\r` each end a line; the CR of a CR LF is left out of its line's content.
    private let ends: [UInt32]
    /// The length of the text.
    private let length: Int
    /// Where each quotation mark that `QuoteState` follows starts, in order.
    let marks: [UInt32]
    /// How many lines the text has (a last line without an end included).
    let count: Int

    init(_ bytes: [UInt8]) {
        let found = TextBytes.reading(bytes) { Offsets($0).arrays }
        ends = found.ends
        marks = found.marks
        length = bytes.count
        let afterLast = ends.last.map { Int($0) + 1 } ?? 0
        count = ends.count + (afterLast < length ? 1 : 0)
    }

    /// Line `k` of `text` (the bytes the lines were found in), without its blanks at both ends.
    func line(_ k: Int, in text: TextBytes) -> LineBytes {
        let start = k == 0 ? 0 : Int(ends[k - 1]) + 1
        var end = k < ends.count ? Int(ends[k]) : length
        if end > start, end < length, text[end] == 0x0A, text[end - 1] == 0x0D { end -= 1 }
        return LineBytes(text, start: start, end: end)
    }

    /// Starts bringing the end of line `k` into the cache, for a reader that will soon look
    /// at it (the splitter, a few lines ahead). A hint: nothing changes.
    func prefetch(_ k: Int, in text: TextBytes) {
        guard k < ends.count else { return }
        text_prefetch(text.all.baseAddress! + Int(ends[k]))
    }

    /// The offsets `text_line_scan` lists, in arrays sized for a line every 32 bytes and a
    /// mark every 256; a text with more is scanned again with twice the room.
    private struct Offsets {
        var arrays: (ends: [UInt32], marks: [UInt32]) = ([], [])

        init(_ text: TextBytes) {
            let buffer = text.all
            var endCapacity = text.count / 32 + 32
            var markCapacity = text.count / 256 + 32
            while true {
                var stop = 0
                var endsFound = 0
                var marks: [UInt32] = []
                // Written by C straight into the arrays' storage, then counted.
                let ends = [UInt32](unsafeUninitializedCapacity: endCapacity) { endStorage, endCount in
                    marks = [UInt32](unsafeUninitializedCapacity: markCapacity) { markStorage, counted in
                        var scan = TextLineScan(ends: endStorage.baseAddress, endCount: 0, endCapacity: endCapacity,
                                                marks: markStorage.baseAddress, markCount: 0, markCapacity: markCapacity)
                        stop = text_line_scan(buffer.baseAddress, buffer.count, 0, &scan)
                        counted = scan.markCount
                        endsFound = scan.endCount
                    }
                    endCount = endsFound
                }
                if stop >= buffer.count {
                    arrays = (ends, marks)
                    return
                }
                endCapacity *= 2
                markCapacity *= 2
            }
        }
    }
}
