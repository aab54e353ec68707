// Language selection.
#include <cstdlib>
#include <string_view>

#include "tenken/text.h"

namespace tenken {

const char* lang_code(Lang lang) { return lang == Lang::ja ? "ja" : "en"; }

Lang lang_from_environment() {
  for (const char* var : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
    const char* v = std::getenv(var);
    if (v && *v) return std::string_view(v).substr(0, 2) == "ja" ? Lang::ja : Lang::en;
  }
  return Lang::en;
}

}  // namespace tenken
