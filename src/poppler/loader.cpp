#include <dlfcn.h>

#include <filesystem>
#include <mutex>
#include <stdexcept>

#include "poppler/api.h"

namespace jianli::poppler_module {
namespace fs = std::filesystem;
namespace {

// Where the module may be: PREFIX/lib/jianli beside an installed PREFIX/bin/jianli, the
// program's own folder (the build tree), then the build folder the program was built in
// (the test programs, in build/tests).
std::vector<fs::path> candidates() {
  std::vector<fs::path> paths;
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    paths.push_back(exe.parent_path().parent_path() / "lib" / "jianli" / kFileName);
    paths.push_back(exe.parent_path() / kFileName);
  }
  paths.push_back(fs::path(JIANLI_MODULE_DIR) / kFileName);
  return paths;
}

const Api* open_module() {
  std::string tried;
  for (const fs::path& path : candidates()) {
    std::error_code ec;
    if (!fs::exists(path, ec)) {
      tried += (tried.empty() ? "" : ", ") + path.string();
      continue;
    }
    // Never closed: its functions serve until the program ends.
    void* module = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (!module) throw std::runtime_error(std::string("cannot load poppler: ") + dlerror());
    auto entry = reinterpret_cast<const Api* (*)()>(dlsym(module, kEntryPoint));
    if (!entry) throw std::runtime_error(path.string() + " is not jianli's poppler module");
    return entry();
  }
  throw std::runtime_error("jianli's poppler module (" + std::string(kFileName) +
                           ") is missing; looked in " + tried + "; reinstall jianli");
}

}  // namespace

const Api& api() {
  static std::once_flag opened;
  static const Api* loaded = nullptr;
  std::call_once(opened, [] { loaded = open_module(); });
  return *loaded;
}

}  // namespace jianli::poppler_module
