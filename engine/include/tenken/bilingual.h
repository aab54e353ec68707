// Messages in both languages. Every diagnostic tenken gives about a file is written at its site
// once in English and once in Japanese, with the same replacement fields:
//
//   diags.error(n.origin, bilingual("missing '{}' in {}", "{1}に '{0}' がありません", key, what));
//
// An argument that is itself a LocalizedText (a `what` such as "the answer file" / "回答ファイル",
// a node's description, a did-you-mean) is filled in in the matching language. Both format
// strings are checked at compile time against the arguments, like fmt::format's; Japanese word
// order uses positional fields ({1}, {0}). In the Japanese, a value that begins or ends in an ASCII
// word or quote is set off from the kana and kanji beside it by a half-width space, as Japanese
// technical writing does: 「'backup.taken' には yes か no が必要です」 from "'{}' には{}が必要です";
// digits stay joined (「2025年2月」) and so does punctuation (「、'x'」).
#pragma once

#include <fmt/format.h>

#include <string>
#include <type_traits>

#include "tenken/text.h"

namespace tenken {
namespace bilingual_detail {

template <class T>
struct spoken {
  using type = const T&;
};
template <>
struct spoken<LocalizedText> {
  using type = const std::string&;
};
template <class T>
using spoken_t = typename spoken<std::remove_cvref_t<T>>::type;

template <class T>
const T& in(const T& value, Lang) {
  return value;
}
inline const std::string& in(const LocalizedText& text, Lang lang) { return text.in(lang); }

// fmt::vformat with the spacing above: each replacement field is formatted alone.
std::string format_japanese(fmt::string_view format, fmt::format_args args);

}  // namespace bilingual_detail

template <class... Args>
LocalizedText bilingual(fmt::format_string<bilingual_detail::spoken_t<Args>...> en,
                        fmt::format_string<bilingual_detail::spoken_t<Args>...> ja, const Args&... args) {
  return {bilingual_detail::format_japanese(fmt::string_view(ja), fmt::make_format_args(bilingual_detail::in(args, Lang::ja)...)),
          fmt::format(en, bilingual_detail::in(args, Lang::en)...)};
}

// The same text in both languages: an id, a path, a value quoted from the file.
inline LocalizedText as_is(std::string text) { return {text, text}; }

}  // namespace tenken
