// Loading libxml2 on first use. It is not linked (no -lxml2): a library in the binary's
// DT_NEEDED is loaded at every start, and libxml2 brings ICU, lzma and zlib with it, about
// a millisecond of each command's start-up (BENCHMARKS.md, "Start-up without libxml2") for
// the few commands that read XML.
#include "XMLLibrary.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdbool.h>

static xml_library library;
static bool loaded;
static pthread_once_t loading = PTHREAD_ONCE_INIT;

/// Finds `name` in `handle` into `*slot`; false when it is missing.
static bool find(void *handle, const char *name, void *slot) {
    void *function = dlsym(handle, name);
    *(void **)slot = function;
    return function != NULL;
}

static void load(void) {
    // The soname, not libxml2.so: the unversioned link exists only with libxml2-dev.
    // RTLD_LOCAL: its symbols stay out of the way of everything else in the process.
    void *handle = dlopen("libxml2.so.2", RTLD_NOW | RTLD_LOCAL);
    if (handle == NULL) return;
    bool complete = find(handle, "xmlInitParser", &library.initParser)
        && find(handle, "xmlCreatePushParserCtxt", &library.createPushParser)
        && find(handle, "xmlCtxtUseOptions", &library.useOptions)
        && find(handle, "xmlParseChunk", &library.parseChunk)
        && find(handle, "xmlStopParser", &library.stopParser)
        && find(handle, "xmlSAX2GetLineNumber", &library.lineNumber)
        && find(handle, "xmlFreeParserCtxt", &library.freeParser)
        && find(handle, "xmlFreeDoc", &library.freeDocument);
    if (!complete) {
        dlclose(handle);
        return;
    }
    // libxml2's global state, made once before any thread parses (its documentation asks
    // multithreaded programs to call this first, from one thread).
    library.initParser();
    loaded = true;
}

const xml_library *xml_library_load(void) {
    // pthread_once: the first caller loads, any other waits for it; the review screen
    // imports on worker threads.
    pthread_once(&loading, load);
    return loaded ? &library : NULL;
}
