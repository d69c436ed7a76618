#include "plaintext/portal_text.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <vector>

#include "text/list_marker.h"
#include "text/utf8.h"

namespace jianli::plaintext {
namespace {

struct Line {
  std::vector<const model::TextRun*> runs;
  double y = 0, size = 0;
};

std::vector<Line> lines_of(const model::Page& page) {
  std::vector<Line> lines;
  for (const model::TextRun& run : page.runs) {
    if (run.text.empty()) continue;
    // The layout gives every run of a line the same baseline, to the bit.
    if (lines.empty() || lines.back().y != run.y) lines.push_back({{}, run.y, 0});
    lines.back().runs.push_back(&run);
    lines.back().size = std::max(lines.back().size, run.size);
  }
  return lines;
}

// The page number: the page's last line, more than three of its lines below the one
// before (every layout sets it in the bottom margin).
bool is_page_number(const std::vector<Line>& lines, size_t i) {
  if (i + 1 != lines.size() || i == 0) return false;
  return lines[i - 1].y - lines[i].y > 3 * lines[i].size;
}

int link_of(const model::Page& page, const model::TextRun& run) {
  double mid_x = run.x + run.width / 2;
  for (size_t k = 0; k < page.links.size(); ++k) {
    const model::Link& l = page.links[k];
    if (mid_x >= l.x && mid_x <= l.x + l.width && run.y >= l.y && run.y <= l.y + l.height)
      return static_cast<int>(k);
  }
  return -1;
}

std::string trimmed(const std::string& s) {
  size_t begin = s.find_first_not_of(' '), end = s.find_last_not_of(' ');
  return begin == std::string::npos ? std::string() : s.substr(begin, end - begin + 1);
}

// The address a reader compares with the text: no mailto:/tel:, no scheme, no slash at the end.
std::string bare(std::string uri) {
  for (const char* prefix : {"mailto:", "tel:", "https://", "http://"})
    if (uri.starts_with(prefix)) uri.erase(0, std::string_view(prefix).size());
  while (!uri.empty() && uri.back() == '/') uri.pop_back();
  return uri;
}

class LineWriter {
 public:
  LineWriter(const model::Page& page, const std::vector<std::string>& uris)
      : page_(page), uris_(uris) {}

  // `previous` is the line before, still open: a link that ended with it gets its address.
  std::string write(const Line& line, std::string& previous) {
    std::string out;
    bool any_text = false;
    const model::TextRun* last = nullptr;
    for (size_t r = 0; r < line.runs.size(); ++r) {
      const model::TextRun& run = *line.runs[r];
      if (r == 0 && line.runs.size() > 1 && text::is_bullet(text::to_utf32(trimmed(run.text)))) {
        out += "- ";
        last = &run;
        continue;
      }
      if (last && run.x - (last->x + last->width) > run.size * 0.3 && !out.ends_with(' ') &&
          !run.text.starts_with(' '))
        out += ' ';
      int link = link_of(page_, run);
      // A link broken over lines is one rectangle a line, each with the same address (one
      // entry of PageSet::uris).
      bool same =
          link >= 0 && open_link_ >= 0 && page_.links[link].uri == page_.links[open_link_].uri;
      if (!same) close_link(any_text ? out : previous);
      if (link >= 0 && !same) link_text_.clear();
      if (link >= 0) open_link_ = link;
      out += run.text;
      any_text = true;
      if (link >= 0) link_text_ += run.text;
      last = &run;
    }
    return out;
  }

  // A link ends where its runs end; its address follows when its text does not say it.
  void close_link(std::string& out) {
    if (open_link_ < 0) return;
    const int index = page_.links[open_link_].uri;
    const std::string uri =
        index >= 0 && static_cast<size_t>(index) < uris_.size() ? uris_[index] : "";
    std::string shown = trimmed(link_text_);
    if (!uri.empty() && bare(uri) != bare(shown) && uri != shown) {
      while (out.ends_with(' ')) out.pop_back();
      out += " (" + uri + ")";
    }
    open_link_ = -1;
  }

 private:
  const model::Page& page_;
  const std::vector<std::string>& uris_;
  int open_link_ = -1;
  std::string link_text_;
};

// The page's usual distance between baselines: more than this and a third is a new block.
double usual_pitch(const std::vector<Line>& lines) {
  std::map<long, int> count;  // tenths of a point
  for (size_t i = 1; i < lines.size(); ++i)
    ++count[std::lround((lines[i - 1].y - lines[i].y) * 10)];
  long best = 0;
  int most = 0;
  for (auto [pitch, n] : count)
    if (n > most && pitch > 0) best = pitch, most = n;
  return best / 10.0;
}

void strip_trailing_spaces(std::string& line) {
  while (!line.empty() && line.back() == ' ') line.pop_back();
}

}  // namespace

std::string portal_text(const model::PageSet& pages) {
  std::string out;
  for (const model::Page& page : pages.pages) {
    std::vector<Line> lines = lines_of(page);
    LineWriter writer(page, pages.uris);
    std::string pending;  // a line waits for the next: a link may go on into it
    double pitch = usual_pitch(lines);
    for (size_t i = 0; i < lines.size(); ++i) {
      if (is_page_number(lines, i)) break;
      std::string text = writer.write(lines[i], pending);
      // A hyphen the line break added goes, and the word is whole again on one line.
      if (i > 0 && lines[i - 1].runs.back()->hyphenated && pending.ends_with('-')) {
        pending.pop_back();
        pending += text;
        continue;
      }
      if (!pending.empty() || i > 0) {
        strip_trailing_spaces(pending);
        out += pending + "\n";
        // Clearly more space above than between the lines of a paragraph: a new block.
        double space = i > 0 ? lines[i - 1].y - lines[i].y : 0;
        if (space > std::max(1.3 * pitch, 1.2 * lines[i].size)) out += "\n";
      }
      pending = text;
    }
    writer.close_link(pending);
    strip_trailing_spaces(pending);
    if (!pending.empty()) out += pending + "\n\n";
  }
  while (out.ends_with("\n\n")) out.pop_back();
  return out;
}

}  // namespace jianli::plaintext
