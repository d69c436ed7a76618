#include "parse/liquid.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <string_view>
#include <vector>

namespace jianli::parse {
namespace {

constexpr std::string_view kBlanks = " \t\n";

std::string_view trim(std::string_view s) {
  size_t begin = s.find_first_not_of(kBlanks);
  if (begin == std::string_view::npos) return {};
  return s.substr(begin, s.find_last_not_of(kBlanks) - begin + 1);
}

// The inside of a tag without Liquid's whitespace-control dashes (`{{- x -}}`); the
// white space they would eat is kept, since it may hold line breaks.
std::string_view tag_body(std::string_view inside) {
  inside = trim(inside);
  if (inside.starts_with('-')) inside.remove_prefix(1);
  if (inside.ends_with('-')) inside.remove_suffix(1);
  return trim(inside);
}

std::string_view first_word(std::string_view s) {
  size_t end = s.find_first_of(kBlanks);
  return s.substr(0, end);
}

// The line breaks in `s`, so that what replaces it keeps the lines after it in place.
std::string line_breaks_of(std::string_view s) {
  return std::string(std::count(s.begin(), s.end(), '\n'), '\n');
}

// A value set in a line: its own line breaks become spaces, for the same reason.
std::string on_one_line(std::string value) {
  std::replace(value.begin(), value.end(), '\n', ' ');
  return value;
}

// Splits `a | b: "x|y"` at the bars outside quotes.
std::vector<std::string_view> split_filters(std::string_view expression) {
  std::vector<std::string_view> parts;
  char quote = 0;
  size_t start = 0;
  for (size_t i = 0; i < expression.size(); ++i) {
    char c = expression[i];
    if (quote) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '|') {
      parts.push_back(trim(expression.substr(start, i - start)));
      start = i + 1;
    }
  }
  parts.push_back(trim(expression.substr(start)));
  return parts;
}

bool is_quoted(std::string_view s) {
  return s.size() >= 2 && (s.front() == '"' || s.front() == '\'') && s.back() == s.front();
}

struct TagSpan {
  size_t begin = 0, end = 0;  // `{%` … one past `%}`
};

class Expander {
 public:
  Expander(const SourceText& source, const LiquidVariables& variables, const std::string& path,
           model::Diagnostics& diagnostics)
      : text_(source.text()),
        source_(source),
        variables_(variables),
        path_(path),
        diagnostics_(diagnostics) {}

  std::string run(size_t begin) {
    std::string out(text_.substr(0, begin));
    size_t pos = begin;
    while (pos < text_.size()) {
      size_t open = next_open(pos);
      out.append(text_.substr(pos, open - pos));
      if (open == text_.size()) break;
      pos = text_[open + 1] == '{' ? output_tag(open, out) : logic_tag(open, out);
    }
    return out;
  }

 private:
  // The next `{{` or `{%` at or after `pos`, else the end of the text.
  size_t next_open(size_t pos) const {
    for (size_t at = text_.find('{', pos); at != std::string_view::npos;
         at = text_.find('{', at + 1)) {
      if (at + 1 < text_.size() && (text_[at + 1] == '{' || text_[at + 1] == '%')) return at;
    }
    return text_.size();
  }

  // `close` after `from`; once a search has failed, every later one would too, so the
  // scan is not repeated for each of many unclosed tags.
  size_t find_close(size_t from, std::string_view close, size_t& unclosed_from) const {
    if (from >= unclosed_from) return std::string_view::npos;
    size_t at = text_.find(close, from);
    if (at == std::string_view::npos) unclosed_from = std::min(unclosed_from, from);
    return at;
  }

  void warn(size_t offset, std::string message) {
    model::SourcePos pos = source_.position_at(offset);
    diagnostics_.add(
        {.file = path_, .line = pos.line, .column = pos.column, .message = std::move(message)});
  }

  // The tag at `open` up to its `closer`; an unclosed one is kept as typed, with a warning.
  std::optional<std::string_view> whole_tag(size_t open, std::string_view closer,
                                            size_t& unclosed_from) {
    size_t close = find_close(open + 2, closer, unclosed_from);
    if (close != std::string_view::npos) return text_.substr(open, close + 2 - open);
    std::string opener(text_.substr(open, 2));
    warn(open, "'" + opener + "' is never closed with '" + std::string(closer) +
                   "'; it is kept as typed");
    return std::nullopt;
  }

  // `{{ … }}` at `open`: its value goes out; returns where reading goes on.
  size_t output_tag(size_t open, std::string& out) {
    std::optional<std::string_view> tag = whole_tag(open, "}}", output_unclosed_);
    if (!tag) {
      out += "{{";
      return open + 2;
    }
    out += on_one_line(evaluate(tag_body(tag->substr(2, tag->size() - 4)), open));
    out += line_breaks_of(*tag);
    return open + tag->size();
  }

