// The quotation-mark scan's skip, 32 bytes at a time, for the splitter's QuoteState
// (ARCHITECTURE: Texts). The splitter follows quotation marks through every body line of a
// code, and its eight-bytes-at-a-time scan was a tenth of `parse`'s instructions on a 6.5 MB
// code (BENCHMARKS: issue 16); Swift's SIMD types compile these compares to scalar code.
#include "TextScan.h"

#if defined(__x86_64__)
#include <immintrin.h>

__attribute__((target("avx2")))
static size_t skipAVX2(const uint8_t *bytes, size_t count) {
    const __m256i straight = _mm256_set1_epi8(0x22);
    const __m256i lead = _mm256_set1_epi8((char)0xE2);
    const __m256i bit5 = _mm256_set1_epi8(0x20);
    size_t i = 0;
    for (; i + 32 <= count; i += 32) {
        __m256i input = _mm256_loadu_si256((const __m256i *)(bytes + i));
        // 0xC2 and 0xE2 differ only in bit 5: setting it finds both in one compare.
        __m256i found = _mm256_or_si256(_mm256_cmpeq_epi8(input, straight),
                                        _mm256_cmpeq_epi8(_mm256_or_si256(input, bit5), lead));
        unsigned mask = (unsigned)_mm256_movemask_epi8(found);
        if (mask != 0) return i + (size_t)__builtin_ctz(mask);
    }
    return i;
}

size_t quote_mark_skip(const uint8_t *bytes, size_t count) {
    if (count < 32 || !__builtin_cpu_supports("avx2")) return 0;
    return skipAVX2(bytes, count);
}

#else

size_t quote_mark_skip(const uint8_t *bytes, size_t count) {
    (void)bytes;
    (void)count;
    return 0;
}

#endif
