// The quotation-mark scan for the splitter's QuoteState (ARCHITECTURE: Texts): the splitter
// follows quotation marks through every body line of a code, so the search for the next mark
// runs over nearly every byte of it. Swift's SIMD types compile these compares to scalar code.
//
// The marks followed are `"`, « (C2 AB), » (C2 BB) and “ ” „ (E2 80 9C to 9E). Each is found
// with the bytes after it, loaded one and two bytes further on. Stopping at every C2 and E2,
// as first written, stopped at each `§`, `°`, `’` and dash of a body line, and the line's last
// bytes were then scanned eight at a time in Swift: 14 M instructions for a 6.5 MB code,
// against 9 M now (BENCHMARKS: issue 16).
#include "TextScan.h"
#include "QuoteMarks.h"
#include <string.h>

static size_t skipScalar(const uint8_t *bytes, size_t count) {
    size_t i = 0;
    while (i < count && !markAt(bytes, i, count)) i++;
    return i;
}

#if defined(__x86_64__)
#include <immintrin.h>

__attribute__((target("avx2")))
static size_t skipAVX2(const uint8_t *bytes, size_t count) {
    size_t i = 0;
    for (; i + 34 <= count; i += 32) {
        unsigned mask = marksInBlock(bytes + i);
        if (mask != 0) return i + (size_t)__builtin_ctz(mask);
    }
    // The last 0 to 33 bytes, copied after zeros' worth of room: a zero byte is no mark and
    // completes none, so a mark cut by the end of the line is not found, as markAt says.
    size_t left = count - i;
    if (left == 0) return count;
    uint8_t tail[64 + 2] = {0};
    memcpy(tail, bytes + i, left);
    for (size_t j = 0; j < left; j += 32) {
        unsigned mask = marksInBlock(tail + j);
        if (mask != 0) {
            size_t at = j + (size_t)__builtin_ctz(mask);
            return at < left ? i + at : count;
        }
    }
    return count;
}

size_t quote_mark_skip(const uint8_t *bytes, size_t count) {
    if (__builtin_cpu_supports("avx2")) return skipAVX2(bytes, count);
    return skipScalar(bytes, count);
}

#else

size_t quote_mark_skip(const uint8_t *bytes, size_t count) { return skipScalar(bytes, count); }

#endif
