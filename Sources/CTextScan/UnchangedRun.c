// The sanitizer's quick check of text it would leave unchanged, 32 bytes at a time, for
// Sanitizer.leavesUnchanged (ARCHITECTURE: Texts): `parse`'s listing of a code (600 KB of
// French or Dutch) went through it eight bytes at a time, stopping at each accent, `§` or
// `°` (a tenth of the listing's time; BENCHMARKS: issue 16). Only the commonest scalars are
// vouched for here: printable ASCII and LF, the two-byte scalars C3 to CB (U+00C0 to U+02FF),
// and C2 A0 to C2 BF but the soft hyphen (C2 AD). A block holding anything else, or ending
// in the middle of a scalar, is left to the Swift check, which accepts more.
#include "TextScan.h"
#include "ByteMasks.h"

#if defined(__x86_64__)
#include <immintrin.h>

__attribute__((target("avx2")))
static size_t runAVX2(const uint8_t *bytes, size_t count) {
    size_t i = 0;
    // The byte after a block is read for a C2 at its end: 33 bytes must exist.
    for (; i + 33 <= count; i += 32) {
        __m256i block = _mm256_loadu_si256((const __m256i *)(bytes + i));
        __m256i next = _mm256_loadu_si256((const __m256i *)(bytes + i + 1));
        unsigned ascii = bytesInRange(block, 0x20, 0x7E) | bytesEqual(block, 0x0A);
        unsigned leads = bytesInRange(block, 0xC3, 0xCB)
                       | (bytesEqual(block, 0xC2) & bytesInRange(next, 0xA0, 0xBF) & ~bytesEqual(next, 0xAD));
        unsigned continuations = bytesInRange(block, 0x80, 0xBF);
        // Each continuation right after one of those leads, and nothing else; no lead last.
        if ((ascii | leads | continuations) != 0xFFFFFFFFu || continuations != (leads << 1) || (leads >> 31)) break;
    }
    return i;
}

size_t unchanged_run(const uint8_t *bytes, size_t count) {
    if (__builtin_cpu_supports("avx2")) return runAVX2(bytes, count);
    return 0;
}

#else

size_t unchanged_run(const uint8_t *bytes, size_t count) {
    (void)bytes;
    (void)count;
    return 0;
}

#endif
