// Text a person reads. Every such text exists in Japanese and English; the loader rejects
// content where either is missing.
#pragma once

#include <string>

namespace tenken {

enum class Lang { ja, en };

struct LocalizedText {
  std::string ja;
  std::string en;

  const std::string& in(Lang lang) const { return lang == Lang::ja ? ja : en; }
  bool empty() const { return ja.empty() && en.empty(); }
};

// "ja" or "en".
const char* lang_code(Lang lang);
// The language of the user's locale (LC_ALL, LC_MESSAGES, LANG): ja for ja_*, else en.
Lang lang_from_environment();

}  // namespace tenken
