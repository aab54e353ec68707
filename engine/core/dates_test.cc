// Tests of dates as written (dates.h): days since 1970-01-01 and back, and the reason a text is
// not a date, compared whole.
#include "tenken/dates.h"

#include <doctest/doctest.h>

namespace tenken::dates {
namespace {

TEST_CASE("dates: a day to days since 1970-01-01 and back") {
  CHECK(parse_date("1970-01-01") == 0);
  CHECK(parse_date("2026-04-01") == 20544);
  CHECK(format_date(20544) == "2026-04-01");
  CHECK(format_date(*parse_date("2024-02-29")) == "2024-02-29");
  CHECK_FALSE(parse_date("2023-02-29"));
  CHECK(parse_date("2000-02-29"));
  CHECK_FALSE(parse_date("1900-02-29"));
  CHECK_FALSE(parse_date("2026-4-1"));
}

TEST_CASE("dates: why a text is not a day") {
  CHECK(date_problem("2023-02-29").en == "February 2023 has 28 days");
  CHECK(date_problem("2024-04-31").en == "April 2024 has 30 days");
  CHECK(date_problem("2026-00-10").en == "there is no month 00");
  CHECK(date_problem("1899-12-31").en == "the year 1899 is before 1900");
  CHECK(date_problem("01/02/2026").en == "it is not of the form YYYY-MM-DD");
  CHECK(date_problem("2023-02-29").ja == "2023年2月は28日までです");
  CHECK(date_problem("2024-04-31").ja == "2024年4月は30日までです");
  CHECK(date_problem("2026-00-10").ja == "00月という月はありません");
  CHECK(date_problem("1899-12-31").ja == "1899年は1900年より前です");
  CHECK(date_problem("01/02/2026").ja == "YYYY-MM-DD の形になっていません");
}

TEST_CASE("dates: a year, a month or a day as a period") {
  auto period = [](const char* text) {
    std::optional<DatePeriod> p = parse_period(text);
    return p ? format_date(p->first_day) + " " + format_date(p->last_day) : std::string("none");
  };
  CHECK(period("2025") == "2025-01-01 2025-12-31");
  CHECK(period("2024-02") == "2024-02-01 2024-02-29");
  CHECK(period("2025-06-10") == "2025-06-10 2025-06-10");
  CHECK(period("2025-13") == "none");
  CHECK(period("1899") == "none");
  CHECK(period_problem("2025-13").en == "there is no month 13");
  CHECK(period_problem("2025/06").en == "it is not of the form YYYY-MM-DD, YYYY-MM or YYYY");
  CHECK(period_problem("2025-13").ja == "13月という月はありません");
  CHECK(period_problem("2025/06").ja == "YYYY-MM-DD、YYYY-MM、YYYY のどの形にもなっていません");
}

}  // namespace
}  // namespace tenken::dates
