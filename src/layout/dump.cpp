#include "layout/dump.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>

namespace jianli::layout {
namespace {

void append_string(std::string& out, const std::string& s) {
  out += '"';
  for (unsigned char c : s) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c < 0x20) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", c);
      out += buf;
    } else {
      out += static_cast<char>(c);
    }
  }
  out += '"';
}

void append_number(std::string& out, double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.3f", std::abs(v) < 5e-4 ? 0.0 : v);
  out += buf;
}

// Runs on one baseline make a line; lines go top to bottom, runs left to right.
std::vector<std::vector<const model::TextRun*>> lines_of(const model::Page& page) {
  std::map<long, std::vector<const model::TextRun*>, std::greater<long>> by_baseline;
  for (const model::TextRun& run : page.runs) by_baseline[std::lround(run.y * 100)].push_back(&run);
  std::vector<std::vector<const model::TextRun*>> lines;
  for (auto& [y, runs] : by_baseline) {
    std::sort(runs.begin(), runs.end(), [](auto* a, auto* b) { return a->x < b->x; });
    lines.push_back(runs);
  }
  return lines;
}

// Each image's frame (lower-left corner and size, pt), its file and alt text.
void append_images(std::string& out, const model::PageSet& set, const model::Page& page) {
  for (size_t i = 0; i < page.images.size(); ++i) {
    const model::PlacedImage& image = page.images[i];
    out += i ? ",\n      {\"x\": " : "\n      {\"x\": ";
    append_number(out, image.x);
    out += ", \"y\": ";
    append_number(out, image.y);
    out += ", \"width\": ";
    append_number(out, image.width);
    out += ", \"height\": ";
    append_number(out, image.height);
    out += ", \"path\": ";
    append_string(out, set.images.at(image.image).path);
    out += ", \"alt\": ";
    append_string(out, image.alt);
    out += "}";
  }
}

}  // namespace

std::string dump_json(const model::PageSet& set) {
  std::string out = "{\n  \"fonts\": [";
  for (size_t i = 0; i < set.fonts.size(); ++i) {
    out += i ? ",\n    {" : "\n    {";
    out += "\"family\": ";
    append_string(out, set.fonts[i].family);
    out += ", \"path\": ";
    append_string(out, set.fonts[i].path);
    out += set.fonts[i].synthetic_bold ? ", \"synthetic_bold\": true}"
                                       : ", \"synthetic_bold\": false}";
  }
  out += "\n  ],\n  \"pages\": [";
  for (size_t p = 0; p < set.pages.size(); ++p) {
    out += p ? ",\n    {" : "\n    {";
    out += "\"number\": " + std::to_string(p + 1) + ", \"width\": ";
    append_number(out, set.width);
    out += ", \"height\": ";
    append_number(out, set.height);
    out += ", \"lines\": [";
    auto lines = lines_of(set.pages[p]);
    for (size_t l = 0; l < lines.size(); ++l) {
      std::string text;
      for (const model::TextRun* run : lines[l]) text += run->text;
      out += l ? ",\n      {\"text\": " : "\n      {\"text\": ";
      append_string(out, text);
      out += ", \"baseline\": ";
      append_number(out, lines[l].front()->y);
      out += ", \"runs\": [";
      for (size_t r = 0; r < lines[l].size(); ++r) {
        const model::TextRun& run = *lines[l][r];
        out += r ? ", {\"x\": " : "{\"x\": ";
        append_number(out, run.x);
        out += ", \"width\": ";
        append_number(out, run.width);
        out += ", \"font\": " + std::to_string(run.font) + ", \"size\": ";
        append_number(out, run.size);
        out += ", \"region\": ";
        out += run.region == model::Region::Side     ? "\"side\""
               : run.region == model::Region::Footer ? "\"footer\""
                                                     : "\"main\"";
        out += ", \"text\": ";
        append_string(out, run.text);
        out += ", \"glyphs\": [";  // [glyph id, x from the run's start] each
        for (size_t g = 0; g < run.glyphs.size(); ++g) {
          out += g ? ", [" : "[";
          out += std::to_string(run.glyphs[g].id) + ", ";
          append_number(out, run.glyphs[g].x);
          out += "]";
        }
        out += "]}";
      }
      out += "]}";
    }
    out += "\n    ], \"images\": [";
    append_images(out, set, set.pages[p]);
    out += "]}";
  }
  out += "\n  ]\n}\n";
  return out;
}

}  // namespace jianli::layout
