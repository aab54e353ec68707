// A report family's own words (aggregate, compare): one entry per value of an enum, in English and
// Japanese, listed in the enum's order, which the compiler checks.
#pragma once

#include <cstddef>

#include "tenken/text.h"

namespace tenken {

template <typename Word>
struct WordEntry {
  Word id;
  const char* en;
  const char* ja;
};

// True when `words` lists every Word (up to Word::count_) once, in the enum's order: then a
// word's entry is found by its value.
template <typename Word, size_t N>
constexpr bool lists_every_word_in_order(const WordEntry<Word> (&words)[N]) {
  for (size_t i = 0; i < N; ++i)
    if (static_cast<size_t>(words[i].id) != i) return false;
  return N == static_cast<size_t>(Word::count_);
}

template <typename Word, size_t N>
const char* word_in(const WordEntry<Word> (&words)[N], Word w, Lang lang) {
  const WordEntry<Word>& e = words[static_cast<size_t>(w)];
  return lang == Lang::ja ? e.ja : e.en;
}

}  // namespace tenken
