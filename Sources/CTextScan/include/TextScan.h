// Scans of a text's bytes with vector instructions, for TaskForceCore (ARCHITECTURE: Texts):
// each only ever vouches for bytes it has checked, and the Swift caller decides the rest. And
// where the thread that scans beside the caller starts.
#ifndef TEXT_SCAN_H
#define TEXT_SCAN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <pthread.h>

/// The length of the longest start of `bytes[0..<count]`, checked 64 or 32 bytes at a time,
/// that is valid UTF-8 (no overlong form, no surrogate, nothing above U+10FFFF) holding no
/// control character (C0 but tab and line ends, DEL, C1), and that ends between scalars.
/// `bytes` must start between scalars. Sets `*multibyte` when that start holds a non-ASCII
/// scalar.
///
/// It may stop early (at a block that holds a control or an error, before the last 32 bytes
/// with AVX2, at once below 32 bytes or on a processor without AVX2): the caller's own
/// byte-by-byte validation takes over there, and decides everything this does not vouch for.
size_t plain_text_run(const uint8_t *bytes, size_t count, bool *multibyte);

/// How many bytes at a time `plain_text_run` checks on this processor: 64 with AVX-512 (F and
/// BW), 32 with AVX2, 0 without either (it then checks nothing).
int plain_text_run_width(void);

/// `plain_text_run` with the validator of the given width (64 or 32) rather than the widest
/// this processor has, for tests that compare them; checks nothing (0) where the processor
/// lacks it.
size_t plain_text_run_of_width(const uint8_t *bytes, size_t count, bool *multibyte, int width);

/// Whether `plain_text_run` checks anything on this processor (x86-64 with AVX2), for tests.
bool plain_text_run_is_vectorised(void);

/// Offsets found by `text_line_scan`, in buffers the caller owns (and grows when one is full).
struct TextLineScan {
    uint32_t *ends;
    size_t endCount;
    size_t endCapacity;
    uint32_t *marks;
    size_t markCount;
    size_t markCapacity;
};

/// Appends to `scan` the offset of every line end of `bytes[from..<count]` (an LF, or a CR
/// that no LF follows: a CR LF ends its line at the LF) and of every quotation mark that
/// starts there whole (`"`, « (C2 AB), » (C2 BB), “ ” „ (E2 80 9C to 9E)), in order, while both
/// buffers have room. Returns the offset where it stopped: `count` when all is listed, less
/// when a buffer is full (the caller grows it and goes on from there). Offsets fit in 32
/// bits: texts are at most 32 MB.
size_t text_line_scan(const uint8_t *bytes, size_t count, size_t from, struct TextLineScan *scan);

/// `text_line_scan` 64 bytes at a time (AVX-512), 32 (AVX2) or one, or the widest below that
/// this processor has, so that tests can hold each to the same answers.
size_t text_line_scan_of_width(const uint8_t *bytes, size_t count, size_t from, struct TextLineScan *scan, int width);

/// Sets `attributes` so that a thread made with them starts on another processor than the
/// caller's, one this process may use; false (attributes unchanged) with a single processor
/// or off Linux. For the thread that validates a large code while the caller finds its lines.
bool thread_attributes_elsewhere(pthread_attr_t *attributes);

/// Lets `thread` run on any processor this process may use again, as before
/// `thread_attributes_elsewhere`: the caller is about to wait for it, and its own processor
/// is then free for it.
void thread_anywhere(pthread_t thread);

/// The length of a start of `bytes[0..<count]`, in whole 32-byte blocks, that the sanitizer
/// would print unchanged for certain: printable ASCII, LF, the scalars C3 80 to CB BF, and
/// C2 A0 to C2 BF but C2 AD; each block ends between scalars. `bytes` is valid UTF-8 and
/// starts between scalars. 0 on a processor without AVX2. The caller checks the rest.
size_t unchanged_run(const uint8_t *bytes, size_t count);

/// Asks the processor to bring the cache line at `address` in ahead of its use: a hint, with
/// no effect on any result. `parse`'s listing reads the start of every article's body, bytes
/// spread over a code's megabytes that have long left the cache (Swift has no such hint).
static inline void text_prefetch(const void *address) { __builtin_prefetch(address); }

#endif
