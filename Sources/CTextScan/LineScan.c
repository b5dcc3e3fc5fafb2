// Where a text's lines end and where its quotation marks stand, in one pass, for the
// splitter's TextSplitter.lineRanges (ARCHITECTURE: Texts). A code has tens of thousands of
// lines: finding each end with its own memchr call cost more in calls than in bytes. And the
// splitter followed quotation marks by reading every body line again, its bytes long gone
// from the cache by then (a tenth of `parse`'s time on a 6.5 MB code). Here each 32-byte
// block gives the bits of its LF and CR bytes and of its marks at once, on the core that looks
// for lines while the other validates (BENCHMARKS: issue 16).
#include "TextScan.h"
#include "ByteMasks.h"

/// Whether a mark starts at `bytes[i]` with all its bytes before `count`: `"`, « (C2 AB),
/// » (C2 BB), “ ” „ (E2 80 9C to 9E).
static inline bool markAt(const uint8_t *bytes, size_t i, size_t count) {
    uint8_t b = bytes[i];
    if (b == 0x22) return true;
    if (b == 0xC2) return i + 1 < count && (bytes[i + 1] == 0xAB || bytes[i + 1] == 0xBB);
    if (b == 0xE2) return i + 2 < count && bytes[i + 1] == 0x80 && bytes[i + 2] >= 0x9C && bytes[i + 2] <= 0x9E;
    return false;
}

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

/// One bit per position of the 32 at `bytes`: where a mark starts, found with the bytes
/// after it (the second and third loads, one and two bytes on). Reads 34 bytes.
__attribute__((target("avx2")))
static inline uint32_t marksInBlock(__m256i first, __m256i second, const uint8_t *bytes) {
    uint32_t guillemets = bytesEqual(first, 0xC2) & (bytesEqual(second, 0xAB) | bytesEqual(second, 0xBB));
    uint32_t leads = bytesEqual(first, 0xE2) & bytesEqual(second, 0x80);
    uint32_t curly = 0;
    if (leads != 0) {
        __m256i third = _mm256_loadu_si256((const __m256i *)(bytes + 2));
        curly = leads & bytesInRange(third, 0x9C, 0x9E);
    }
    return bytesEqual(first, 0x22) | guillemets | curly;
}

__attribute__((target("avx2")))
static size_t scanAVX2(const uint8_t *bytes, size_t count, size_t from, struct TextLineScan *scan) {
    size_t i = from;
    // A block is taken when the bytes its marks may need exist and all it finds will fit.
    while (i + 34 <= count && scan->endCount + 32 <= scan->endCapacity && scan->markCount + 32 <= scan->markCapacity) {
        __m256i block = _mm256_loadu_si256((const __m256i *)(bytes + i));
        __m256i next = _mm256_loadu_si256((const __m256i *)(bytes + i + 1));
        // LF, and CR where the next byte is no LF.
        uint32_t ends = bytesEqual(block, 0x0A) | (bytesEqual(block, 0x0D) & ~bytesEqual(next, 0x0A));
        while (ends != 0) {
            scan->ends[scan->endCount++] = (uint32_t)(i + (size_t)__builtin_ctz(ends));
            ends &= ends - 1;
        }
        uint32_t marks = marksInBlock(block, next, bytes + i);
        while (marks != 0) {
            scan->marks[scan->markCount++] = (uint32_t)(i + (size_t)__builtin_ctz(marks));
            marks &= marks - 1;
        }
        i += 32;
    }
    return scanScalar(bytes, count, i, scan);
}

#define WIDE __attribute__((target("avx512f,avx512bw")))

/// The same 64 bytes at a time with AVX-512, where the processor has it: the compares give
/// their masks directly. About twice as fast as the 32-byte blocks on the 6.5 MB code, where
/// the line search had become what the validating core waited for (BENCHMARKS: issue 16).
WIDE static size_t scanAVX512(const uint8_t *bytes, size_t count, size_t from, struct TextLineScan *scan) {
    const __m512i lf = _mm512_set1_epi8(0x0A);
    const __m512i cr = _mm512_set1_epi8(0x0D);
    const __m512i quote = _mm512_set1_epi8(0x22);
    const __m512i c2 = _mm512_set1_epi8((char)0xC2);
    const __m512i e2 = _mm512_set1_epi8((char)0xE2);
    const __m512i ab = _mm512_set1_epi8((char)0xAB);
    const __m512i bb = _mm512_set1_epi8((char)0xBB);
    const __m512i x80 = _mm512_set1_epi8((char)0x80);
    const __m512i x9c = _mm512_set1_epi8((char)0x9C);
    const __m512i three = _mm512_set1_epi8(3);
    size_t i = from;
    // As in the 32-byte loop: the two bytes after a block must exist, and all it finds fit.
    while (i + 66 <= count && scan->endCount + 64 <= scan->endCapacity && scan->markCount + 64 <= scan->markCapacity) {
        __m512i first = _mm512_loadu_si512((const void *)(bytes + i));
        __m512i second = _mm512_loadu_si512((const void *)(bytes + i + 1));
        uint64_t ends = _mm512_cmpeq_epi8_mask(first, lf)
                      | (_mm512_cmpeq_epi8_mask(first, cr) & ~_mm512_cmpeq_epi8_mask(second, lf));
        uint64_t quotes = _mm512_cmpeq_epi8_mask(first, quote);
        uint64_t leads = _mm512_cmpeq_epi8_mask(first, c2) | _mm512_cmpeq_epi8_mask(first, e2);
        uint64_t marks = quotes;
        if (leads != 0) {  // rare: only blocks with a C2 or E2 look further
            __m512i third = _mm512_loadu_si512((const void *)(bytes + i + 2));
            uint64_t guillemets = _mm512_cmpeq_epi8_mask(first, c2)
                                & (_mm512_cmpeq_epi8_mask(second, ab) | _mm512_cmpeq_epi8_mask(second, bb));
            uint64_t curly = _mm512_cmpeq_epi8_mask(first, e2) & _mm512_cmpeq_epi8_mask(second, x80)
                           & _mm512_cmplt_epu8_mask(_mm512_sub_epi8(third, x9c), three);
            marks |= guillemets | curly;
        }
        while (ends != 0) {
            scan->ends[scan->endCount++] = (uint32_t)(i + (size_t)__builtin_ctzll(ends));
            ends &= ends - 1;
        }
        while (marks != 0) {
            scan->marks[scan->markCount++] = (uint32_t)(i + (size_t)__builtin_ctzll(marks));
            marks &= marks - 1;
        }
        i += 64;
    }
    return scanAVX2(bytes, count, i, scan);
}

size_t text_line_scan_of_width(const uint8_t *bytes, size_t count, size_t from, struct TextLineScan *scan, int width) {
    if (width >= 64 && __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw")) return scanAVX512(bytes, count, from, scan);
    if (width >= 32 && __builtin_cpu_supports("avx2")) return scanAVX2(bytes, count, from, scan);
    return scanScalar(bytes, count, from, scan);
}

size_t text_line_scan(const uint8_t *bytes, size_t count, size_t from, struct TextLineScan *scan) {
    return text_line_scan_of_width(bytes, count, from, scan, 64);
}

#else

size_t text_line_scan_of_width(const uint8_t *bytes, size_t count, size_t from, struct TextLineScan *scan, int width) {
    (void)width;
    return scanScalar(bytes, count, from, scan);
}

size_t text_line_scan(const uint8_t *bytes, size_t count, size_t from, struct TextLineScan *scan) {
    return scanScalar(bytes, count, from, scan);
}

#endif
