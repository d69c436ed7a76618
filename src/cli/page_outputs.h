// The PNG files of `--format png`: which names they take, and their bytes, drawn from the
// PDF a `--format pdf` run would write.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "cli/output.h"
#include "raster/page_images.h"

namespace jianli::cli {

struct PageImages {
  int dpi = 150;  // about a phone screen's width for an A4 page (1240 px)
  raster::Arrangement arrangement = raster::Arrangement::PagePerImage;
};

// The names of `count` pictures written for `named` (what -o or the default gave, e.g.
// resume.png): one per page, the page's number put before the extension (resume-1.png,
// resume-2.png …), or `named` itself for a long image. Standard output ("-") takes one
// picture only; more throws model::InputError.
std::vector<std::string> png_names(const std::string& named, size_t count,
                                   raster::Arrangement arrangement);

// Draws `pdf` and pairs each picture with its checked output (output.h's policy; none may be
// `input`), ready for write_outputs.
std::vector<std::pair<OutputTarget, std::string>> page_image_outputs(const std::string& pdf,
                                                                     const std::string& named,
                                                                     const std::string& input,
                                                                     const PageImages& images,
                                                                     bool force);

}  // namespace jianli::cli
