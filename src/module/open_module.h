// Parts of jianli built as shared objects of their own and opened on first use, so that the
// libraries only some runs need (poppler for --check and PNG pages, librsvg and the GLib
// stack for SVG and JPEG images) cost the other runs nothing in the dynamic loader
// (docs/performance.md). Each module exports one function returning its table of functions.
#pragma once

namespace jianli::module {

// The table returned by `entry_point` of the module file `file_name`, looked for beside an
// installed program (PREFIX/lib/jianli), beside the program (the build tree), then in the
// build folder (the test programs, in build/tests). The module is never closed. Throws
// std::runtime_error naming `what`, and the files tried, when it cannot be opened.
const void* open_module(const char* file_name, const char* entry_point, const char* what);

// The module's table of functions as `Api`, opened on the first call only (a failed open
// throws, and the next call tries again).
template <class Api>
const Api& opened_module(const char* file_name, const char* entry_point, const char* what) {
  static const Api* api = static_cast<const Api*>(open_module(file_name, entry_point, what));
  return *api;
}

}  // namespace jianli::module
