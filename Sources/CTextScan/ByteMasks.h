// Byte masks of a 32-byte block with AVX2, shared by CTextScan's scans (PlainTextRun.c,
// LineScan.c, UnchangedRun.c): not part of its interface.
#ifndef BYTE_MASKS_H
#define BYTE_MASKS_H

#include <stdint.h>

#if defined(__x86_64__)
#include <immintrin.h>

/// One bit per byte of the block: where the byte lies in [low, high].
__attribute__((target("avx2")))
static inline uint32_t bytesInRange(__m256i block, uint8_t low, uint8_t high) {
    __m256i shifted = _mm256_sub_epi8(block, _mm256_set1_epi8((char)low));
    __m256i width = _mm256_set1_epi8((char)(uint8_t)(high - low));
    return (uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(_mm256_min_epu8(shifted, width), shifted));
}

/// One bit per byte of the block: where the byte is `byte`.
__attribute__((target("avx2")))
static inline uint32_t bytesEqual(__m256i block, uint8_t byte) {
    return (uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(block, _mm256_set1_epi8((char)byte)));
}

#endif
#endif
