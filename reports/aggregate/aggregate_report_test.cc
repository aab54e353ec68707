// Tests of the aggregate renderers (render_aggregate.h): the whole terminal report of a small
// aggregate, 100 columns in Japanese, escaping in every format, no name or path when anonymised,
// the HTML page's size and heat-map classes, the JSON form's keys and figures, the CSV rows.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <cmath>
#include <sstream>

#include "tenken/reports/render_aggregate.h"
#include "tenken/reports/text_layout.h"

namespace tenken {
namespace {

Library small_library() {
  Library lib;
  lib.categories = {{"remote", {"リモート接続", "Remote access"}}, {"backup", {"バックアップ", "Backups"}}};
  Rule a, b;
  a.id = "backup-offline", a.severity = Severity::critical, a.title = {"バックアップを切り離す", "Keep a backup offline"};
  b.id = "remote-mfa", b.severity = Severity::high, b.title = {"VPNに多要素認証", "Use MFA on the VPN"};
  lib.rules = {a, b};
  return lib;
}

OrganizationRecord record(std::string name, std::string sector, double score, std::vector<double> categories,
                          std::vector<State> states) {
  OrganizationRecord r;
  r.name = std::move(name);
  r.sector = std::move(sector);
  r.date = "2026-04-01";
  r.file = "results/" + r.name + ".json";
  r.score = score;
  r.categories = std::move(categories);
  for (State s : states) r.rules.push_back(static_cast<uint8_t>(s));
  return r;
}

Aggregate sample(bool anonymise = false) {
  std::vector<OrganizationRecord> records = {
      record("Port of Example", "port", 50, {40, 60}, {State::fail, State::fail}),
      record("General Hospital", "medical", 75, {50, 100}, {State::pass, State::fail}),
      record("City Water", "water", 100, {100, NAN}, {State::notapplicable, State::pass}),
  };
  records.push_back(records[1]);
  records[3].date = "2025-04-01";
  records[3].file = "results/old.json";
  AggregateOptions o;
  o.anonymise = anonymise;
  return aggregate(records, AggregateKeys(small_library()), o);
}

RenderOptions in(Lang lang) {
  RenderOptions o;
  o.lang = lang;
  return o;
}

TEST_CASE("terminal: the whole report of a small aggregate") {
  std::string expected = R"(tenken aggregate report
=======================

  Results read         4
  Organizations        3
  Earlier assessments  1 set aside (only each organization's latest assessment counts)
  Assessment dates     1 April 2026 to 1 April 2026
  Breakdown            by sector

Score statistics
----------------
  Score          n  Mean  Median     σ    Q1    Q3   Min    Max
  Overall        3  75.0    75.0  20.4  62.5  87.5  50.0  100.0
  Remote access  3  63.3    50.0  26.2  45.0  75.0  40.0  100.0
  Backups        2  80.0    80.0  20.0  70.0  90.0  60.0  100.0

By sector
---------
  Sector      n   Mean  Median
   1 Medical  1   75.0    75.0
   2 Water    1  100.0   100.0
   3 Ports    1   50.0    50.0

Mean score per category, by sector
----------------------------------
  Category         1    2   3
  Remote access   50  100  40
  Backups        100    -  60

Most common gaps
----------------
  Rules by the number of organizations where they fail, of 3; unknown: still to be answered there.
  #  Fail  % fail  Unknown  Rule
  1     2   66.7%        0  Use MFA on the VPN (remote-mfa)
  2     1   33.3%        0  Keep a backup offline (backup-offline)

Organizations
-------------
  Organization      Sector   Assessment date  Score  Percentile  Deviation score
  General Hospital  Medical  2026-04-01        75.0        50.0             50.0
  City Water        Water    2026-04-01       100.0        83.3             62.2
  Port of Example   Ports    2026-04-01        50.0        16.7             37.8
)";
  CHECK(render_aggregate_terminal(sample(), in(Lang::en)) == expected);
}

TEST_CASE("terminal: Japanese lines stay within 100 columns, names are made printable and cut") {
  std::vector<OrganizationRecord> records = {
      record("\x1b[31m赤い名前の非常に長い組織名がここに入ります株式会社ホールディングス", "government", 50, {50, 50},
             {State::fail, State::unknown})};
  Aggregate a = aggregate(records, AggregateKeys(small_library()), {});
  std::string text = render_aggregate_terminal(a, in(Lang::ja));
  CHECK(text.find('\x1b') == std::string::npos);
  CHECK(text.find("␛[31m赤い名前") != std::string::npos);
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);) CHECK(layout::display_width(line) <= 100);
  CHECK(text.find("政府・行政サービス") != std::string::npos);
  CHECK(text.find("偏差値") != std::string::npos);
}

TEST_CASE("no name or file path in any format when anonymised") {
  Aggregate a = sample(true);
  for (const AggregateFormat& f : aggregate_formats()) {
    if (f.binary) continue;
    for (Lang lang : {Lang::ja, Lang::en}) {
      std::string out = f.render(a, in(lang)).value();
      CAPTURE(f.name);
      for (const char* secret : {"Port of Example", "General Hospital", "City Water", "results/", ".json"})
        CHECK(out.find(secret) == std::string::npos);
      CHECK(out.find("org-0001") != std::string::npos);
    }
  }
}

