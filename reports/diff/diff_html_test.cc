// Tests of the HTML comparison (render_diff_html): its radar of both assessments' category scores
// is the one the gap report draws with --previous (html_report_test.cc has it whole), before the
// bar chart of the score change.
#include <doctest/doctest.h>

#include <string>

#include "common/sample_result_test.h"
#include "tenken/diff.h"
#include "tenken/reports/render.h"
#include "tenken/reports/render_diff.h"

namespace tenken {
namespace {

std::string radar_of(const std::string& page) {
  size_t from = page.find("<figure class=\"radar\">");
  size_t to = from == std::string::npos ? from : page.find("</figure>\n", from);
  return to == std::string::npos ? "" : page.substr(from, to + 10 - from);
}

TEST_CASE("diff HTML report: both assessments on one radar, as the gap report draws them") {
  Result now = testing::sample_result();
  Result before = now;
  before.assessment.date = "2025-04-01";
  before.summary.categories[2].score = 25;  // remote access
  before.summary.categories.erase(before.summary.categories.begin() + 4);  // no public websites yet
  for (Lang lang : {Lang::en, Lang::ja}) {
    RenderOptions o{lang};
    std::string page = render_diff_html(diff_results(before, now), o);
    o.previous = &before;
    std::string report = radar_of(render_html(now, o));
    REQUIRE(!report.empty());
    std::string expected = report;
    for (size_t at = expected.find("category-radar"); at != std::string::npos; at = expected.find("category-radar"))
      expected.replace(at, 14, "score-radar");
    CHECK(radar_of(page) == expected);
    CHECK(page.find("</h2>\n<figure class=\"radar\">") != std::string::npos);  // first in its section
    CHECK(page.find("</figure>\n<figure><svg class=\"chart score-chart\" id=\"score-change\"") != std::string::npos);
  }
  std::string ja = radar_of(render_diff_html(diff_results(before, now), {Lang::ja}));
  CHECK(ja.find("<li><span class=\"key first\" aria-hidden=\"true\"></span>2026年4月1日（今回）</li>"
                "<li><span class=\"key second\" aria-hidden=\"true\"></span>2025年4月1日（前回）</li>") != std::string::npos);
  CHECK(ja.find("<p>2025年4月1日（前回）の評価に分類がないか、評価対象のルールがなかったため、点がない分類："
                "公開Webサイト</p>") != std::string::npos);
}

TEST_CASE("diff HTML report: fewer than three categories scored in either year draw no radar") {
  Result now = testing::sample_result();
  now.summary.categories[4].weight_scored = 0;
  Result before = now;
  std::string page = render_diff_html(diff_results(before, now), {Lang::en});
  CHECK(page.find("<svg class=\"chart radar-chart\"") == std::string::npos);
  CHECK(page.find("<p class=\"radar-none\">No radar chart: a radar needs three or more categories with a "
                  "score (here: 2).") != std::string::npos);
}

}  // namespace
}  // namespace tenken
