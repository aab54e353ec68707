// Reading numbers as written (numbers.h).
#include "core/numbers.h"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace tenken::numbers {
namespace {

bool digits(std::string_view d) {
  return !d.empty() && std::all_of(d.begin(), d.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

// [-+]?[0-9]+(\.[0-9]+)?, checked by hand: no regex on input text.
std::optional<double> parse_number(std::string_view text) {
  std::string_view t = text;
  if (!t.empty() && (t[0] == '-' || t[0] == '+')) t.remove_prefix(1);
  size_t dot = t.find('.');
  std::string_view whole = t.substr(0, dot);
  std::string_view fraction = dot == std::string_view::npos ? "x" : t.substr(dot + 1);
  if (!digits(whole) || (dot != std::string_view::npos && !digits(fraction))) return std::nullopt;
  if (text.front() == '+') text.remove_prefix(1);
  double v = 0;
  auto [p, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (ec != std::errc() || p != text.data() + text.size() || !std::isfinite(v)) return std::nullopt;
  return v;
}

}  // namespace tenken::numbers
