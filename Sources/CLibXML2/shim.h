#ifndef KG_CLIBXML2_SHIM_H
#define KG_CLIBXML2_SHIM_H

#include <libxml/xmlreader.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/uri.h>
#include <libxml/catalog.h>

/// Frees memory libxml2 allocated (xmlFree is a global variable Swift cannot call safely).
static inline void kg_xmlFree(void *pointer) { xmlFree(pointer); }

#endif
