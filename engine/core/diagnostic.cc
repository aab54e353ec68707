// Diagnostics: collection, ordering, compiler-style rendering and "did you mean".
#include "tenken/diagnostic.h"

#include <fmt/format.h>

#include <algorithm>
#include <tuple>

#include "tenken/utf8.h"

namespace tenken {
namespace {

constexpr int kExcerptBefore = 50, kExcerptAfter = 50;  // code points either side of the caret
constexpr size_t kLongestWord = 200;                    // code points a message shows of one word
constexpr size_t kWordShown = 80;

// The excerpt of a line around byte `at`: at most 50 code points either side, each hidden
// character shown visibly (a tab as a space, since a terminal would widen it past the caret), and
// "..." where the line was cut. Only the window is decoded, so a diagnostic costs the same on a
// 20-character line and on an 8 MB one. Sets `caret` to the display column of `at`.
std::string excerpt_around(std::string_view line, size_t at, int& caret) {
  at = std::min(at, line.size());
  size_t begin = at, end = at;
  int before = 0, after = 0;  // code points in the window before `at`, and from `at` on
  auto back = [&] { do --begin; while (begin > 0 && utf8::is_continuation(line[begin])); ++before; };
  auto forward = [&] { do ++end; while (end < line.size() && utf8::is_continuation(line[end])); ++after; };
  while (before < kExcerptBefore && begin > 0) back();
  while (before + after < kExcerptBefore + kExcerptAfter && end < line.size()) forward();
  while (before + after < kExcerptBefore + kExcerptAfter && begin > 0) back();  // near the line's end
  auto shown = [&](size_t from, size_t to) {
    std::string text = utf8::make_visible(line.substr(from, to - from), U"\t");
    std::replace(text.begin(), text.end(), '\t', ' ');
    return text;
  };
  std::string head = (begin > 0 ? "..." : "") + shown(begin, at);
  caret = utf8::display_width(head);
  return head + shown(at, end) + (end < line.size() ? "..." : "");
}

// A word of a message shortened when over 200 code points: its first 80 and its length, any
// quotes around it kept ("'99999...' (100000 characters),"). Recursion: at most once.
std::string shortened(std::string_view word) {
  if (utf8::length(word) <= kLongestWord) return std::string(word);
  // Japanese runs a quoted value on from the text before it (「…が、'99999…'」): keep that text.
  size_t quote = word.find_first_of("'\"");
  if (quote != 0 && quote != std::string_view::npos && utf8::length(word.substr(0, quote)) <= kWordShown)
    return std::string(word.substr(0, quote)) + shortened(word.substr(quote));
  size_t open = !word.empty() && (word[0] == '\'' || word[0] == '"') ? 1 : 0;
  size_t close = open ? word.rfind(word[0]) : std::string_view::npos;
  if (close == 0) close = std::string_view::npos;
  std::string_view inner = word.substr(open, close == std::string_view::npos ? std::string_view::npos : close - open);
  size_t cut = 0;
  for (size_t chars = 0; cut < inner.size(); ++cut)
    if (!utf8::is_continuation(inner[cut]) && chars++ == kWordShown) break;
  std::string_view rest = close == std::string_view::npos ? "" : word.substr(close);
  return fmt::format("{}{}...{} ({} characters)", word.substr(0, open), inner.substr(0, cut),
                     rest.substr(0, std::min<size_t>(rest.size(), 1)), utf8::length(inner)) +
         std::string(rest.size() > 1 ? rest.substr(1) : "");
}

// The message with hidden characters shown visibly and every word (a run without spaces) over
// 200 code points shortened: a 10,000-digit number or a 200,000-character id is named, not
// echoed whole.
std::string readable(std::string_view message) {
  std::string text = utf8::make_visible(message);
  std::string out;
  size_t word = 0;
  for (size_t i = 0; i <= text.size(); ++i) {
    if (i < text.size() && text[i] != ' ') continue;
    out += shortened(std::string_view(text).substr(word, i - word));
    if (i < text.size()) out += ' ';
    word = i + 1;
  }
  return out;
}

LocalizedText readable(const LocalizedText& message) {
  return {readable(message.ja), readable(message.en)};
}

}  // namespace

void Diagnostics::add(Level level, const Origin& at, const LocalizedText& message) {
  if (!keep(level)) return;
  Diagnostic d;
  d.level = level;
  d.message = readable(message);
  if (at.known()) {
    d.path = utf8::make_visible(at.path());
    d.where = at.where();
    std::string_view line = at.source->line(d.where.line);
    size_t line_start = at.source->offset_of({d.where.line, 1});
    d.excerpt = excerpt_around(line, at.offset - line_start, d.caret);
  }
  items_.push_back(std::move(d));
}

void Diagnostics::file_error(std::string path, const LocalizedText& message) {
  if (!keep(Level::error)) return;
  Diagnostic d;
  d.path = utf8::make_visible(path);
  d.message = readable(message);
  items_.push_back(std::move(d));
}

bool Diagnostics::keep(Level level) {
  if (level == Level::error) ++errors_;
  if (items_.size() < kMaxDiagnosticsKept) return true;
  ++not_kept_;
  return false;
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
  int kept_errors = 0;  // keep() counts these; the other's errors it did not keep are added below
  for (const auto& d : other.items_) {
    kept_errors += d.level == Level::error;
    if (keep(d.level)) items_.push_back(d);
  }
  errors_ += other.errors_ - kept_errors;
  not_kept_ += other.not_kept_;
}

std::string Diagnostics::not_shown_note(Lang lang) const {
  if (not_kept_ == 0) return {};
  if (lang == Lang::ja)
    return fmt::format("注: ほかに {} 件の問題があります。tenken は最初の {} 件だけを示します\n", not_kept_,
                       kMaxDiagnosticsKept);
  return fmt::format("note: {} more problem{} not shown; tenken shows the first {}\n", not_kept_,
                     not_kept_ == 1 ? " is" : "s are", kMaxDiagnosticsKept);
}

std::string format_diagnostic(const Diagnostic& d, bool color, Lang lang) {
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
  bool ja = lang == Lang::ja;
  out += d.level == Level::error ? fmt::format("{}{}{} ", red, ja ? "エラー:" : "error:", reset)
                                 : fmt::format("{}{}{} ", magenta, ja ? "警告:" : "warning:", reset);
  out += d.message.in(lang);
  out += '\n';
  if (!d.excerpt.empty()) {
    out += fmt::format("  {}\n  {}{}^{}\n", d.excerpt, std::string(d.caret, ' '), green, reset);
  }
  return out;
}

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

LocalizedText did_you_mean(std::string_view word, const std::vector<std::string>& candidates) {
  std::string m = closest_match(word, candidates);
  if (m.empty()) return {};
  return bilingual("; did you mean '{}'?", "。もしかして '{}' ですか？", m);
}

}  // namespace tenken
