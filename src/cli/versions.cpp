#include "cli/versions.h"

#include <fmt/core.h>
#include <fontconfig/fontconfig.h>
#include <ft2build.h>
#include FT_FREETYPE_H
#include <gdk-pixbuf/gdk-pixbuf.h>
#include <harfbuzz/hb.h>
#include <hpdf.h>
#include <librsvg/rsvg.h>
#include <png.h>
#include <qpdf/qpdf-c.h>
#include <unicode/uversion.h>

#include <CLI/Version.hpp>
#include <utility>
#include <vector>

namespace jianli::cli {
namespace {

std::string icu_version() {
  UVersionInfo version;
  u_getVersion(version);
  char text[U_MAX_VERSION_STRING_LENGTH];
  u_versionToString(version, text);
  return text;
}

std::string freetype_version() {
  FT_Library library = nullptr;
  if (FT_Init_FreeType(&library) != 0)
    return fmt::format("{}.{}.{} (built with)", FREETYPE_MAJOR, FREETYPE_MINOR, FREETYPE_PATCH);
  FT_Int major = 0, minor = 0, patch = 0;
  FT_Library_Version(library, &major, &minor, &patch);
  FT_Done_FreeType(library);
  return fmt::format("{}.{}.{}", major, minor, patch);
}

// 21401 for 2.14.1, as fontconfig, libpng and fmt count.
std::string dotted(unsigned version) {
  return fmt::format("{}.{}.{}", version / 10000, version / 100 % 100, version % 100);
}

}  // namespace

std::string version_text() {
  // Libraries without a run-time version call: their pkg-config or CMake package version,
  // passed in by CMakeLists.txt, or their header's.
  const std::string built = " (built with)";
  std::vector<std::pair<std::string, std::string>> libraries = {
      {"libharu", HPDF_GetVersion()},
      {"HarfBuzz", hb_version_string()},
      {"ICU", icu_version()},
      {"FreeType", freetype_version()},
      {"fontconfig", dotted(FcGetVersion())},
      {"qpdf", qpdf_get_qpdf_version()},
      {"md4c", JIANLI_MD4C_VERSION + built},
      {"gumbo", JIANLI_GUMBO_VERSION + built},
      {"yaml-cpp", JIANLI_YAML_CPP_VERSION + built},
      // Loaded only for SVG and JPEG images (rsvg/api.h): named as built with.
      {"librsvg", LIBRSVG_VERSION + built},
      {"gdk-pixbuf", GDK_PIXBUF_VERSION + built},
      {"libpng", dotted(png_access_version_number())},
      {"fmt", dotted(FMT_VERSION) + built},
      {"CLI11", CLI11_VERSION + built},
  };
  std::string text = std::string("jianli ") + JIANLI_VERSION + "\nlibraries:";
  for (const auto& [name, version] : libraries) text += fmt::format("\n  {:<11} {}", name, version);
  return text;
}

}  // namespace jianli::cli
