// The quotation marks the splitter's QuoteState follows, found in bytes: shared by the
// mark skip (QuoteMarkSkip.c) and the line scan (LineScan.c). Private to CTextScan.
#ifndef QUOTE_MARKS_H
#define QUOTE_MARKS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/// Whether a mark starts at `bytes[i]` with all its bytes before `count`: `"`, « (C2 AB),
/// » (C2 BB), “ ” „ (E2 80 9C to 9E).
static inline bool markAt(const uint8_t *bytes, size_t i, size_t count) {
    uint8_t b = bytes[i];
    if (b == 0x22) return true;
    if (b == 0xC2) return i + 1 < count && (bytes[i + 1] == 0xAB || bytes[i + 1] == 0xBB);
    if (b == 0xE2) return i + 2 < count && bytes[i + 1] == 0x80 && bytes[i + 2] >= 0x9C && bytes[i + 2] <= 0x9E;
    return false;
}

#if defined(__x86_64__)
#include <immintrin.h>

__attribute__((target("avx2")))
static inline __m256i markEqual(__m256i block, uint8_t byte) {
    return _mm256_cmpeq_epi8(block, _mm256_set1_epi8((char)byte));
}

/// One bit per position of the 32 starting at `bytes`: where a mark starts. Each mark is found
/// with the bytes after it, loaded one and two bytes further on: reads 34 bytes.
__attribute__((target("avx2")))
static inline unsigned marksInBlock(const uint8_t *bytes) {
    __m256i first = _mm256_loadu_si256((const __m256i *)bytes);
    __m256i second = _mm256_loadu_si256((const __m256i *)(bytes + 1));
    __m256i third = _mm256_loadu_si256((const __m256i *)(bytes + 2));
    __m256i guillemet = _mm256_and_si256(markEqual(first, 0xC2), _mm256_or_si256(markEqual(second, 0xAB), markEqual(second, 0xBB)));
    // 9C to 9E: the third byte less 9C is at most 2 (unsigned).
    __m256i offset = _mm256_sub_epi8(third, _mm256_set1_epi8((char)0x9C));
    __m256i curlyThird = _mm256_cmpeq_epi8(_mm256_min_epu8(offset, _mm256_set1_epi8(2)), offset);
    __m256i curly = _mm256_and_si256(_mm256_and_si256(markEqual(first, 0xE2), markEqual(second, 0x80)), curlyThird);
    __m256i found = _mm256_or_si256(markEqual(first, 0x22), _mm256_or_si256(guillemet, curly));
    return (unsigned)_mm256_movemask_epi8(found);
}

#endif
#endif
