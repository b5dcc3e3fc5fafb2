// libxml2's SAX2 parser for TaskForceCore's XMLEvents (docs/importers.md), with libxml2 loaded
// only when a file is actually read as XML: linking it would make every command load it
// (and ICU, lzma and zlib with it) at start-up. No libxml2 type appears here, so that Swift
// imports this header without libxml2's headers.
#ifndef XML_READER_H
#define XML_READER_H

#include <stdbool.h>
#include <stddef.h>

/// What a document's events are sent to; every function gets `context` back.
typedef struct {
    void *context;
    /// A start tag. `name` is the element's local name (no prefix). `attributes` holds
    /// `attributeCount` groups of five pointers, as libxml2 gives them: local name, prefix,
    /// namespace, and the value's first byte and the byte after its last (the value is not
    /// NUL-terminated). Namespace declarations (`xmlns`, `xmlns:x`) are not among them.
    /// `line` is the line the start tag ends on. Returning false stops the parse.
    bool (*start)(void *context, const char *name, const char *const *attributes,
                  int attributeCount, int line);
    /// An end tag, with the element's local name.
    void (*end)(void *context, const char *name);
    /// A run of text or a CDATA section (a text node may come in several runs).
    void (*text)(void *context, const char *bytes, size_t count);
} xml_reader_handler;

typedef enum {
    /// The document was read to its end without a problem.
    XML_READER_DONE,
    /// `start` returned false.
    XML_READER_STOPPED,
    /// libxml2 reported a problem: `code` is its error number (an `xmlParserErrors`).
    XML_READER_FAILED,
    /// The document declares an entity (see `XMLEvents.refuseEntityDeclarations`).
    XML_READER_ENTITY_DECLARED,
    /// libxml2.so.2 could not be loaded, or lacks a function we need; nothing was read.
    XML_READER_UNAVAILABLE,
} xml_reader_status;

typedef struct {
    xml_reader_status status;
    /// libxml2's error number when FAILED, else 0.
    int code;
    /// The line the parser was on when it stopped or failed, else 0.
    int line;
} xml_reader_outcome;

/// Reads `bytes[0..<count]` as one XML document and sends its events to `handler`, up to
/// the first problem or the first `start` that returns false. Never reads the network or
/// any file, loads no DTD and substitutes no entity. Safe from several threads at once.
xml_reader_outcome xml_reader_parse(const char *bytes, size_t count, const xml_reader_handler *handler);

#endif
