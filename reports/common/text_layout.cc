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

// An unbreakable piece of text and what separates it from the piece before.
struct Atom {
  std::string text;
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

std::vector<Atom> split_atoms(std::string_view text) {
  std::vector<Atom> atoms;
  WhitespaceRun run;
  char32_t prev = 0;
  for (size_t i = 0; i < text.size();) {
    size_t start = i;
    char32_t cp = utf8::decode(text, i);
    if (is_space(cp)) {
      run.any = true;
      run.newlines += cp == '\n';
      run.has_space |= cp != '\n' && cp != '\r';
      continue;
    }
    std::string shown = utf8::is_hidden(cp) ? utf8::visible_form(cp) : std::string(text.substr(start, i - start));
    int width = utf8::display_width(shown);
    bool prev_wide = utf8::display_width(prev) == 2, cur_wide = width == 2;
    bool breakable = (prev_wide || cur_wide) &&
                     kNoLineStart.find(cp) == std::u32string_view::npos &&
                     kNoLineEnd.find(prev) == std::u32string_view::npos;
    if (atoms.empty() || run.any || breakable)
      atoms.push_back({"", 0,
                       atoms.empty() ? Gap::none
                       : run.any     ? gap_for(run, prev_wide, cur_wide)
                                     : Gap::none});
    atoms.back().text += shown;
    atoms.back().width += width;
    run = {};
    prev = cp;
  }
  return atoms;
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

}  // namespace tenken::layout
