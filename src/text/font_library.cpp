// FontLibrary: finds a family's face in jianli's own fonts/ folder first, then
// through fontconfig, and never substitutes a different family.
#include <fontconfig/fontconfig.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <initializer_list>
#include <memory>
#include <system_error>
#include <tuple>

#include "model/error.h"
#include "text/font_tables.h"
#include "text/fonts.h"
#include "text/shape_cache.h"

namespace jianli::text {
namespace {

namespace fs = std::filesystem;
using font_tables::same_family;

constexpr int kRegularWeight = 400;  // OS/2 usWeightClass
constexpr int kBoldWeight = 700;
constexpr int kBoldThreshold = 600;

struct PatternDeleter {
  void operator()(FcPattern* pattern) const { FcPatternDestroy(pattern); }
};
using PatternPtr = std::unique_ptr<FcPattern, PatternDeleter>;
struct ConfigDeleter {
  void operator()(FcConfig* config) const { FcConfigDestroy(config); }
};

// Fontconfig configurations, built on first use and freed at exit. Passing nullptr would make
// fontconfig build a global one that is never freed, which the leak checker of sanitizer builds
// reports as a failure. Both are only read after construction, which fontconfig allows from
// several threads.
//
// The quick one knows the standard font and cache folders of Debian's /etc/fonts/fonts.conf and
// nothing else: building it reads the caches only (0.6 ms), where FcInitLoadConfigAndFonts also
// parses the ~35 rule files of /etc/fonts/conf.d (8-20 ms, 25 M instructions, a quarter of a
// whole run; see bench/profile.sh). The rules only rewrite and extend the pattern (aliases,
// fallback families, synthetic styles) and jianli takes a match only when it is the family asked
// for, so for an installed family both give the same file. A family the quick configuration does
// not find is looked up again in the full one (a user's own <dir>, a local.conf), as is every
// family when FONTCONFIG_FILE or FONTCONFIG_PATH chooses another configuration.
constexpr const char* kQuickConfig = R"(<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
  <dir>/usr/share/fonts</dir>
  <dir>/usr/local/share/fonts</dir>
  <dir prefix="xdg">fonts</dir>
  <dir>~/.fonts</dir>
  <cachedir>/var/cache/fontconfig</cachedir>
  <cachedir prefix="xdg">fontconfig</cachedir>
  <cachedir>~/.fontconfig</cachedir>
</fontconfig>
)";

using ConfigPtr = std::unique_ptr<FcConfig, ConfigDeleter>;

FcConfig* full_fontconfig() {
  static const ConfigPtr config(FcInitLoadConfigAndFonts());
  return config.get();
}

bool configuration_chosen_by_environment() {
  for (const char* name : {"FONTCONFIG_FILE", "FONTCONFIG_PATH", "FONTCONFIG_SYSROOT"}) {
    const char* value = std::getenv(name);
    if (value && *value) return true;
  }
  return false;
}

// nullptr when the environment chooses a configuration or the quick one cannot be built.
FcConfig* quick_fontconfig() {
  static const ConfigPtr config = []() -> ConfigPtr {
    if (configuration_chosen_by_environment()) return nullptr;
    ConfigPtr quick(FcConfigCreate());
    if (!quick ||
        !FcConfigParseAndLoadFromMemory(quick.get(), reinterpret_cast<const FcChar8*>(kQuickConfig),
                                        FcFalse) ||
        !FcConfigBuildFonts(quick.get())) {
      return nullptr;
    }
    return quick;
  }();
  return config.get();
}

// One face of a file, as found on disk.
struct Candidate {
  std::string path;
  int index = 0;
  int weight = kRegularWeight;  // OS/2 scale
  bool italic = false;
  bool embeddable = true;  // has TrueType or CFF outlines
};

bool is_font_file(const fs::path& path) {
  std::string ext = path.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return std::tolower(c); });
  return ext == ".ttf" || ext == ".ttc" || ext == ".otf" || ext == ".otc";
}

bool names_family(const std::vector<std::string>& names, const std::string& family) {
  return std::any_of(names.begin(), names.end(),
                     [&](const std::string& name) { return same_family(name, family); });
}

