// One document through libxml2's SAX2 push parser, the way FoundationXML's XMLParser drove it
// before (the first four bytes, then the rest with the end), so that error numbers and lines
// stay what the importers' messages and tests know. What differs is what is left out: no
// entity is ever declared or substituted, no recovery after an error, and no callback that
// could load a DTD or an external entity (libxml2 calls only the ones set below).
#include "XMLReader.h"
#include "XMLLibrary.h"

#include <limits.h>
#include <string.h>

/// One parse: the handler, the parser and how it ended. libxml2 gives it back to each
/// callback as its `ctx` (the parser's user data).
typedef struct {
    const xml_library *library;
    const xml_reader_handler *handler;
    xmlParserCtxtPtr parser;
    xml_reader_outcome outcome;
} reading;

static bool halted(const reading *r) { return r->outcome.status != XML_READER_DONE; }

/// Ends the parse with `status`: libxml2 may still call back before it returns, and every
/// callback then does nothing, so that the first cause is the one kept.
static void halt(reading *r, xml_reader_status status, int code, int line) {
    r->outcome = (xml_reader_outcome){status, code, line};
    if (r->parser != NULL) r->library->stopParser(r->parser);
}

/// The line the parser is on (that of the `>` ending a start tag, in `started`).
static int currentLine(const reading *r) {
    return r->parser != NULL ? r->library->lineNumber(r->parser) : 0;
}

static void started(void *ctx, const xmlChar *name, const xmlChar *prefix, const xmlChar *uri,
                    int namespaceCount, const xmlChar **namespaces, int attributeCount,
                    int defaultedCount, const xmlChar **attributes) {
    (void)prefix, (void)uri, (void)namespaceCount, (void)namespaces, (void)defaultedCount;
    reading *r = ctx;
    if (halted(r)) return;
    int line = currentLine(r);
    if (!r->handler->start(r->handler->context, (const char *)name,
                           (const char *const *)attributes, attributeCount, line)) {
        halt(r, XML_READER_STOPPED, 0, line);
    }
}

static void ended(void *ctx, const xmlChar *name, const xmlChar *prefix, const xmlChar *uri) {
    (void)prefix, (void)uri;
    reading *r = ctx;
    if (!halted(r)) r->handler->end(r->handler->context, (const char *)name);
}

static void characters(void *ctx, const xmlChar *bytes, int count) {
    reading *r = ctx;
    if (!halted(r) && count > 0) r->handler->text(r->handler->context, (const char *)bytes, (size_t)count);
}

/// Entity declarations are refused before parsing by a byte search, which a file in UTF-16
/// escapes; this catches them there too, before any is used.
static void entityDeclared(void *ctx, const xmlChar *name, int type, const xmlChar *publicID,
                           const xmlChar *systemID, xmlChar *content) {
    (void)name, (void)type, (void)publicID, (void)systemID, (void)content;
    reading *r = ctx;
    if (!halted(r)) halt(r, XML_READER_ENTITY_DECLARED, 0, currentLine(r));
}

/// Every report, warnings included, stops the parse, as XMLParser's first error did.
static void reported(void *ctx, xmlErrorPtr error) {
    reading *r = ctx;
    if (halted(r)) return;
    // While the parser is being made (an encoding it cannot read) there is no parser to ask.
    halt(r, XML_READER_FAILED, error->code, r->parser != NULL ? currentLine(r) : error->line);
}

xml_reader_outcome xml_reader_parse(const char *bytes, size_t count, const xml_reader_handler *handler) {
    const xml_library *library = xml_library_load();
    if (library == NULL) return (xml_reader_outcome){XML_READER_UNAVAILABLE, 0, 0};

    xmlSAXHandler sax;
    memset(&sax, 0, sizeof sax);
    sax.initialized = XML_SAX2_MAGIC;  // the namespace-aware callbacks and `serror`
    sax.startElementNs = started;
    sax.endElementNs = ended;
    sax.characters = characters;
    sax.cdataBlock = characters;
    sax.entityDecl = entityDeclared;
    sax.serror = reported;

    reading r = {library, handler, NULL, {XML_READER_DONE, 0, 0}};
    // libxml2 guesses the encoding from the first four bytes, given when the parser is made.
    size_t head = count < 4 ? count : 4;
    r.parser = library->createPushParser(&sax, &r, bytes, (int)head, NULL);
    if (r.parser == NULL) {
        if (!halted(&r)) r.outcome = (xml_reader_outcome){XML_READER_FAILED, XML_ERR_NO_MEMORY, 0};
        return r.outcome;
    }
    // NONET: should anything still try to load a URL, it is refused. NOENT only for the
    // attribute values: without it libxml2 hands `&amp;` back as `&#38;` (kept for a tree
    // builder to store). It substitutes nothing else, as no entity is ever declared here:
    // `entityDeclared` stops at the first declaration and stores none, and there is no
    // getEntity callback to find one. No DTDLOAD, no RECOVER (the first error ends the
    // parse anyway), no HUGE (libxml2's limits hold: a text node over 10 MB is an error).
    library->useOptions(r.parser, XML_PARSE_NONET | XML_PARSE_NOENT);

    // The rest in one chunk, as before; a chunk's size is an int, so a file over 1 GiB
    // (which no import reaches) goes in several.
    const size_t largest = (size_t)1 << 30;
    const char *rest = count > head ? bytes + head : NULL;
    size_t left = count - head;
    while (!halted(&r)) {
        size_t piece = left < largest ? left : largest;
        left -= piece;
        library->parseChunk(r.parser, rest, (int)piece, left == 0);
        if (left == 0) break;
        rest += piece;
    }

    // No callback set here makes a document (there is no startDocument), but should libxml2
    // ever make one, freeing the parser would not free it.
    if (r.parser->myDoc != NULL) library->freeDocument(r.parser->myDoc);
    library->freeParser(r.parser);
    return r.outcome;
}
