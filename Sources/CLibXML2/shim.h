#ifndef KG_CLIBXML2_SHIM_H
#define KG_CLIBXML2_SHIM_H

/* libxml2's headers pull in the system's ICU when it was built with ICU, and that ICU clashes
   with the copy Foundation carries (_FoundationICU) in any module that sees both. kg never
   touches the ICU-specific encoding handler fields, so the ICU parts are left out. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/SAX2.h>
#include <libxml/parserInternals.h>
#include <libxml/uri.h>
#include <libxml/catalog.h>

/// Frees memory libxml2 allocated (xmlFree is a global variable Swift cannot call safely).
static inline void kg_xmlFree(void *pointer) { xmlFree(pointer); }

#endif
