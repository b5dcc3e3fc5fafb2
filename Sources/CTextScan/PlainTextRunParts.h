// What the plain-text run's validators share (PlainTextRun.c, PlainTextRunAVX512.c): not part
// of CTextScan's interface.
#ifndef PLAIN_TEXT_RUN_PARTS_H
#define PLAIN_TEXT_RUN_PARTS_H

#include "TextScan.h"

/// `end`, or where the scalar that holds the byte before `end` starts when it does not end at
/// `end` (the checked blocks stop there, and its continuations after it were not checked).
size_t plain_text_whole_scalars_before(const uint8_t *bytes, size_t end);

/// The run 64 bytes at a time; only on a processor with AVX-512 (F and BW).
size_t plain_text_blocks_avx512(const uint8_t *bytes, size_t count, bool *multibyte);

#endif
