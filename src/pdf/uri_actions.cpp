#include "pdf/uri_actions.h"

#include <stdexcept>

#include "pdf/link_uri.h"

namespace jianli::pdf {

UriActions::UriActions(HaruDocument& doc, const std::vector<std::string>& uris)
    : doc_(doc), uris_(uris), actions_(uris.size(), nullptr), contents_(uris.size(), nullptr) {}

HPDF_Dict UriActions::action(int uri) {
  HPDF_Dict& action = actions_.at(static_cast<size_t>(uri));
  if (action) return action;
  HPDF_Doc pdf = doc_.get();
  HPDF_Dict made = doc_.check(HPDF_Dict_New(pdf->mmgr), "HPDF_Dict_New");
  // In the cross-reference table, the dictionary is an indirect object: written once, and
  // the table frees it with the document.
  doc_.check(HPDF_Xref_Add(pdf->xref, made), "HPDF_Xref_Add");
  doc_.check(HPDF_Dict_AddName(made, "Type", "Action"), "HPDF_Dict_AddName");
  doc_.check(HPDF_Dict_AddName(made, "S", "URI"), "HPDF_Dict_AddName");
  const std::string encoded = percent_encode_uri(uris_[uri]);
  HPDF_String target =
      doc_.check(HPDF_String_New(pdf->mmgr, encoded.c_str(), nullptr), "HPDF_String_New");
  doc_.check(HPDF_Dict_Add(made, "URI", target), "HPDF_Dict_Add");
  return action = made;
}

HPDF_String UriActions::contents(int uri) {
  HPDF_String& text = contents_.at(static_cast<size_t>(uri));
  if (text) return text;
  HPDF_Doc pdf = doc_.get();
  // ASCII, as the action's /URI: libharu writes a string's bytes as they are, and a reader
  // takes them as PDFDocEncoding.
  const std::string encoded = percent_encode_uri(uris_[uri]);
  text = doc_.check(HPDF_String_New(pdf->mmgr, encoded.c_str(), nullptr), "HPDF_String_New");
  doc_.check(HPDF_Xref_Add(pdf->xref, text), "HPDF_Xref_Add");
  return text;
}

void UriActions::annotate(HPDF_Page page, const HPDF_Rect& rect, int uri) {
  HPDF_Dict shared = action(uri);
  // libharu makes a link annotation only with an action of its own; a one-byte one stands in
  // until the shared action replaces it (HPDF_Dict_Add frees what the key held).
  HPDF_Annotation annot =
      doc_.check(HPDF_Page_CreateURILinkAnnot(page, rect, "#"), "HPDF_Page_CreateURILinkAnnot");
  doc_.check(HPDF_Dict_Add(annot, "A", shared), "HPDF_Dict_Add");
  // PDF/UA 7.18.5: a link annotation says where it leads in /Contents, for a screen reader.
  // One indirect string per target, like the action, so a long URI is not repeated.
  doc_.check(HPDF_Dict_Add(annot, "Contents", contents(uri)), "HPDF_Dict_Add");
  // libharu draws a border box around links by default (libharu-2.3.md, "Link annotations").
  doc_.check(HPDF_LinkAnnot_SetBorderStyle(annot, 0, 0, 0), "HPDF_LinkAnnot_SetBorderStyle");
}

}  // namespace jianli::pdf
