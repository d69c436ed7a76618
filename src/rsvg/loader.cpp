#include <mutex>

#include "module/open_module.h"
#include "rsvg/api.h"

namespace jianli::rsvg_module {

const Api& api() {
  static std::once_flag opened;
  static const Api* loaded = nullptr;
  std::call_once(opened, [] {
    loaded = static_cast<const Api*>(module::open_module(kFileName, kEntryPoint, "librsvg"));
  });
  return *loaded;
}

}  // namespace jianli::rsvg_module
