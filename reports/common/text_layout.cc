// Terminal text layout: UTF-8 display width and paragraph wrapping (see text_layout.h).
// Widths come from the engine's tenken/utf8.h, so carets in diagnostics and columns in reports
// agree on what is wide.
#include "tenken/reports/text_layout.h"

#include "tenken/utf8.h"

#include <algorithm>
#include <string_view>

namespace tenken::layout {
namespace {

// Kinsoku: characters a line must not start with, and characters it must not end with.
constexpr std::u32string_view kNoLineStart =
    U"、。，．・：；？！ー）」』】〕〉》ゝゞ々ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ）］｝…),"
    U".:;!?]}%";
constexpr std::u32string_view kNoLineEnd = U"（「『【〔〈《［｛([{";

bool is_space(char32_t cp) { return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r'; }

enum class Gap { none, space, paragraph };

// An unbreakable piece of text (a view into the text being wrapped) and what separates it from
// the piece before.
struct Atom {
  std::string_view text;
  int width = 0;
  Gap gap = Gap::none;
};

struct WhitespaceRun {
  bool any = false;
  bool has_space = false;  // anything other than line breaks
  int newlines = 0;
};

Gap gap_for(const WhitespaceRun& run, bool prev_wide, bool cur_wide) {
  if (run.newlines >= 2) return Gap::paragraph;
  if (!run.has_space && prev_wide && cur_wide) return Gap::none;  // a line break inside Japanese
  return Gap::space;
}

// Every kinsoku character is ASCII punctuation, in U+2000–U+30FF or a full-width form (U+FF00–):
// kanji, the bulk of Japanese text, are told apart without searching the lists.
bool in_kinsoku_list(std::u32string_view list, char32_t cp) {
  bool may_be_listed = (cp > 0x20 && cp < 0x80) || (cp >= 0x2000 && cp <= 0x30FF) || cp >= 0xFF00;
  return may_be_listed && list.find(cp) != std::u32string_view::npos;
}

bool may_break_between(char32_t prev, char32_t cp) {
  return !in_kinsoku_list(kNoLineStart, cp) && !in_kinsoku_list(kNoLineEnd, prev);
}

// `text` holds no hidden character but white space (wrap() makes them visible first).
std::vector<Atom> split_atoms(std::string_view text) {
  std::vector<Atom> atoms;
  WhitespaceRun run;
  char32_t prev = 0;
  bool prev_wide = false;
  for (size_t i = 0; i < text.size();) {
    size_t start = i;
    auto byte = static_cast<unsigned char>(text[i]);
    char32_t cp = byte < 0x80 ? text[i++] : utf8::decode(text, i);  // ASCII, most of an English text
    if (is_space(cp)) {
      run.any = true;
      run.newlines += cp == '\n';
      run.has_space |= cp != '\n' && cp != '\r';
      continue;
    }
    int width = byte < 0x80 ? 1 : utf8::display_width(cp);
    bool cur_wide = width == 2;
    bool breakable = (prev_wide || cur_wide) && may_break_between(prev, cp);
    if (atoms.empty() || run.any || breakable) {
      Gap gap = atoms.empty() ? Gap::none : run.any ? gap_for(run, prev_wide, cur_wide) : Gap::none;
      atoms.push_back({text.substr(start, 0), 0, gap});
    }
    Atom& atom = atoms.back();
    atom.text = std::string_view(atom.text.data(), text.data() + i - atom.text.data());
    atom.width += width;
    run = {};
    prev = cp;
    prev_wide = cur_wide;
  }
  return atoms;
}

bool has_hidden(std::string_view text) {
  for (size_t i = 0; i < text.size();) {
    auto c = static_cast<unsigned char>(text[i]);
    if (c >= 0x20 && c < 0x7F) {
      ++i;
      continue;
    }
    char32_t cp = utf8::decode(text, i);
    if (!is_space(cp) && utf8::is_hidden(cp)) return true;
  }
  return false;
}

}  // namespace

int display_width(std::string_view text) {
  return utf8::display_width(text);
}

std::string pad_right(std::string_view text, int width) {
  std::string out(text);
  out.append(static_cast<size_t>(std::max(0, width - display_width(text))), ' ');
  return out;
}

std::string pad_left(std::string_view text, int width) {
  std::string out(static_cast<size_t>(std::max(0, width - display_width(text))), ' ');
  out.append(text);
  return out;
}

std::string printable(std::string_view text) { return utf8::make_visible(text); }

std::vector<std::string> wrap(std::string_view text, int first_width, int rest_width) {
  if (has_hidden(text)) return wrap(utf8::make_visible(text, U" \t\n\r"), first_width, rest_width);
  std::vector<std::string> lines;
  std::string line;
  int used = 0, limit = first_width;
  auto flush = [&] {
    lines.push_back(std::move(line));
    line.clear();
    used = 0;
    limit = rest_width;
  };
  for (const Atom& atom : split_atoms(text)) {
    if (atom.gap == Gap::paragraph && !line.empty()) flush();
    int sep = atom.gap == Gap::space && !line.empty() ? 1 : 0;
    if (!line.empty() && used + sep + atom.width > limit) {
      flush();
      sep = 0;
    }
    if (sep) line += ' ';
    line += atom.text;
    used += sep + atom.width;
  }
  if (!line.empty()) flush();
  return lines;
}

std::string clip(std::string_view text, int width, bool keep_end) {
  std::string shown = printable(text);
  if (display_width(shown) <= width) return shown;
  std::vector<std::string_view> chars;
  for (size_t i = 0; i < shown.size();) {
    size_t start = i;
    utf8::decode(shown, i);
    chars.emplace_back(shown.data() + start, i - start);
  }
  if (keep_end) std::reverse(chars.begin(), chars.end());
  std::vector<std::string_view> kept;
  int used = 0;
  for (std::string_view c : chars) {
    used += display_width(c);
    if (used > width - 1) break;
    kept.push_back(c);
  }
  if (keep_end) std::reverse(kept.begin(), kept.end());
  std::string out = keep_end ? "…" : "";
  for (std::string_view c : kept) out += c;
  return keep_end ? out : out + "…";
}

}  // namespace tenken::layout