TEST_CASE("markdown and html escape names; csv neutralises formulas") {
  std::vector<OrganizationRecord> records = {
      record("<script>alert(1)</script> | *bold*", "port", 50, {50, 50}, {}),
      record("=HYPERLINK(\"x\")", "port", 60, {50, 50}, {}),
  };
  Aggregate a = aggregate(records, AggregateKeys(small_library()), {});
  std::string md = render_aggregate_markdown(a, in(Lang::en));
  CHECK(md.find("<script>") == std::string::npos);
  CHECK(md.find("&lt;script&gt;alert(1)&lt;/script&gt; \\| \\*bold\\*") != std::string::npos);
  std::string html = render_aggregate_html(a, in(Lang::en));
  CHECK(html.find("<script") == std::string::npos);
  CHECK(html.find("&lt;script&gt;alert(1)&lt;/script&gt; | *bold*") != std::string::npos);
  std::string csv = render_aggregate_csv(a, in(Lang::en));
  CHECK(csv.find("\"'=HYPERLINK(\"\"x\"\")\"") != std::string::npos);
}

TEST_CASE("html: a policy, no inline style, band classes; the organisation heat map only up to the limit") {
  std::string html = render_aggregate_html(sample(), in(Lang::ja));
  CHECK(html.rfind("<!DOCTYPE html>\n<html lang=\"ja\">", 0) == 0);
  CHECK(html.find("Content-Security-Policy\" content=\"default-src &#39;none&#39;; style-src &#39;sha256-") !=
        std::string::npos);
  CHECK(html.find("style=") == std::string::npos);
  CHECK(html.find("<td class=b9>100.0</td>") != std::string::npos);
  CHECK(html.find("<td class=b4>40.0</td>") != std::string::npos);
  CHECK(html.find("<td class=bn>-</td>") != std::string::npos);
  CHECK(html.find("General Hospital") != std::string::npos);

  std::vector<OrganizationRecord> many;
  for (int i = 0; i < 10000; ++i)
    many.push_back(record("Operator " + std::to_string(i), i % 2 ? "water" : "gas", i % 101, {double(i % 97), 50},
                          {State::fail, State::pass}));
  Aggregate big = aggregate(many, AggregateKeys(small_library()), {});
  std::string page = render_aggregate_html(big, in(Lang::en));
  CHECK(page.find("Operator ") == std::string::npos);
  CHECK(page.find("10000 organizations, more than 500 shown here") != std::string::npos);
  CHECK(page.size() < 20000);
  std::vector<OrganizationRecord> five_hundred(many.begin(), many.begin() + 500);
  std::string heat = render_aggregate_html(aggregate(five_hundred, AggregateKeys(small_library()), {}), in(Lang::en));
  CHECK(heat.find("Operator 499") != std::string::npos);
  CHECK(heat.size() < 100000);  // about 150 bytes an organisation with two categories
}

TEST_CASE("json: version, figures rounded to 2 decimals, null for what is not scored") {
  nlohmann::json j = nlohmann::json::parse(render_aggregate_json(sample(), in(Lang::en)));
  CHECK(j["format"] == "tenken-aggregate");
  CHECK(j["version"] == 1);
  CHECK(j["results"] == 4);
  CHECK(j["organizations_count"] == 3);
  CHECK(j["set_aside"] == 1);
  CHECK(j["overall"]["stddev"] == 20.41);
  CHECK(j["overall"]["q1"] == 62.5);
  CHECK(j["categories"][0]["category"] == "remote");
  CHECK(j["categories"][0]["statistics"]["mean"] == 63.33);
  CHECK(j["gaps"][0]["rule"] == "remote-mfa");
  CHECK(j["gaps"][0]["title"]["ja"] == "VPNに多要素認証");
  CHECK(j["gaps"][0]["fail_percent"] == 66.67);
  const auto& water = j["organizations"][1];
  CHECK(water["name"] == "City Water");
  CHECK(water["result_file"] == "results/City Water.json");
  CHECK(water["deviation"] == 62.25);
  CHECK(water["categories"]["backup"].is_null());
  CHECK(j["organizations"][0]["earlier_set_aside"] == 1);
  nlohmann::json anon = nlohmann::json::parse(render_aggregate_json(sample(true), in(Lang::en)));
  CHECK(!anon["organizations"][0].contains("result_file"));
}

TEST_CASE("csv: a header, then one row per organisation, CRLF, figures with 2 decimals") {
  std::string csv = render_aggregate_csv(sample(), in(Lang::en));
  CHECK(csv ==
        "Organization,Sector,Size,Assessment date,Score,Percentile,Deviation score,Remote access,Backups\r\n"
        "General Hospital,Medical,Not stated,2026-04-01,75.00,50.00,50.00,50.00,100.00\r\n"
        "City Water,Water,Not stated,2026-04-01,100.00,83.33,62.25,100.00,\r\n"
        "Port of Example,Ports,Not stated,2026-04-01,50.00,16.67,37.75,40.00,60.00\r\n");
  RenderOptions bom = in(Lang::ja);
  bom.csv_bom = true;
  CHECK(render_aggregate_csv(sample(), bom).rfind("\xEF\xBB\xBF組織,分野,規模", 0) == 0);
}

TEST_CASE("xlsx: a workbook, the same bytes each time") {
  StatusOr<std::string> first = render_aggregate_xlsx(sample(), in(Lang::ja));
  REQUIRE(first.is_ok());
  CHECK(first.value().rfind("PK", 0) == 0);
  CHECK(render_aggregate_xlsx(sample(), in(Lang::ja)).value() == first.value());
}

TEST_CASE("formats by name") {
  CHECK(aggregate_formats().size() == 6);
  REQUIRE(find_aggregate_format("xlsx"));
  CHECK(find_aggregate_format("xlsx")->binary);
  CHECK(find_aggregate_format("junit") == nullptr);
}

}  // namespace
}  // namespace tenken
