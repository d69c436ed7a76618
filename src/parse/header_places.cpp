#include "parse/header_places.h"

#include <algorithm>
#include <vector>

#include "text/utf8.h"

namespace jianli::parse {
namespace {

// White space between words, the wide kinds included: an `&emsp;` or a U+3000 often
// stands between a contact line's items.
bool is_gap(char32_t cp) {
  return cp <= 0x20 || cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x3000;
}

// The words of the line's text; a word of a few characters finds its place as well as a
// longer one, so each is cut at 32 characters.
std::vector<std::string> words_of(const model::Inlines& line) {
  constexpr ptrdiff_t kMaxCharacters = 32;
  const std::u32string text = text::to_utf32(model::plain_text(line));
  std::vector<std::string> words;
  for (auto begin = std::find_if_not(text.begin(), text.end(), is_gap); begin != text.end();) {
    auto end = std::find_if(begin, text.end(), is_gap);
    words.push_back(text::to_utf8(std::u32string(begin, std::min(end, begin + kMaxCharacters))));
    begin = std::find_if_not(end, text.end(), is_gap);
  }
  return words;
}

// Where a line's first word is looked for: the words of lines before it that were not found
// (typed as entities) leave the cursor behind, so few tries, each over a window that size.
constexpr size_t kFirstWordTries = 3;
// A later word of the line follows the one before it closely: markup between them (a link's
// address) is short. A word not found so near is skipped, so a line of a hundred thousand
// items costs a hundred thousand short searches.
constexpr size_t kNextWordWindow = 1024;

}  // namespace

HeaderPlacer::HeaderPlacer(const SourceText& source, int first_line, int end_line)
    : source_(source),
      cursor_(first_line > 0 ? source.line_start(first_line) : source.text().size()),
      end_(end_line > 0 ? std::max(source.line_start(end_line), cursor_) : source.text().size()),
      line_(first_line) {}

size_t HeaderPlacer::find(const std::string& word, size_t window) const {
  const size_t from = std::min(cursor_, end_);
  const size_t at = source_.text().substr(from, std::min(window, end_ - from)).find(word);
  return at == std::string_view::npos ? std::string_view::npos : from + at;
}

model::SourcePos HeaderPlacer::place(const model::Inlines& line) {
  const std::vector<std::string> words = words_of(line);
  const size_t size = model::plain_text(line).size();
  // The line starts within the rest of the lines before it not yet passed, which are about
  // as long as their text, markup aside: a window that size, not the block's end, keeps
  // a line that is not found from costing a search of the whole block.
  const size_t first_window = 4 * unplaced_bytes_ + 4096;
  model::SourcePos pos{line_, 0};
  size_t next = 0;
  for (; next < std::min(words.size(), kFirstWordTries); ++next) {
    const size_t at = find(words[next], first_window);
    if (at == std::string_view::npos) continue;
    pos = source_.position_at(at);
    line_ = pos.line;
    if (next > 0) pos.column = 0;  // the line starts before this word, at an unknown place
    cursor_ = at + words[next].size();
    break;
  }
  if (next == std::min(words.size(), kFirstWordTries)) {
    unplaced_bytes_ += size;
    return pos;
  }
  // The next line is looked for past this one's last word found.
  for (++next; next < words.size(); ++next)
    if (size_t at = find(words[next], kNextWordWindow); at != std::string_view::npos)
      cursor_ = at + words[next].size();
  unplaced_bytes_ = 0;
  return pos;
}

}  // namespace jianli::parse
