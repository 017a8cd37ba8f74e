#ifndef TIDINGS_CLIBXML2_SHIM_H
#define TIDINGS_CLIBXML2_SHIM_H

// libxml2's HTML parser (saved web pages) and zlib (pages saved as .html.gz).
// Debian builds libxml2 with ICU, whose headers clash with the copy Foundation carries; no ICU
// type is used here, so they are left out.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <zlib.h>

// zlib's inflateInit2 is a macro Swift cannot import.
static inline int tidings_inflate_init_gzip(z_stream *stream) {
    return inflateInit2(stream, 16 + MAX_WBITS);
}

// xmlFree is a global function pointer, which strict concurrency rejects.
static inline void tidings_xml_free(void *pointer) { xmlFree(pointer); }

#endif