  // `{% … %}` at `open`; returns where reading goes on.
  size_t logic_tag(size_t open, std::string& out) {
    std::optional<std::string_view> whole = whole_tag(open, "%}", logic_unclosed_);
    if (!whole) {
      out += "{%";
      return open + 2;
    }
    std::string_view tag = *whole;
    const size_t close = open + tag.size() - 2;
    std::string_view name = first_word(tag_body(tag.substr(2, tag.size() - 4)));
    if (name == "raw" || name == "comment") {
      const std::string end_name = "end" + std::string(name);
      std::optional<TagSpan> end = find_tag(close + 2, end_name);
      size_t inner_end = end ? end->begin : text_.size();
      std::string_view inner = text_.substr(close + 2, inner_end - (close + 2));
      out += line_breaks_of(tag);
      out += name == "raw" ? std::string(inner) : line_breaks_of(inner);
      if (!end) {
        warn(open, "'{% " + std::string(name) + " %}' has no '{% " + end_name +
                       " %}'; it runs to the end of the file");
        return text_.size();
      }
      out += line_breaks_of(text_.substr(end->begin, end->end - end->begin));
      return end->end;
    }
    // Block tags come in pairs; the end of one was warned about at its start.
    if (!name.starts_with("end"))
      warn(open, "the Liquid tag '{% " + std::string(name) +
                     " %}' is not supported; it is left out (what it encloses is kept)");
    out += line_breaks_of(tag);
    return close + 2;
  }

  // The next `{% NAME %}` at or after `from`. A `%}` serves every `{%` before it, so it
  // is searched for again only once passed: the scan stays linear in the text.
  std::optional<TagSpan> find_tag(size_t from, std::string_view name) {
    size_t close = 0;
    for (size_t open = text_.find("{%", from); open != std::string_view::npos;
         open = text_.find("{%", open + 2)) {
      if (close < open + 2) close = text_.find("%}", open + 2);
      if (close == std::string_view::npos) return std::nullopt;
      if (tag_body(text_.substr(open + 2, close - open - 2)) == name)
        return TagSpan{open, close + 2};
    }
    return std::nullopt;
  }

  std::optional<std::string> lookup(std::string_view name) const {
    auto find = [&](std::string_view key) -> std::optional<std::string> {
      auto at = variables_.find(std::string(key));
      if (at == variables_.end()) return std::nullopt;
      return at->second;
    };
    // Jekyll's page.* is the page's front matter; site.* is _config.yml, which a
    // single file does not have, so the front matter stands in for it too.
    if (name.starts_with("page.")) return find(name.substr(5));
    if (name.starts_with("site.")) {
      if (auto value = find(name)) return value;
      return find(name.substr(5));
    }
    return find(name);
  }

  // A literal or a variable; nullopt when the variable is not defined.
  std::optional<std::string> operand(std::string_view term) const {
    if (is_quoted(term)) return std::string(term.substr(1, term.size() - 2));
    if (!term.empty() &&
        (std::isdigit(static_cast<unsigned char>(term.front())) || term.front() == '-'))
      return std::string(term);
    return lookup(term);
  }

  std::string evaluate(std::string_view expression, size_t at) {
    std::vector<std::string_view> parts = split_filters(expression);
    std::string_view subject = parts.front();
    std::optional<std::string> value = operand(subject);
    bool defaulted = false;
    for (size_t i = 1; i < parts.size(); ++i) {
      std::string_view filter = parts[i];
      size_t colon = filter.find(':');
      std::string_view name = trim(filter.substr(0, colon));
      std::string_view argument =
          colon == std::string_view::npos ? std::string_view{} : trim(filter.substr(colon + 1));
      if (name == "default") {
        defaulted = true;
        if (!value || value->empty()) value = operand(argument).value_or("");
      } else if (value && (name == "upcase" || name == "downcase")) {
        for (char& c : *value)
          c = static_cast<char>(name == "upcase" ? std::toupper(static_cast<unsigned char>(c))
                                                 : std::tolower(static_cast<unsigned char>(c)));
      } else if (value && name == "strip") {
        *value = std::string(trim(*value));
      } else if (name != "upcase" && name != "downcase" && name != "strip") {
        warn(at, "the Liquid filter '" + std::string(name) +
                     "' is not supported; the value is shown unfiltered");
      }
    }
    if (!value && !defaulted && !subject.empty()) {
      std::string message = "'" + std::string(subject) +
                            "' is not defined: the front matter has no such key; it is left out";
      if (subject.starts_with("site."))
        message += " (jianli reads no _config.yml: give '" + std::string(subject.substr(5)) +
                   "' in the front matter)";
      warn(at, message);
    }
    return value.value_or("");
  }

  std::string_view text_;
  const SourceText& source_;
  const LiquidVariables& variables_;
  const std::string& path_;
  model::Diagnostics& diagnostics_;
  size_t output_unclosed_ = std::string_view::npos;
  size_t logic_unclosed_ = std::string_view::npos;
};

}  // namespace

SourceText expand_liquid(const SourceText& source, size_t body_offset,
                         const LiquidVariables& variables, const std::string& path,
                         model::Diagnostics& diagnostics) {
  return SourceText(Expander(source, variables, path, diagnostics).run(body_offset));
}

}  // namespace jianli::parse
