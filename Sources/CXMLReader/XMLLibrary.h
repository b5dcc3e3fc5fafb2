// The libxml2 functions XMLReader uses, found with dlsym (internal to CXMLReader).
#ifndef XML_LIBRARY_H
#define XML_LIBRARY_H

#include <libxml/parser.h>
#include <libxml/SAX2.h>

/// Each pointer has the type of libxml2's own declaration (from its header), so a call
/// through it is checked as a direct call would be.
typedef struct {
    __typeof__(xmlInitParser) *initParser;
    __typeof__(xmlCreatePushParserCtxt) *createPushParser;
    __typeof__(xmlCtxtUseOptions) *useOptions;
    __typeof__(xmlParseChunk) *parseChunk;
    __typeof__(xmlStopParser) *stopParser;
    __typeof__(xmlSAX2GetLineNumber) *lineNumber;
    __typeof__(xmlFreeParserCtxt) *freeParser;
    __typeof__(xmlFreeDoc) *freeDocument;
} xml_library;

/// libxml2, loaded and initialised on the first call (once, whichever thread calls first);
/// NULL when libxml2.so.2 cannot be loaded or lacks one of the functions, on every call.
const xml_library *xml_library_load(void);

#endif
