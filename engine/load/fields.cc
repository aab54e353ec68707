// Field readers for the loaders.
#include "load/fields.h"

#include <fmt/format.h>

#include <algorithm>

#include "core/numbers.h"

namespace tenken::load {

MapReader::MapReader(const yaml::Node& map, LocalizedText what, Diagnostics& diags,
                     std::vector<std::string> allowed)
    : map_(map), what_(std::move(what)), diags_(diags), allowed_(std::move(allowed)) {}

const yaml::Node* MapReader::optional(std::string_view key) {
  read_.emplace_back(key);
  const yaml::Node* n = map_.get(key);
  return n && n->kind == yaml::Kind::null ? nullptr : n;
}

const yaml::Node* MapReader::required(std::string_view key) {
  const yaml::Node* n = optional(key);
  if (!n) diags_.error(map_.origin, bilingual("missing '{}' in {}", "{1}に '{0}' がありません", key, what_));
  return n;
}

std::string MapReader::string(std::string_view key, bool is_required) {
  const yaml::Node* n = is_required ? required(key) : optional(key);
  if (!n || !expect_scalar(*n, key_named(key), diags_)) return {};
  return n->value;
}

LocalizedText MapReader::text(std::string_view key, bool is_required) {
  const yaml::Node* n = is_required ? required(key) : optional(key);
  if (!n) return {};
  return read_text(*n, key_named(key), diags_);
}

std::vector<std::string> MapReader::strings(std::string_view key) {
  std::vector<std::string> out;
  const yaml::Node* n = optional(key);
  if (!n || !expect_list(*n, key_named(key), diags_)) return out;
  LocalizedText item_of = bilingual("an item of '{}'", "'{}' の項目", key);
  for (const yaml::Node* item : n->items)
    if (expect_scalar(*item, item_of, diags_)) out.push_back(item->value);
  return out;
}

Expression MapReader::expression(std::string_view key) {
  const yaml::Node* n = optional(key);
  if (!n || !expect_scalar(*n, bilingual("'{}' (a condition)", "'{}'（条件式）", key), diags_)) return {};
  return Expression{n->value, n->origin};
}

std::optional<double> MapReader::number(std::string_view key) {
  const yaml::Node* n = optional(key);
  if (!n) return std::nullopt;
  std::optional<double> v = n->is_scalar() && !n->quoted ? numbers::parse_number(n->value) : std::nullopt;
  if (!v)
    diags_.error(n->origin, bilingual("expected a number for '{}', found {}", "'{}' には数値が必要ですが、{}が書かれています",
                                      key, n->describe()));
  return v;
}

bool MapReader::flag(std::string_view key) {
  const yaml::Node* n = optional(key);
  if (!n) return false;
  if (n->is_scalar() && !n->quoted && (n->value == "yes" || n->value == "true")) return true;
  if (n->is_scalar() && !n->quoted && (n->value == "no" || n->value == "false")) return false;
  diags_.error(n->origin, bilingual("expected yes or no for '{}', found {}",
                                    "'{}' には yes か no が必要ですが、{}が書かれています", key, n->describe()));
  return false;
}

void MapReader::finish() {
  for (auto& [k, v] : map_.entries) {
    if (!k->is_scalar()) continue;  // reported by the YAML reader
    if (std::find(read_.begin(), read_.end(), k->value) != read_.end()) continue;
    diags_.error(k->origin, bilingual("unknown key '{}' in {}{}", "{1}に不明なキー '{0}' があります{2}", k->value,
                                      what_, did_you_mean(k->value, allowed_)));
  }
}

bool expect_map(const yaml::Node& n, const LocalizedText& what, Diagnostics& diags) {
  if (n.is_map()) return true;
  diags.error(n.origin, bilingual("expected a mapping for {}, found {}",
                                  "{}にはマッピング（key: value の組）が必要ですが、{}が書かれています", what,
                                  n.describe()));
  return false;
}

bool expect_list(const yaml::Node& n, const LocalizedText& what, Diagnostics& diags) {
  if (n.is_seq()) return true;
  diags.error(n.origin, bilingual("expected a list for {}, found {}", "{}にはリストが必要ですが、{}が書かれています",
                                  what, n.describe()));
  return false;
}

bool expect_scalar(const yaml::Node& n, const LocalizedText& what, Diagnostics& diags) {
  if (n.is_scalar()) return true;
  diags.error(n.origin, bilingual("expected a single value for {}, found {}",
                                  "{}には値を一つだけ書いてください。書かれているのは{}です", what, n.describe()));
  return false;
}

LocalizedText key_named(std::string_view key) { return as_is(fmt::format("'{}'", key)); }

LocalizedText read_text(const yaml::Node& n, const LocalizedText& what, Diagnostics& diags) {
  if (!n.is_map()) {
    diags.error(n.origin, bilingual("expected {{ja: ..., en: ...}} for {}, found {}",
                                    "{}には {{ja: ..., en: ...}} が必要ですが、{}が書かれています", what,
                                    n.describe()));
    return {};
  }
  MapReader r(n, what, diags, {"ja", "en"});
  LocalizedText t = read_text_entries(r, n, what, diags);
  r.finish();
  return t;
}

LocalizedText read_text_entries(MapReader& r, const yaml::Node& n, const LocalizedText& what,
                                Diagnostics& diags) {
  LocalizedText t;
  for (auto [lang, out] : {std::pair{"ja", &t.ja}, std::pair{"en", &t.en}}) {
    const yaml::Node* v = r.optional(lang);
    LocalizedText language = lang == std::string_view("ja") ? LocalizedText{"日本語 (ja)", "Japanese (ja)"}
                                                            : LocalizedText{"英語 (en)", "English (en)"};
    LocalizedText text_of = bilingual("the {} text of {}", "{1}の {0} の文", lang, what);
    if (!v) {
      diags.error(n.origin, bilingual("missing the {} text of {}", "{1}に{0}の文がありません", language, what));
    } else if (expect_scalar(*v, text_of, diags)) {
      *out = v->value;
      while (!out->empty() && out->back() == '\n') out->pop_back();  // block scalars end in \n
      if (out->empty()) diags.error(v->origin, bilingual("{} is empty", "{}が空です", text_of));
    }
  }
  return t;
}

namespace {

bool lower(char c) { return c >= 'a' && c <= 'z'; }
bool digit(char c) { return c >= '0' && c <= '9'; }

// A run of [first][rest]* words joined by `joiner` (0: one word only); at least `min_words` words.
bool word_chain(std::string_view id, bool (*first)(char), bool (*rest)(char), char joiner, int min_words) {
  int words = 0;
  size_t i = 0;
  while (i < id.size()) {
    if (!first(id[i])) return false;
    for (++i; i < id.size() && !(joiner && id[i] == joiner); ++i)
      if (!rest(id[i])) return false;
    ++words;
    if (i < id.size() && ++i == id.size()) return false;  // a joiner at the end
  }
  return words >= min_words;
}

bool letter(char c) { return lower(c); }
bool alnum(char c) { return lower(c) || digit(c); }
bool alnum_(char c) { return alnum(c) || c == '_'; }
bool alnum_dash(char c) { return alnum(c) || c == '-'; }

}  // namespace

bool check_id(const yaml::Node& n, std::string_view id, IdKind kind, Diagnostics& diags) {
  bool ok = false;
  LocalizedText shape;
  switch (kind) {
    case IdKind::question:
      ok = word_chain(id, letter, alnum_, '.', 2);
      shape = {"質問 id（小文字の語をドットでつなぎ、セクションから始める。例: backup.offline_copy）",
               "a question id: lower-case words joined by dots, starting with the section (backup.offline_copy)"};
      break;
    case IdKind::section:
    case IdKind::category:
      ok = word_chain(id, letter, alnum_, 0, 1);
      shape = {"小文字・数字・'_' の一語（例: backup）", "a lower-case word with digits and '_' (backup)"};
      break;
    case IdKind::choice:
      ok = word_chain(id, alnum, alnum_, 0, 1);
      shape = {"選択肢 id（小文字・数字・'_'。例: same_server）",
               "a choice id: lower-case letters, digits and '_' (same_server)"};
      break;
    case IdKind::rule:
    case IdKind::case_id:
      ok = word_chain(id, alnum, alnum_dash, 0, 1);
      shape = {"小文字・数字・'-' の id（例: backup-offline-copy）",
               "lower-case letters, digits and '-' (backup-offline-copy)"};
      break;
    case IdKind::action:
      ok = word_chain(id, alnum, alnum_dash, 0, 1);
      shape = {"対策 id（小文字・数字・'-'。例: isolate-backups）",
               "an action id: lower-case letters, digits and '-' (isolate-backups)"};
      break;
  }
  if (ok) return true;
  diags.error(n.origin, bilingual("expected {}, found '{}'", "{}が必要ですが、'{}' が書かれています", shape, id));
  return false;
}

}  // namespace tenken::load
