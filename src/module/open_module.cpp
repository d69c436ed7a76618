#include "module/open_module.h"

#include <dlfcn.h>

#include <filesystem>
#include <stdexcept>
#include <string>
#include <vector>

namespace jianli::module {
namespace fs = std::filesystem;
namespace {

std::vector<fs::path> candidates(const char* file_name) {
  std::vector<fs::path> paths;
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    paths.push_back(exe.parent_path().parent_path() / "lib" / "jianli" / file_name);
    paths.push_back(exe.parent_path() / file_name);
  }
  paths.push_back(fs::path(JIANLI_MODULE_DIR) / file_name);
  return paths;
}

}  // namespace

const void* open_module(const char* file_name, const char* entry_point, const char* what) {
  std::string tried;
  for (const fs::path& path : candidates(file_name)) {
    std::error_code ec;
    if (!fs::exists(path, ec)) {
      tried += (tried.empty() ? "" : ", ") + path.string();
      continue;
    }
    // Never closed: its functions serve until the program ends.
    void* module = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (!module) throw std::runtime_error(std::string("cannot load ") + what + ": " + dlerror());
    auto entry = reinterpret_cast<const void* (*)()>(dlsym(module, entry_point));
    if (!entry) throw std::runtime_error(path.string() + " is not jianli's " + what + " module");
    return entry();
  }
  throw std::runtime_error("jianli's " + std::string(what) + " module (" + file_name +
                           ") is missing; looked in " + tried + "; reinstall jianli");
}

}  // namespace jianli::module
