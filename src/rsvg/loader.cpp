#include "module/open_module.h"
#include "rsvg/api.h"

namespace jianli::rsvg_module {

const Api& api() { return module::opened_module<Api>(kFileName, kEntryPoint, "librsvg"); }

}  // namespace jianli::rsvg_module