// Every face of `family` in the folders (and their subfolders). Files that are not
// fonts are skipped: the folder is the user's, a stray file must not stop the run.
std::vector<Candidate> scan_font_dirs(const std::vector<std::string>& dirs,
                                      const std::string& family) {
  std::vector<Candidate> found;
  for (const std::string& dir : dirs) {
    std::error_code error;
    fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, error);
    for (; !error && it != fs::recursive_directory_iterator(); it.increment(error)) {
      if (!it->is_regular_file(error) || !is_font_file(it->path())) continue;
      std::string path = it->path().string();
      font_tables::BlobPtr blob(hb_blob_create_from_file_or_fail(path.c_str()));
      if (!blob) continue;
      unsigned count = hb_face_count(blob.get());
      for (unsigned index = 0; index < count; ++index) {
        font_tables::FacePtr face(hb_face_create(blob.get(), index));
        if (!names_family(font_tables::family_names(face.get()), family)) continue;
        found.push_back({path, static_cast<int>(index), font_tables::weight_class(face.get()),
                         font_tables::is_italic(face.get()),
                         font_tables::has_embeddable_outlines(face.get())});
      }
    }
  }
  // Directory order is arbitrary; sorting keeps the choice the same on every machine.
  std::sort(found.begin(), found.end(), [](const Candidate& a, const Candidate& b) {
    return std::tie(a.path, a.index) < std::tie(b.path, b.index);
  });
  return found;
}

// The embeddable face of the wanted slant nearest the wanted weight; the other slant only
// when the family has nothing else.
const Candidate* closest_weight(const std::vector<Candidate>& candidates, bool bold, bool italic) {
  const Candidate* best = nullptr;
  int best_distance = 0;
  for (const Candidate& c : candidates) {
    if (!c.embeddable) continue;
    int distance = std::abs(c.weight - (bold ? kBoldWeight : kRegularWeight)) +
                   (c.italic != italic ? 10000 : 0);
    if (!best || distance < best_distance) best = &c, best_distance = distance;
  }
  return best;
}

bool pattern_has_family(FcPattern* pattern, const std::string& family) {
  FcChar8* value = nullptr;
  for (int i = 0; FcPatternGetString(pattern, FC_FAMILY, i, &value) == FcResultMatch; ++i) {
    if (same_family(reinterpret_cast<const char*>(value), family)) return true;
  }
  return false;
}

// Fontconfig's best face for the family, checked to really be that family:
// FcFontMatch always returns some font, often a different family altogether.
std::optional<Candidate> match_in(FcConfig* config, const std::string& family, bool bold,
                                  bool italic) {
  PatternPtr pattern(FcPatternCreate());
  FcPatternAddString(pattern.get(), FC_FAMILY, reinterpret_cast<const FcChar8*>(family.c_str()));
  FcPatternAddInteger(pattern.get(), FC_WEIGHT, bold ? FC_WEIGHT_BOLD : FC_WEIGHT_REGULAR);
  FcPatternAddInteger(pattern.get(), FC_SLANT, italic ? FC_SLANT_ITALIC : FC_SLANT_ROMAN);
  FcConfigSubstitute(config, pattern.get(), FcMatchPattern);
  FcDefaultSubstitute(pattern.get());
  FcResult result = FcResultNoMatch;
  PatternPtr match(FcFontMatch(config, pattern.get(), &result));
  if (!match || result != FcResultMatch || !pattern_has_family(match.get(), family)) {
    return std::nullopt;
  }

  FcChar8* file = nullptr;
  if (FcPatternGetString(match.get(), FC_FILE, 0, &file) != FcResultMatch) return std::nullopt;
  Candidate candidate;
  candidate.path = reinterpret_cast<const char*>(file);
  int index = 0;
  FcPatternGetInteger(match.get(), FC_INDEX, 0, &index);
  candidate.index = index & 0xFFFF;  // the high bits name a variable font's instance
  // Weight and outlines come from the file itself: fontconfig's own rules report a
  // regular face as bold when they plan to embolden it (90-synthetic.conf).
  font_tables::BlobPtr blob(hb_blob_create_from_file_or_fail(candidate.path.c_str()));
  if (!blob) return std::nullopt;
  font_tables::FacePtr face(hb_face_create(blob.get(), static_cast<unsigned>(candidate.index)));
  candidate.weight = font_tables::weight_class(face.get());
  candidate.italic = font_tables::is_italic(face.get());
  candidate.embeddable = font_tables::has_embeddable_outlines(face.get());
  return candidate;
}

// The quick configuration first, the full one when it does not know the family.
std::optional<Candidate> fontconfig_match(const std::string& family, bool bold,
                                          bool italic = false) {
  if (FcConfig* quick = quick_fontconfig()) {
    if (auto found = match_in(quick, family, bold, italic)) return found;
  }
  return match_in(full_fontconfig(), family, bold, italic);
}

