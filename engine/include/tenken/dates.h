// Dates as answer files, waivers and rule tests write them (YYYY-MM-DD, or a month YYYY-MM or a
// year YYYY where a question allows one), counted as days since 1970-01-01 so that
// days_since() and expiry checks are subtraction. Shared by load (checking what was written),
// evaluate (binding answers, writing them back) and waive (judging expiry dates); it reads no
// clock: "today" is always the assessment date.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "tenken/text.h"

namespace tenken::dates {

// Parses YYYY-MM-DD into days since 1970-01-01; nullopt if not of that form or not a real date.
std::optional<int> parse_date(std::string_view text);
// Why `text` is not a date, in both languages: "it is not of the form YYYY-MM-DD" or "February
// 2026 has 28 days" (「2026年2月は28日までです」).
LocalizedText date_problem(std::string_view text);
// A date known to a year (2025), a month (2025-06) or a day: its first and last days, since 1970-01-01.
struct DatePeriod {
  int first_day = 0, last_day = 0;
};
std::optional<DatePeriod> parse_period(std::string_view text);
// Why `text` is not a day, month or year: as date_problem(), naming the three forms.
LocalizedText period_problem(std::string_view text);
// Days since 1970-01-01 → YYYY-MM-DD.
std::string format_date(int days);

}  // namespace tenken::dates
