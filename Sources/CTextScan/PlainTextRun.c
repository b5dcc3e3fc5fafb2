// UTF-8 validation with vector instructions, for TextDecoding (ARCHITECTURE: Texts). Swift's
// SIMD types compile to scalar code for these byte shuffles, and a byte-by-byte validator
// stops at every accent of a French or Dutch text (a sixth of `parse`'s time on a 6.5 MB
// code, BENCHMARKS: issue 16). The check is the "lookup" algorithm of Keiser and Lemire,
// "Validating UTF-8 In Less Than One Instruction Per Byte" (2021), as simdjson and simdutf
// use it: three table look-ups on the nibbles of each byte and of the byte before it name
// every error of a two-byte window, and the bytes two and three back say where a
// continuation must be.
#include "TextScan.h"

#if defined(__x86_64__)
#include <immintrin.h>

// What a pair (previous byte, this byte) can be wrong by; one bit each.
enum {
    TOO_SHORT = 1 << 0,   // a lead byte not followed by a continuation
    TOO_LONG = 1 << 1,    // ASCII followed by a continuation
    OVERLONG_3 = 1 << 2,  // E0 80..9F
    TOO_LARGE = 1 << 3,   // above U+10FFFF
    SURROGATE = 1 << 4,   // ED A0..BF
    OVERLONG_2 = 1 << 5,  // C0, C1
    TOO_LARGE_1000 = 1 << 6,
    OVERLONG_4 = 1 << 6,  // F0 80..8F
    TWO_CONTS = 1 << 7,   // a continuation after a continuation (checked again below)
};
#define CARRY (TOO_SHORT | TOO_LONG | TWO_CONTS)

// A 16-entry table for `_mm256_shuffle_epi8`, which looks up within each 16-byte half.
#define B(x) ((char)(x))
#define TABLE(a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p) \
    _mm256_setr_epi8(B(a), B(b), B(c), B(d), B(e), B(f), B(g), B(h), B(i), B(j), B(k), B(l), B(m), B(n), B(o), B(p), \
                     B(a), B(b), B(c), B(d), B(e), B(f), B(g), B(h), B(i), B(j), B(k), B(l), B(m), B(n), B(o), B(p))

__attribute__((target("avx2")))
static inline __m256i previous(__m256i input, __m256i before, int n) {
    // The 32 bytes that end n bytes before the end of `input`, the first from `before`.
    __m256i joined = _mm256_permute2x128_si256(before, input, 0x21);
    switch (n) {
    case 1: return _mm256_alignr_epi8(input, joined, 15);
    case 2: return _mm256_alignr_epi8(input, joined, 14);
    default: return _mm256_alignr_epi8(input, joined, 13);
    }
}

