// Diagnostics: collection, ordering, compiler-style rendering and "did you mean".
#include "tenken/diagnostic.h"

#include <fmt/format.h>

#include <algorithm>
#include <tuple>

#include "tenken/utf8.h"

namespace tenken {
namespace {

// Display width of the excerpt up to a code-point column, for placing the caret.
int caret_position(std::string_view line, int column) {
  int width = 0, col = 1;
  for (size_t i = 0; i < line.size() && col < column; ++col) {
    char32_t cp = utf8::decode(line, i);
    width += cp == '\t' ? 1 : utf8::display_width(cp);
  }
  return width;
}

// The excerpt as valid UTF-8 (invalid bytes become U+FFFD), cut to a window of about 100
// columns around the caret column so that a 20,000-character line stays readable.
std::string excerpt_around(std::string_view line, int& column) {
  constexpr int kBefore = 50, kAfter = 50;
  std::vector<std::string_view> chars;  // one entry per code point
  std::string fixed;
  for (size_t i = 0; i < line.size();) {
    size_t start = i;
    char32_t cp = utf8::decode(line, i);
    if (cp == 0xFFFD && !(i - start == 3 && line.substr(start, 3) == "\xEF\xBF\xBD"))
      chars.push_back("\xEF\xBF\xBD");
    else if (cp == '\t')
      chars.push_back(" ");  // a terminal would widen a tab to its next stop, past the caret
    else
      chars.push_back(line.substr(start, i - start));
  }
  int size = static_cast<int>(chars.size());
  int first = std::max(0, std::min(column - 1 - kBefore, size - kBefore - kAfter));
  int last = std::min(size, first + kBefore + kAfter);
  if (first > 0) fixed += "...";
  for (int k = first; k < last; ++k) fixed += chars[k];
  if (last < static_cast<int>(chars.size())) fixed += "...";
  column = column - first + (first > 0 ? 3 : 0);
  return fixed;
}

}  // namespace

void Diagnostics::add(Level level, const Origin& at, std::string message) {
  Diagnostic d;
  d.level = level;
  d.message = std::move(message);
  if (at.known()) {
    d.path = at.path();
    d.where = at.where();
    int column = d.where.column;
    d.excerpt = excerpt_around(at.source->line(d.where.line), column);
    d.caret = caret_position(d.excerpt, column);
  }
  if (level == Level::error) ++errors_;
  items_.push_back(std::move(d));
}

void Diagnostics::file_error(std::string path, std::string message) {
  Diagnostic d;
  d.path = std::move(path);
  d.message = std::move(message);
  ++errors_;
  items_.push_back(std::move(d));
}

std::vector<Diagnostic> Diagnostics::sorted() const {
  std::vector<Diagnostic> out = items_;
  std::stable_sort(out.begin(), out.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::tie(a.path, a.where.line, a.where.column) <
           std::tie(b.path, b.where.line, b.where.column);
  });
  return out;
}

void Diagnostics::append(const Diagnostics& other) {
  for (const auto& d : other.items_) {
    items_.push_back(d);
    if (d.level == Level::error) ++errors_;
  }
}

std::string format_diagnostic(const Diagnostic& d, bool color) {
  const char* bold = color ? "\033[1m" : "";
  const char* red = color ? "\033[1;31m" : "";
  const char* magenta = color ? "\033[1;35m" : "";
  const char* green = color ? "\033[1;32m" : "";
  const char* reset = color ? "\033[0m" : "";
  std::string out;
  if (!d.path.empty()) {
    out += fmt::format("{}{}", bold, d.path);
    if (d.where.line > 0) out += fmt::format(":{}:{}", d.where.line, d.where.column);
    out += fmt::format(":{} ", reset);
  }
  out += d.level == Level::error ? fmt::format("{}error:{} ", red, reset)
                                 : fmt::format("{}warning:{} ", magenta, reset);
  out += d.message;
  out += '\n';
  if (!d.excerpt.empty()) {
    out += fmt::format("  {}\n  {}{}^{}\n", d.excerpt, std::string(d.caret, ' '), green, reset);
  }
  return out;
}

namespace {

size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

}  // namespace

std::string closest_match(std::string_view word, const std::vector<std::string>& candidates) {
  // Like ninja's SpellcheckString: accept up to a third of the word's length in edits.
  size_t limit = std::max<size_t>(2, word.size() / 3);
  // Fewer edits than the word has letters: rewriting all of 'fr' does not make it a typo of 'en'.
  if (limit >= word.size()) limit = word.empty() ? 0 : word.size() - 1;
  size_t best = limit + 1;
  std::string found;
  for (const auto& c : candidates) {
    size_t d = edit_distance(word, c);
    if (d < best || (d == best && c < found)) {
      best = d;
      found = c;
    }
  }
  return best <= limit ? found : std::string();
}

std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates) {
  std::string m = closest_match(word, candidates);
  return m.empty() ? std::string() : fmt::format("; did you mean '{}'?", m);
}

}  // namespace tenken
