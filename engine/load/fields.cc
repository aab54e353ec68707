// Field readers for the loaders.
#include "load/fields.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cmath>

namespace tenken::load {

MapReader::MapReader(const yaml::Node& map, std::string what, Diagnostics& diags,
                     std::vector<std::string> allowed)
    : map_(map), what_(std::move(what)), diags_(diags), allowed_(std::move(allowed)) {}

const yaml::Node* MapReader::optional(std::string_view key) {
  read_.emplace_back(key);
  const yaml::Node* n = map_.get(key);
  return n && n->kind == yaml::Kind::null ? nullptr : n;
}

const yaml::Node* MapReader::required(std::string_view key) {
  const yaml::Node* n = optional(key);
  if (!n) diags_.error(map_.origin, fmt::format("missing '{}' in {}", key, what_));
  return n;
}

std::string MapReader::string(std::string_view key, bool is_required) {
  const yaml::Node* n = is_required ? required(key) : optional(key);
  if (!n || !expect_scalar(*n, fmt::format("'{}'", key), diags_)) return {};
  return n->value;
}

LocalizedText MapReader::text(std::string_view key, bool is_required) {
  const yaml::Node* n = is_required ? required(key) : optional(key);
  if (!n) return {};
  return read_text(*n, fmt::format("'{}'", key), diags_);
}

std::vector<std::string> MapReader::strings(std::string_view key) {
  std::vector<std::string> out;
  const yaml::Node* n = optional(key);
  if (!n || !expect_list(*n, fmt::format("'{}'", key), diags_)) return out;
  for (const yaml::Node* item : n->items)
    if (expect_scalar(*item, fmt::format("an item of '{}'", key), diags_)) out.push_back(item->value);
  return out;
}

Expression MapReader::expression(std::string_view key) {
  const yaml::Node* n = optional(key);
  if (!n || !expect_scalar(*n, fmt::format("'{}' (a condition)", key), diags_)) return {};
  return Expression{n->value, n->origin};
}

std::optional<double> MapReader::number(std::string_view key) {
  const yaml::Node* n = optional(key);
  if (!n) return std::nullopt;
  std::optional<double> v = n->is_scalar() && !n->quoted ? parse_number(n->value) : std::nullopt;
  if (!v) diags_.error(n->origin, fmt::format("expected a number for '{}', found {}", key, n->describe()));
  return v;
}

bool MapReader::flag(std::string_view key) {
  const yaml::Node* n = optional(key);
  if (!n) return false;
  if (n->is_scalar() && !n->quoted && (n->value == "yes" || n->value == "true")) return true;
  if (n->is_scalar() && !n->quoted && (n->value == "no" || n->value == "false")) return false;
  diags_.error(n->origin, fmt::format("expected yes or no for '{}', found {}", key, n->describe()));
  return false;
}

void MapReader::finish() {
  for (auto& [k, v] : map_.entries) {
    if (!k->is_scalar()) continue;  // reported by the YAML reader
    if (std::find(read_.begin(), read_.end(), k->value) != read_.end()) continue;
    diags_.error(k->origin, fmt::format("unknown key '{}' in {}{}", k->value, what_,
                                        did_you_mean(k->value, allowed_)));
  }
}

bool expect_map(const yaml::Node& n, std::string_view what, Diagnostics& diags) {
  if (n.is_map()) return true;
  diags.error(n.origin, fmt::format("expected a mapping for {}, found {}", what, n.describe()));
  return false;
}

bool expect_list(const yaml::Node& n, std::string_view what, Diagnostics& diags) {
  if (n.is_seq()) return true;
  diags.error(n.origin, fmt::format("expected a list for {}, found {}", what, n.describe()));
  return false;
}

bool expect_scalar(const yaml::Node& n, std::string_view what, Diagnostics& diags) {
  if (n.is_scalar()) return true;
  diags.error(n.origin, fmt::format("expected a single value for {}, found {}", what, n.describe()));
  return false;
}

LocalizedText read_text(const yaml::Node& n, std::string_view what, Diagnostics& diags) {
  LocalizedText t;
  if (!n.is_map()) {
    diags.error(n.origin, fmt::format("expected {{ja: ..., en: ...}} for {}, found {}", what,
                                      n.describe()));
    return t;
  }
  MapReader r(n, fmt::format("{}", what), diags, {"ja", "en"});
  for (auto [lang, out] : {std::pair{"ja", &t.ja}, std::pair{"en", &t.en}}) {
    const yaml::Node* v = r.optional(lang);
    if (!v) {
      diags.error(n.origin, fmt::format("missing the {} text of {}", lang == std::string_view("ja")
                                                                        ? "Japanese (ja)"
                                                                        : "English (en)", what));
    } else if (expect_scalar(*v, fmt::format("the {} text of {}", lang, what), diags)) {
      *out = v->value;
      while (!out->empty() && out->back() == '\n') out->pop_back();  // block scalars end in \n
      if (out->empty()) diags.error(v->origin, fmt::format("the {} text of {} is empty", lang, what));
    }
  }
  r.finish();
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
  const char* shape = "";
  switch (kind) {
    case IdKind::question:
      ok = word_chain(id, letter, alnum_, '.', 2);
      shape = "a question id: lower-case words joined by dots, starting with the section "
              "(backup.offline_copy)";
      break;
    case IdKind::section:
    case IdKind::category:
      ok = word_chain(id, letter, alnum_, 0, 1);
      shape = "a lower-case word with digits and '_' (backup)";
      break;
    case IdKind::choice:
      ok = word_chain(id, alnum, alnum_, 0, 1);
      shape = "a choice id: lower-case letters, digits and '_' (same_server)";
      break;
    case IdKind::rule:
    case IdKind::case_id:
      ok = word_chain(id, alnum, alnum_dash, 0, 1);
      shape = "lower-case letters, digits and '-' (backup-offline-copy)";
      break;
  }
  if (ok) return true;
  diags.error(n.origin, fmt::format("expected {}, found '{}'", shape, id));
  return false;
}

// [-+]?[0-9]+(\.[0-9]+)?, checked by hand: no regex on input text.
std::optional<double> parse_number(std::string_view text) {
  std::string_view t = text;
  if (!t.empty() && (t[0] == '-' || t[0] == '+')) t.remove_prefix(1);
  size_t dot = t.find('.');
  std::string_view whole = t.substr(0, dot), fraction = dot == std::string_view::npos ? "x" : t.substr(dot + 1);
  auto digits = [](std::string_view d) { return !d.empty() && std::all_of(d.begin(), d.end(), digit); };
  if (!digits(whole) || (dot != std::string_view::npos && !digits(fraction))) return std::nullopt;
  if (text.front() == '+') text.remove_prefix(1);
  double v = 0;
  auto [p, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (ec != std::errc() || p != text.data() + text.size() || !std::isfinite(v)) return std::nullopt;
  return v;
}

namespace {

bool is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int days_in_month(int y, int m) {
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && is_leap(y) ? 29 : days[m - 1];
}

// Howard Hinnant's days_from_civil.
int days_from_civil(int y, unsigned m, unsigned d) {
  y -= m <= 2;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int>(doe) - 719468;
}

// The number in t[at, at + n) when all of it is digits; -1 otherwise.
int digits_at(std::string_view t, size_t at, size_t n) {
  if (at + n > t.size()) return -1;
  int v = 0;
  for (size_t i = at; i < at + n; ++i) {
    if (!digit(t[i])) return -1;
    v = v * 10 + (t[i] - '0');
  }
  return v;
}

// YYYY, YYYY-MM or YYYY-MM-DD (`parts` 1, 2 or 3); m and d are 0 where not given.
bool split_period(std::string_view t, int& y, int& m, int& d, int& parts) {
  y = digits_at(t, 0, 4);
  m = d = 0;
  parts = t.size() == 4 ? 1 : t.size() == 7 ? 2 : t.size() == 10 ? 3 : 0;
  if (y < 0 || parts == 0) return false;
  if (parts >= 2 && (t[4] != '-' || (m = digits_at(t, 5, 2)) < 0)) return false;
  if (parts == 3 && (t[7] != '-' || (d = digits_at(t, 8, 2)) < 0)) return false;
  return true;
}

bool split_date(std::string_view t, int& y, int& m, int& d) {
  int parts = 0;
  return split_period(t, y, m, d, parts) && parts == 3;
}

const char* month_name(int m) {
  static const char* names[] = {"January", "February", "March",     "April",   "May",      "June",
                                "July",    "August",   "September", "October", "November", "December"};
  return names[m - 1];
}

}  // namespace

std::optional<int> parse_date(std::string_view text) {
  int y, m, d;
  if (!split_date(text, y, m, d) || y < 1900 || m < 1 || m > 12 || d < 1 || d > days_in_month(y, m))
    return std::nullopt;
  return days_from_civil(y, m, d);
}

std::string date_problem(std::string_view text) {
  int y, m, d;
  if (!split_date(text, y, m, d)) return "it is not of the form YYYY-MM-DD";
  if (y < 1900) return fmt::format("the year {} is before 1900", y);
  if (m < 1 || m > 12) return fmt::format("there is no month {:02}", m);
  return fmt::format("{} {} has {} days", month_name(m), y, days_in_month(y, m));
}

std::optional<DatePeriod> parse_period(std::string_view text) {
  int y, m, d, parts;
  if (!split_period(text, y, m, d, parts) || y < 1900) return std::nullopt;
  if (parts == 1) return DatePeriod{days_from_civil(y, 1, 1), days_from_civil(y, 12, 31)};
  if (m < 1 || m > 12) return std::nullopt;
  if (parts == 2) return DatePeriod{days_from_civil(y, m, 1), days_from_civil(y, m, days_in_month(y, m))};
  std::optional<int> day = parse_date(text);
  if (!day) return std::nullopt;
  return DatePeriod{*day, *day};
}

std::string period_problem(std::string_view text) {
  int y, m, d, parts;
  if (!split_period(text, y, m, d, parts)) return "it is not of the form YYYY-MM-DD, YYYY-MM or YYYY";
  if (y < 1900) return fmt::format("the year {} is before 1900", y);
  if (m < 1 || m > 12) return fmt::format("there is no month {:02}", m);
  return fmt::format("{} {} has {} days", month_name(m), y, days_in_month(y, m));
}

std::string format_date(int days) {
  // Howard Hinnant's civil_from_days.
  days += 719468;
  const int era = (days >= 0 ? days : days - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(days - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int y = static_cast<int>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return fmt::format("{:04}-{:02}-{:02}", y + (m <= 2), m, d);
}

}  // namespace tenken::load
