// The plain-text run 64 bytes at a time with AVX-512, where the processor has it (ARCHITECTURE:
// Texts). The same check as PlainTextRun.c's 32-byte blocks (read its header), with two changes
// that made it 3.7x as fast as those blocks were on a 6.5 MB code (0.45 ms against 1.65 ms,
// 14.5 against 3.9 GB/s; a C test, best of 21): a compare gives its 64-bit mask directly, with
// no movemask; and a block whose leads are all two-byte leads (C2 to DF: é, à, ç, «, no-break
// space) skips the masks only three- and four-byte leads need. Those are rare in the codes read
// here: fewer than 2% of the 64-byte blocks of the real texts hold one. Without that second
// change, about 7 GB/s; the 32-byte blocks have it too now (0.9 ms).
#include "PlainTextRunParts.h"

#if defined(__x86_64__)
#include <immintrin.h>

#define WIDE __attribute__((target("avx512f,avx512bw")))

/// One bit per byte of the block: where the byte is below `byte`.
WIDE static inline uint64_t below(__m512i block, uint8_t byte) {
    return _mm512_cmplt_epu8_mask(block, _mm512_set1_epi8((char)byte));
}

/// One bit per byte of the block: where the byte is a continuation below `byte` (80 to byte-1),
/// compared as signed: 80 to BF are the lowest signed bytes.
WIDE static inline uint64_t continuationBelow(__m512i block, uint8_t byte) {
    return _mm512_cmplt_epi8_mask(block, _mm512_set1_epi8((char)byte));
}

/// One bit per byte of the block: where the byte lies in [low, high].
WIDE static inline uint64_t inRange(__m512i block, uint8_t low, uint8_t high) {
    return below(_mm512_sub_epi8(block, _mm512_set1_epi8((char)low)), (uint8_t)(high - low + 1));
}

/// One bit per byte of the block: where the byte is `byte`.
WIDE static inline uint64_t equal(__m512i block, uint8_t byte) {
    return _mm512_cmpeq_epi8_mask(block, _mm512_set1_epi8((char)byte));
}

/// What a block leaves to the next, on the next block's first bits: the continuations its last
/// leads still ask for, and whether its last byte is a lead whose second byte has a narrower
/// range (from A0 after C2 and E0, below A0 after ED, from 90 after F0, below 90 after F4).
struct WideCarry {
    uint64_t needed, fromA0, belowA0, from90, below90;
};

/// The bytes of the block that break the run (not 0 when the block is not plain UTF-8 free of
/// controls), given what the block before left in `carry`, which gets what this one leaves.
WIDE static inline uint64_t faults(__m512i block, struct WideCarry *carry) {
    uint64_t high = _mm512_movepi8_mask(block);
    uint64_t controls = (below(block, 0x20) & ~inRange(block, 0x09, 0x0D)) | equal(block, 0x7F);
    uint64_t continuation = continuationBelow(block, 0xC0);
    uint64_t leads = high & ~continuation;
    uint64_t lowA0 = continuationBelow(block, 0xA0);
    uint64_t leadC2 = equal(block, 0xC2);
    struct WideCarry in = *carry;
    if ((leads & ~inRange(block, 0xC2, 0xDF)) == 0 && (in.belowA0 | in.from90 | in.below90) == 0) {
        // Two-byte leads only: each asks for one continuation, and only C2 narrows it (E0
        // too, left by the block before).
        uint64_t wrong = ((leadC2 << 1) | in.fromA0) & lowA0;
        *carry = (struct WideCarry){leads >> 63, leadC2 >> 63, 0, 0, 0};
        return ((leads << 1 | in.needed) ^ continuation) | controls | wrong;
    }
    uint64_t fromE0 = ~below(block, 0xE0);
    uint64_t fromF0 = ~below(block, 0xF0);
    // C0, C1 (overlong two-byte forms) and F5 to FF: never in UTF-8.
    uint64_t never = ~below(block, 0xF5) | inRange(block, 0xC0, 0xC1);
    uint64_t needed = (leads << 1) | (fromE0 << 2) | (fromF0 << 3) | in.needed;
    uint64_t fromA0 = equal(block, 0xE0) | leadC2;   // E0 80..9F overlong; C2 80..9F a C1 control
    uint64_t belowA0 = equal(block, 0xED);           // ED A0..BF: a surrogate
    uint64_t from90 = equal(block, 0xF0);            // F0 80..8F: an overlong four-byte form
    uint64_t below90 = equal(block, 0xF4);           // F4 90..BF: above U+10FFFF
    uint64_t low90 = continuationBelow(block, 0x90);
    // After a lead comes a continuation (needed == continuation), so "not below" means at or above.
    uint64_t wrong = (((fromA0 << 1) | in.fromA0) & lowA0) | (((belowA0 << 1) | in.belowA0) & ~lowA0)
                   | (((from90 << 1) | in.from90) & low90) | (((below90 << 1) | in.below90) & ~low90);
    *carry = (struct WideCarry){(leads >> 63) | (fromE0 >> 62) | (fromF0 >> 61),
                                fromA0 >> 63, belowA0 >> 63, from90 >> 63, below90 >> 63};
    return (needed ^ continuation) | never | controls | wrong;
}

WIDE size_t plain_text_blocks_avx512(const uint8_t *bytes, size_t count, bool *multibyte) {
    struct WideCarry carry = {0, 0, 0, 0, 0};
    size_t end = 0;
    // Non-ASCII bytes in the accepted blocks before the last, and in the last (which may end
    // in a scalar left out of the run: only its bytes before it count).
    uint64_t earlier = 0;
    uint64_t lastHigh = 0;
    size_t lastStart = 0;
    while (end < count) {
        // The last bytes are read with a masked load, which touches no byte past `count`, and
        // followed by spaces: a scalar they cut asks for a continuation and stops the run.
        size_t left = count - end < 64 ? count - end : 64;
        __m512i block = left == 64 ? _mm512_loadu_si512(bytes + end)
                                   : _mm512_mask_loadu_epi8(_mm512_set1_epi8(' '), ~0ULL >> (64 - left), bytes + end);
        struct WideCarry next = carry;
        if (faults(block, &next)) break;
        earlier |= lastHigh;
        lastHigh = _mm512_movepi8_mask(block);
        lastStart = end;
        carry = next;
        end += left;
    }
    size_t run = plain_text_whole_scalars_before(bytes, end);
    bool high = earlier != 0;
    for (size_t i = lastStart; !high && lastHigh != 0 && i < run; i++) high = bytes[i] >= 0x80;
    *multibyte = high;
    return run;
}

#endif
