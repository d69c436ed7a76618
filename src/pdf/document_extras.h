// What the qpdf pass adds to the document besides fonts: the XMP metadata stream (read
// from the Info dictionary, so the two always agree) and the résumé's source files as
// associated files (PDF 2.0 /AF, PDF/A-3's way of carrying a document's source).
#pragma once

#include <string>
#include <vector>

#include "model/page.h"

class QPDF;

namespace jianli::pdf {

// Sets the catalogue's /Metadata: dc:title, dc:creator, dc:description, dc:language,
// pdf:Keywords, pdf:Producer and xmp:CreatorTool, each the Info dictionary's value (and
// /Lang). No date: the same input gives the same bytes, and jianli writes no date in /Info
// either.
void add_xmp_metadata(QPDF& pdf, const std::string& lang);

// Embeds each file in the /EmbeddedFiles name tree and lists it in the catalogue's /AF
// with /AFRelationship /Source.
void attach_files(QPDF& pdf, const std::vector<model::AttachedFile>& files);

}  // namespace jianli::pdf
