// Two columns: a narrow side column (contact lines and the sections of the roles the
// layout names) beside the main one. Each column is paginated on its own; the side
// column continues on the next page's side column when it overflows.
#pragma once

#include "layout/flow.h"
#include "model/document.h"
#include "model/page.h"
#include "model/style.h"

namespace jianli::layout {

// Whether the side column would hold anything: the contact lines, or a section whose
// role or heading the layout sends there. When not, the layout is set in one column.
bool side_column_has_content(const model::Document& doc, const model::SidebarSpec& bar);

// Sets the document in the two columns of `spec.sidebar` and cuts it into `pages`.
void lay_out_with_sidebar(Flow& flow, const model::Document& doc, const model::LayoutSpec& spec,
                          model::PageSet& pages);

}  // namespace jianli::layout
