#ifndef KG_CLIBXML2_SHIM_H
#define KG_CLIBXML2_SHIM_H

#include <libxml/xmlreader.h>
#include <libxml/parser.h>
#include <libxml/catalog.h>

#endif
