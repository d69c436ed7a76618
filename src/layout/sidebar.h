// Two columns: a narrow side column (contact lines and the sections the layout
// names) beside the main one. Each column is paginated on its own; the side
// column continues on the next page's side column when it overflows.
#pragma once

#include "layout/flow.h"
#include "model/document.h"
#include "model/page.h"
#include "model/style.h"

namespace jianli::layout {

// Sets the document in the two columns of `spec.sidebar` and cuts it into `pages`.
void lay_out_with_sidebar(Flow& flow, const model::Document& doc, const model::LayoutSpec& spec,
                          model::PageSet& pages);

}  // namespace jianli::layout
