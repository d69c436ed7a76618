// One URI action object per link target, shared by every annotation that leads there: a
// link set over forty lines is one /URI string in the file, not forty. libharu 2.3.0 has no
// call for that (HPDF_Page_CreateURILinkAnnot writes the action into each annotation), so
// the action is made with its object API (hpdf_objects.h, installed and exported): a
// dictionary added to the cross-reference table is written once, as an indirect object,
// and HPDF_Dict_Add puts a reference to it into each annotation, over the one it made.
#pragma once

#include <hpdf.h>

#include <string>
#include <vector>

#include "pdf/haru_document.h"

namespace jianli::pdf {

class UriActions {
 public:
  // `uris` (model::PageSet::uris) must outlive this.
  UriActions(HaruDocument& doc, const std::vector<std::string>& uris);

  // A link annotation over `rect` on `page` to uris[uri], with no border box.
  void annotate(HPDF_Page page, const HPDF_Rect& rect, int uri);

 private:
  HPDF_Dict action(int uri);      // made at its first use
  HPDF_String contents(int uri);  // the annotation's /Contents, made at its first use

  HaruDocument& doc_;
  const std::vector<std::string>& uris_;
  std::vector<HPDF_Dict> actions_;     // by URI index; null until used
  std::vector<HPDF_String> contents_;  // by URI index; null until used
};

}  // namespace jianli::pdf
