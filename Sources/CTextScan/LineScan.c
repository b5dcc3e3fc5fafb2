// Where a text's lines end and where its quotation marks stand, in one pass, for the
// splitter's TextSplitter.lineRanges (ARCHITECTURE: Texts). A code has tens of thousands of
// lines: finding each end with its own memchr call cost more in calls than in bytes. And the
// splitter followed quotation marks by reading every body line again, its bytes long gone
// from the cache by then (a tenth of `parse`'s time on a 6.5 MB code). Here each 32-byte
// block gives the bits of its LF and CR bytes and of its marks at once, on the core that looks
// for lines while the other validates (BENCHMARKS: issue 16).
#include "TextScan.h"
#include "QuoteMarks.h"

static size_t scanScalar(const uint8_t *bytes, size_t count, size_t from, struct TextLineScan *scan) {
    size_t i = from;
    for (; i < count && scan->endCount < scan->endCapacity && scan->markCount < scan->markCapacity; i++) {
        // An LF ends a line, and so does a CR that no LF follows (CR LF ends one line, at its LF).
        if (bytes[i] == 0x0A || (bytes[i] == 0x0D && !(i + 1 < count && bytes[i + 1] == 0x0A))) {
            scan->ends[scan->endCount++] = (uint32_t)i;
        }
        else if (markAt(bytes, i, count)) scan->marks[scan->markCount++] = (uint32_t)i;
    }
    return i;
}

#if defined(__x86_64__)

__attribute__((target("avx2")))
static size_t scanAVX2(const uint8_t *bytes, size_t count, size_t from, struct TextLineScan *scan) {
    const __m256i lf = _mm256_set1_epi8(0x0A);
    const __m256i cr = _mm256_set1_epi8(0x0D);
    size_t i = from;
    // A block is taken when the bytes its marks may need exist and all it finds will fit.
    while (i + 34 <= count && scan->endCount + 32 <= scan->endCapacity && scan->markCount + 32 <= scan->markCapacity) {
        __m256i block = _mm256_loadu_si256((const __m256i *)(bytes + i));
        __m256i next = _mm256_loadu_si256((const __m256i *)(bytes + i + 1));
        // LF, and CR where the next byte is no LF.
        unsigned ends = (unsigned)_mm256_movemask_epi8(_mm256_or_si256(
            _mm256_cmpeq_epi8(block, lf), _mm256_andnot_si256(_mm256_cmpeq_epi8(next, lf), _mm256_cmpeq_epi8(block, cr))));
        while (ends != 0) {
            scan->ends[scan->endCount++] = (uint32_t)(i + (size_t)__builtin_ctz(ends));
            ends &= ends - 1;
        }
        unsigned marks = marksInBlock(bytes + i);
        while (marks != 0) {
            scan->marks[scan->markCount++] = (uint32_t)(i + (size_t)__builtin_ctz(marks));
            marks &= marks - 1;
        }
        i += 32;
    }
    return scanScalar(bytes, count, i, scan);
}

size_t text_line_scan(const uint8_t *bytes, size_t count, size_t from, struct TextLineScan *scan) {
    if (__builtin_cpu_supports("avx2")) return scanAVX2(bytes, count, from, scan);
    return scanScalar(bytes, count, from, scan);
}

#else

size_t text_line_scan(const uint8_t *bytes, size_t count, size_t from, struct TextLineScan *scan) {
    return scanScalar(bytes, count, from, scan);
}

#endif