/// Non-zero where `input`, after `before`, is not valid UTF-8 or holds a control character.
__attribute__((target("avx2")))
static inline __m256i problems(__m256i input, __m256i before) {
    const __m256i nibble = _mm256_set1_epi8(0x0F);
    __m256i prev1 = previous(input, before, 1);
    __m256i byte1High = _mm256_shuffle_epi8(TABLE(
        TOO_LONG, TOO_LONG, TOO_LONG, TOO_LONG, TOO_LONG, TOO_LONG, TOO_LONG, TOO_LONG,
        TWO_CONTS, TWO_CONTS, TWO_CONTS, TWO_CONTS,
        TOO_SHORT | OVERLONG_2, TOO_SHORT, TOO_SHORT | OVERLONG_3 | SURROGATE,
        TOO_SHORT | TOO_LARGE | TOO_LARGE_1000 | OVERLONG_4),
        _mm256_and_si256(_mm256_srli_epi16(prev1, 4), nibble));
    __m256i byte1Low = _mm256_shuffle_epi8(TABLE(
        CARRY | OVERLONG_3 | OVERLONG_2 | OVERLONG_4, CARRY | OVERLONG_2, CARRY, CARRY,
        CARRY | TOO_LARGE, CARRY | TOO_LARGE | TOO_LARGE_1000, CARRY | TOO_LARGE | TOO_LARGE_1000,
        CARRY | TOO_LARGE | TOO_LARGE_1000, CARRY | TOO_LARGE | TOO_LARGE_1000,
        CARRY | TOO_LARGE | TOO_LARGE_1000, CARRY | TOO_LARGE | TOO_LARGE_1000,
        CARRY | TOO_LARGE | TOO_LARGE_1000, CARRY | TOO_LARGE | TOO_LARGE_1000,
        CARRY | TOO_LARGE | TOO_LARGE_1000 | SURROGATE, CARRY | TOO_LARGE | TOO_LARGE_1000,
        CARRY | TOO_LARGE | TOO_LARGE_1000),
        _mm256_and_si256(prev1, nibble));
    __m256i byte2High = _mm256_shuffle_epi8(TABLE(
        TOO_SHORT, TOO_SHORT, TOO_SHORT, TOO_SHORT, TOO_SHORT, TOO_SHORT, TOO_SHORT, TOO_SHORT,
        TOO_LONG | OVERLONG_2 | TWO_CONTS | OVERLONG_3 | TOO_LARGE_1000 | OVERLONG_4,
        TOO_LONG | OVERLONG_2 | TWO_CONTS | OVERLONG_3 | TOO_LARGE,
        TOO_LONG | OVERLONG_2 | TWO_CONTS | SURROGATE | TOO_LARGE,
        TOO_LONG | OVERLONG_2 | TWO_CONTS | SURROGATE | TOO_LARGE,
        TOO_SHORT, TOO_SHORT, TOO_SHORT, TOO_SHORT),
        _mm256_and_si256(_mm256_srli_epi16(input, 4), nibble));
    __m256i special = _mm256_and_si256(_mm256_and_si256(byte1High, byte1Low), byte2High);
    // A byte two after a three- or four-byte lead, or three after a four-byte lead, must be a
    // continuation: exactly where TWO_CONTS (bit 7) is expected.
    __m256i third = _mm256_subs_epu8(previous(input, before, 2), _mm256_set1_epi8((char)(0xE0 - 0x80)));
    __m256i fourth = _mm256_subs_epu8(previous(input, before, 3), _mm256_set1_epi8((char)(0xF0 - 0x80)));
    __m256i must = _mm256_and_si256(_mm256_or_si256(third, fourth), _mm256_set1_epi8((char)0x80));
    __m256i invalid = _mm256_xor_si256(must, special);

    // Controls: C0 but tab, LF, VT, FF, CR (0x09-0x0D); DEL; C1 (C2 80..9F).
    __m256i belowSpace = _mm256_cmpeq_epi8(_mm256_min_epu8(input, _mm256_set1_epi8(0x1F)), input);
    __m256i fromTab = _mm256_sub_epi8(input, _mm256_set1_epi8(0x09));
    __m256i lineEnds = _mm256_cmpeq_epi8(_mm256_min_epu8(fromTab, _mm256_set1_epi8(0x04)), fromTab);
    __m256i c0 = _mm256_andnot_si256(lineEnds, belowSpace);
    __m256i del = _mm256_cmpeq_epi8(input, _mm256_set1_epi8(0x7F));
    __m256i c1 = _mm256_and_si256(_mm256_cmpeq_epi8(prev1, _mm256_set1_epi8((char)0xC2)),
                                  _mm256_cmpeq_epi8(_mm256_min_epu8(input, _mm256_set1_epi8((char)0x9F)), input));
    return _mm256_or_si256(invalid, _mm256_or_si256(c0, _mm256_or_si256(del, c1)));
}

/// `end` is where the checked bytes stop (every byte before it was checked with the bytes
/// before it); a scalar may still cross it. Goes back to that scalar's lead byte.
static size_t scalarStart(const uint8_t *bytes, size_t end) {
    for (size_t back = 1; back <= 3 && back <= end; back++) {
        uint8_t c = bytes[end - back];
        if ((c & 0xC0) == 0x80) continue;  // a continuation: its lead is further back
        size_t length = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
        return length > back ? end - back : end;
    }
    return end;
}

__attribute__((target("avx2")))
static size_t runAVX2(const uint8_t *bytes, size_t count, bool *multibyte) {
    __m256i before = _mm256_setzero_si256();  // `bytes` starts between scalars: as after ASCII
    size_t end = 0;
    size_t lastBlock = 0;
    bool high = false;  // a non-ASCII byte in the accepted blocks before the last
    int lastHigh = 0;
    while (end + 32 <= count) {
        __m256i input = _mm256_loadu_si256((const __m256i *)(bytes + end));
        __m256i found = problems(input, before);
        if (!_mm256_testz_si256(found, found)) break;
        high = high || lastHigh != 0;
        lastHigh = _mm256_movemask_epi8(input);
        lastBlock = end;
        before = input;
        end += 32;
    }
    size_t run = scalarStart(bytes, end);
    // The last block accepted may end inside a scalar left out of the run: look at its bytes.
    for (size_t i = lastBlock; !high && lastHigh != 0 && i < run; i++) {
        if (bytes[i] >= 0x80) high = true;
    }
    *multibyte = high;
    return run;
}

bool plain_text_run_is_vectorised(void) { return __builtin_cpu_supports("avx2"); }

size_t plain_text_run(const uint8_t *bytes, size_t count, bool *multibyte) {
    *multibyte = false;
    if (count < 32 || !__builtin_cpu_supports("avx2")) return 0;
    return runAVX2(bytes, count, multibyte);
}

#else

bool plain_text_run_is_vectorised(void) { return false; }

size_t plain_text_run(const uint8_t *bytes, size_t count, bool *multibyte) {
    (void)bytes;
    (void)count;
    *multibyte = false;
    return 0;
}

#endif
