#include "module/open_module.h"
#include "poppler/api.h"

namespace jianli::poppler_module {

const Api& api() { return module::opened_module<Api>(kFileName, kEntryPoint, "poppler"); }

}  // namespace jianli::poppler_module
