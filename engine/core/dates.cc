// Dates as written, and days since 1970-01-01 (dates.h).
#include "tenken/dates.h"

#include <fmt/format.h>

#include "tenken/bilingual.h"

namespace tenken::dates {
namespace {

bool digit(char c) { return c >= '0' && c <= '9'; }

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

// Why year y, month m and a day of it is not a date, the form being right: the year, the month or
// the day is out of range.
LocalizedText day_problem(int y, int m) {
  if (y < 1900) return bilingual("the year {} is before 1900", "{}年は1900年より前です", y);
  if (m < 1 || m > 12) return bilingual("there is no month {:02}", "{:02}月という月はありません", m);
  return bilingual("{1} {2} has {3} days", "{2}年{0}月は{3}日までです", m, month_name(m), y, days_in_month(y, m));
}

}  // namespace

std::optional<int> parse_date(std::string_view text) {
  int y, m, d;
  if (!split_date(text, y, m, d) || y < 1900 || m < 1 || m > 12 || d < 1 || d > days_in_month(y, m))
    return std::nullopt;
  return days_from_civil(y, m, d);
}

LocalizedText date_problem(std::string_view text) {
  int y, m, d;
  if (!split_date(text, y, m, d)) return {"YYYY-MM-DD の形になっていません", "it is not of the form YYYY-MM-DD"};
  return day_problem(y, m);
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

LocalizedText period_problem(std::string_view text) {
  int y, m, d, parts;
  if (!split_period(text, y, m, d, parts))
    return {"YYYY-MM-DD、YYYY-MM、YYYY のどの形にもなっていません",
            "it is not of the form YYYY-MM-DD, YYYY-MM or YYYY"};
  return day_problem(y, m);
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

}  // namespace tenken::dates
