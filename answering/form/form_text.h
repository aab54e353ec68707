// Every word the questionnaire page shows besides the checklist's own: headings, buttons, hints,
// validation messages, notices, in Japanese and English. The page carries all of them (it
// switches language without reloading), so they are written into its questionnaire data, and
// form.js looks them up by key. `{name}` in a text is replaced by the page (a number, a file
// name, a date); the rest is shown as it is, as text, never as markup.
#pragma once

#include <span>
#include <string_view>

#include "tenken/text.h"

namespace tenken::answering {

struct FormText {
  std::string_view key;  // what form.js asks for: "err_range"
  std::string_view ja;
  std::string_view en;

  std::string_view in(Lang lang) const { return lang == Lang::ja ? ja : en; }
};

// All texts of the page, sorted by key.
std::span<const FormText> form_texts();

// The text of `key`; empty when there is no such key.
std::string_view form_text(std::string_view key, Lang lang);

}  // namespace tenken::answering