std::map<std::string, std::string> load_packages(const std::string& file) {
  std::map<std::string, std::string> packages;
  if (file.empty()) return packages;
  std::error_code error;
  if (!fs::is_regular_file(file, error)) {
    throw model::InputError(file, {}, "cannot read the font package list: no such file");
  }
  try {
    YAML::Node root = YAML::LoadFile(file);
    if (root.IsNull()) return packages;  // only comments
    if (!root.IsMap())
      throw model::InputError(file, {}, "expected a map of font family: Debian package");
    for (const auto& entry : root) {
      packages[entry.first.as<std::string>()] = entry.second.as<std::string>();
    }
  } catch (const YAML::Exception& e) {
    model::SourcePos pos;
    pos.line = e.mark.line + 1;
    pos.column = e.mark.column + 1;
    throw model::InputError(file, pos, "cannot read the font package list: " + e.msg);
  }
  return packages;
}

}  // namespace

FaceStore::FaceStore(std::vector<std::string> font_dirs, std::string packages_file)
    : font_dirs_(std::move(font_dirs)), packages_(load_packages(packages_file)) {}

FaceStore::~FaceStore() = default;

FontLibrary::FontLibrary(std::vector<std::string> font_dirs, std::string packages_file)
    : FontLibrary(std::make_shared<FaceStore>(std::move(font_dirs), std::move(packages_file))) {}

FontLibrary::FontLibrary(std::shared_ptr<FaceStore> faces)
    : faces_(std::move(faces)), shapes_(std::make_unique<ShapeCache>()) {}

FontLibrary::~FontLibrary() = default;

const Face& FaceStore::load(const std::string& path, int index) {
  std::string key = path + "#" + std::to_string(index);
  auto it = faces_.find(key);
  if (it == faces_.end()) it = faces_.emplace(key, std::make_unique<Face>(path, index)).first;
  return *it->second;
}

std::optional<FontMatch> FaceStore::find(const std::string& family, bool bold, bool italic) {
  std::lock_guard<std::mutex> hold(lock_);
  return find_locked(family, bold, italic);
}

std::optional<FontMatch> FaceStore::find_locked(const std::string& family, bool bold, bool italic) {
  std::string key = family + (bold ? "|bold" : "|regular") + (italic ? "|italic" : "");
  if (auto cached = matches_.find(key); cached != matches_.end()) return cached->second;

  // A family present in fonts/ is taken from there whole, even when fontconfig has
  // more weights: mixing two versions of one family would mix their metrics.
  std::optional<Candidate> chosen;
  std::vector<Candidate> local = scan_font_dirs(font_dirs_, family);
  if (const Candidate* best = closest_weight(local, bold, italic)) {
    chosen = *best;
  } else if (auto system = fontconfig_match(family, bold, italic); system && system->embeddable) {
    chosen = system;
  }

  std::optional<FontMatch> match;
  if (chosen) {
    match = FontMatch{&load(chosen->path, chosen->index), bold && chosen->weight < kBoldThreshold};
  }
  matches_[key] = match;
  return match;
}

FontMatch FaceStore::require(const std::string& family, bool bold, bool italic) {
  if (auto match = find(family, bold, italic)) return *match;

  // Installed, but with no outlines a PDF can embed: installing the package again won't help.
  std::string unusable_file;
  for (const Candidate& c : scan_font_dirs(font_dirs_, family)) unusable_file = c.path;
  if (unusable_file.empty()) {
    if (auto any = fontconfig_match(family, bold)) unusable_file = any->path;
  }
  std::string message = "font family \"" + family + "\" ";
  if (!unusable_file.empty()) {
    throw model::InputError(message + "is installed only without TrueType or CFF outlines (" +
                            unusable_file +
                            ": a bitmap colour font or a variable CFF2 font?), which cannot be "
                            "embedded in the PDF; choose another family");
  }
  message += "is not installed; ";
  auto package = std::find_if(packages_.begin(), packages_.end(),
                              [&](const auto& entry) { return same_family(entry.first, family); });
  if (package != packages_.end()) {
    message += "install it with: apt-get install " + package->second;
  } else {
    message += "install a font of that family, or put its .ttf or .otf file in " +
               (font_dirs_.empty() ? std::string("fonts/") : font_dirs_.front());
  }
  throw model::InputError(message);
}

}  // namespace jianli::text
