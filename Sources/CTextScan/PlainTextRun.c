// UTF-8 validation with vector instructions, for TextDecoding (ARCHITECTURE: Texts). A
// byte-by-byte validator stops at every accent of a French or Dutch text (a sixth of `parse`'s
// time on a 6.5 MB code, BENCHMARKS: issue 16), and Swift's SIMD types do not give the byte
// comparisons below as single instructions.
//
// How it checks a block of 32 bytes: each kind of byte becomes a 32-bit mask, one bit per
// byte (continuation bytes, two-, three- and four-byte leads, bytes UTF-8 never uses,
// controls). Every lead asks for its continuations on the bytes after it, so the leads'
// masks shifted by one, two and three bits must equal the continuations' mask exactly; the
// bits shifted past the block are asked of the next one. The few leads whose second byte has
// a narrower range (E0, ED, F0, F4, and C2 before a C1 control) are checked by moving their
// bit onto that byte. Facts from the UTF-8 definition (RFC 3629, table 3-7 of the Unicode
// Standard); the way of checking them is ours. PlainTextRunAVX512.c checks the same 64 bytes at
// a time where the processor has AVX-512.
#include "PlainTextRunParts.h"
#include "ByteMasks.h"

#if defined(__x86_64__)
#include <immintrin.h>

/// One bit per byte of the block: where the byte is a continuation below `byte` (80 to
/// byte-1): one compare, as signed bytes, where 80 to BF are the lowest.
__attribute__((target("avx2")))
static inline uint32_t continuationBelow(__m256i block, uint8_t byte) {
    return (uint32_t)_mm256_movemask_epi8(_mm256_cmpgt_epi8(_mm256_set1_epi8((char)byte), block));
}

/// One bit per byte of the block that is a control below 80 (C0 but tab to CR, DEL), from
/// one movemask: compared as signed bytes, every byte from 80 is below a space too, and `high`
/// (the block's bytes from 80) takes them out.
__attribute__((target("avx2")))
static inline uint32_t controlBytes(__m256i block, uint32_t high) {
    __m256i belowSpace = _mm256_cmpgt_epi8(_mm256_set1_epi8(0x20), block);
    __m256i tabToCR = _mm256_and_si256(_mm256_cmpgt_epi8(block, _mm256_set1_epi8(0x08)),
                                       _mm256_cmpgt_epi8(_mm256_set1_epi8(0x0E), block));
    __m256i delete = _mm256_cmpeq_epi8(block, _mm256_set1_epi8(0x7F));
    __m256i controls = _mm256_or_si256(_mm256_andnot_si256(tabToCR, belowSpace), delete);
    return (uint32_t)_mm256_movemask_epi8(controls) & ~high;
}

/// What a block leaves to the next: the continuations its last leads still ask for, and its
/// last byte (a lead whose second byte, in the next block, may have a narrower range).
struct Carry {
    uint32_t needed;
    uint8_t lastByte;
};

