#include "cli/page_outputs.h"

#include <filesystem>

#include "cli/same_file.h"
#include "model/error.h"

namespace jianli::cli {
namespace fs = std::filesystem;

std::vector<std::string> png_names(const std::string& named, size_t count,
                                   raster::Arrangement arrangement) {
  if (arrangement == raster::Arrangement::LongImage) return {named};
  if (named == "-") {
    if (count == 1) return {named};
    throw model::InputError(named, {},
                            "cannot write " + std::to_string(count) +
                                " pictures to standard output; use --long-image for one "
                                "picture of every page, or name a file");
  }
  fs::path path(named);
  const std::string extension = path.extension().string();
  const std::string stem = path.replace_extension().string();
  std::vector<std::string> names;
  for (size_t page = 1; page <= count; ++page)
    names.push_back(stem + "-" + std::to_string(page) + extension);
  return names;
}

std::vector<std::pair<OutputTarget, std::string>> page_image_outputs(const std::string& pdf,
                                                                     const std::string& named,
                                                                     const std::string& input,
                                                                     const PageImages& images,
                                                                     bool force) {
  std::vector<std::string> pngs = raster::pdf_to_png(pdf, images.dpi, images.arrangement);
  std::vector<std::string> names = png_names(named, pngs.size(), images.arrangement);
  std::vector<std::pair<OutputTarget, std::string>> outputs;
  for (size_t i = 0; i < pngs.size(); ++i) {
    const std::string what =
        names.size() == 1 ? "the picture" : "the picture of page " + std::to_string(i + 1);
    OutputTarget target = resolve_output(names[i], what, force);
    if (same_file(input, target.path))
      throw model::InputError(names[i], {}, what + " would overwrite the input");
    outputs.emplace_back(std::move(target), std::move(pngs[i]));
  }
  return outputs;
}

}  // namespace jianli::cli
