#include <mutex>

#include "module/open_module.h"
#include "poppler/api.h"

namespace jianli::poppler_module {

const Api& api() {
  static std::once_flag opened;
  static const Api* loaded = nullptr;
  std::call_once(opened, [] {
    loaded = static_cast<const Api*>(module::open_module(kFileName, kEntryPoint, "poppler"));
  });
  return *loaded;
}

}  // namespace jianli::poppler_module