/// Whether the block is valid UTF-8 holding no control (C0 but tab to CR, DEL, C1), given
/// what the block before left; `out` gets what it leaves to the next.
__attribute__((target("avx2")))
static bool blockIsPlain(__m256i block, struct Carry in, struct Carry *out) {
    uint32_t high = (uint32_t)_mm256_movemask_epi8(block);
    uint32_t controls = controlBytes(block, high);
    if (high == 0) {
        // ASCII only: nothing to continue, nothing left to the next block.
        if (controls || in.needed) return false;
        *out = (struct Carry){0, 0};
        return true;
    }
    uint32_t continuation = continuationBelow(block, 0xC0);
    uint32_t lead2 = bytesInRange(block, 0xC2, 0xDF);
    uint32_t belowA0 = continuationBelow(block, 0xA0);
    uint32_t afterC2 = (bytesEqual(block, 0xC2) << 1) | (in.lastByte == 0xC2);
    uint8_t last = in.lastByte;
    if ((high & ~continuation) == lead2 && last != 0xE0 && last != 0xED && last != 0xF0 && last != 0xF4) {
        // Two-byte leads only, as in most blocks of a French or Dutch code: each asks for one
        // continuation, and only C2 narrows it. With the controls' single movemask, 0.9 ms
        // against 1.65 ms for a 6.5 MB code (a C test, best of 21).
        if (((lead2 << 1) | in.needed) != continuation || controls || (afterC2 & belowA0)) return false;
        *out = (struct Carry){lead2 >> 31, (uint8_t)_mm256_extract_epi8(block, 31)};
        return true;
    }
    uint32_t lead3 = bytesInRange(block, 0xE0, 0xEF);
    uint32_t lead4 = bytesInRange(block, 0xF0, 0xF4);
    // C0, C1 (overlong two-byte forms) and F5 to FF: never in UTF-8.
    uint32_t never = high & ~(continuation | lead2 | lead3 | lead4);
    uint64_t needed = ((uint64_t)(lead2 | lead3 | lead4) << 1) | ((uint64_t)(lead3 | lead4) << 2)
                    | ((uint64_t)lead4 << 3) | in.needed;
    if ((uint32_t)needed != continuation || never || controls) return false;
    // Second bytes narrower than 80 to BF: each such lead's bit moved onto its second byte.
    uint32_t afterE0 = (bytesEqual(block, 0xE0) << 1) | (in.lastByte == 0xE0);
    uint32_t afterED = (bytesEqual(block, 0xED) << 1) | (in.lastByte == 0xED);
    uint32_t afterF0 = (bytesEqual(block, 0xF0) << 1) | (in.lastByte == 0xF0);
    uint32_t afterF4 = (bytesEqual(block, 0xF4) << 1) | (in.lastByte == 0xF4);
    uint32_t below90 = continuationBelow(block, 0x90);
    uint32_t wrong = (afterE0 & belowA0)                   // E0 80..9F: an overlong three-byte form
                   | (afterED & continuation & ~belowA0)   // ED A0..BF: a surrogate
                   | (afterF0 & below90)                   // F0 80..8F: an overlong four-byte form
                   | (afterF4 & continuation & ~below90)   // F4 90..BF: above U+10FFFF
                   | (afterC2 & belowA0);                  // C2 80..9F: a C1 control
    if (wrong) return false;
    *out = (struct Carry){(uint32_t)(needed >> 32), (uint8_t)_mm256_extract_epi8(block, 31)};
    return true;
}

size_t plain_text_whole_scalars_before(const uint8_t *bytes, size_t end) {
    for (size_t back = 1; back <= 3 && back <= end; back++) {
        uint8_t byte = bytes[end - back];
        if ((byte & 0xC0) == 0x80) continue;  // a continuation: its lead is further back
        size_t length = byte < 0x80 ? 1 : byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2;
        return length > back ? end - back : end;
    }
    return end;
}

__attribute__((target("avx2")))
static size_t plainBlocks(const uint8_t *bytes, size_t count, bool *multibyte) {
    struct Carry carry = {0, 0};
    size_t end = 0;
    bool earlier = false;  // a non-ASCII byte in the accepted blocks before the last
    uint32_t lastHigh = 0;
    size_t lastBlock = 0;
    while (end + 32 <= count) {
        __m256i block = _mm256_loadu_si256((const __m256i *)(bytes + end));
        struct Carry next;
        if (!blockIsPlain(block, carry, &next)) break;
        earlier = earlier || lastHigh != 0;
        lastHigh = (uint32_t)_mm256_movemask_epi8(block);
        lastBlock = end;
        carry = next;
        end += 32;
    }
    size_t run = plain_text_whole_scalars_before(bytes, end);
    // The last block may end in a scalar left out of the run: only its bytes before count.
    bool high = earlier;
    for (size_t i = lastBlock; !high && lastHigh != 0 && i < run; i++) high = bytes[i] >= 0x80;
    *multibyte = high;
    return run;
}

int plain_text_run_width(void) {
    if (__builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw")) return 64;
    return __builtin_cpu_supports("avx2") ? 32 : 0;
}

size_t plain_text_run_of_width(const uint8_t *bytes, size_t count, bool *multibyte, int width) {
    *multibyte = false;
    if (count < 32 || width > plain_text_run_width()) return 0;
    if (width == 64) return plain_text_blocks_avx512(bytes, count, multibyte);
    return width == 32 ? plainBlocks(bytes, count, multibyte) : 0;
}

#else

int plain_text_run_width(void) { return 0; }

size_t plain_text_run_of_width(const uint8_t *bytes, size_t count, bool *multibyte, int width) {
    (void)bytes;
    (void)count;
    (void)width;
    *multibyte = false;
    return 0;
}

#endif

bool plain_text_run_is_vectorised(void) { return plain_text_run_width() > 0; }

size_t plain_text_run(const uint8_t *bytes, size_t count, bool *multibyte) {
    return plain_text_run_of_width(bytes, count, multibyte, plain_text_run_width());
}
