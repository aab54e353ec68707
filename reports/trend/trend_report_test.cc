// Tests of the trend renderers (render_trend.h): the whole terminal report of a small trend, 100
// columns in Japanese, the direction of a change in words, escaping in every format, the HTML
// page's chart, the JSON form's keys and figures, the CSV rows in long form.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <sstream>

#include "tenken/reports/render_trend.h"
#include "tenken/reports/text_layout.h"
#include "tests/edit_texts.h"
#include "trend/trend_text.h"

namespace tenken {
namespace {

RuleResult rule(std::string id, State state, Severity severity) {
  RuleResult r;
  r.rule = std::move(id);
  r.state = state;
  r.severity = severity;
  r.category = "backup";
  return r;
}

CategoryScore category(std::string id, LocalizedText title, double score, double weight_scored) {
  CategoryScore c;
  c.category = std::move(id);
  c.title = std::move(title);
  c.score = score;
  c.weight_scored = c.weight_scored_after_waivers = weight_scored;
  return c;
}

// One assessment: rules a (critical), b (high), c (medium) in the states given ("FPU"), a
// backup score, and a remote score (negative: not scored).
SavedResult assessment(std::string org, std::string date, std::string states, double backup, double remote) {
  SavedResult s;
  s.file = "results/" + date.substr(0, 4) + ".json";
  s.result.organization = {org, "medical", ""};
  s.result.assessment.date = date;
  const char* ids[] = {"backup-offline", "backup-restore", "remote-mfa"};
  Severity severities[] = {Severity::critical, Severity::medium, Severity::high};
  LocalizedText titles[] = {{"バックアップを切り離す", "Keep a backup offline"},
                            {"復元を試験する", "Test a restore"},
                            {}};  // remote-mfa has no title: shown by its id
  for (size_t i = 0; i < states.size(); ++i) {
    State st = states[i] == 'F' ? State::fail : states[i] == 'P' ? State::pass : State::unknown;
    s.result.rules.push_back(rule(ids[i], st, severities[i]));
    testing::edit(s.result.rules.back()).title = titles[i];
    s.result.summary.counts[static_cast<size_t>(st)]++;
  }
  s.result.summary.categories = {category("backup", {"バックアップ", "Backups"}, backup, 10),
                                 category("remote", {"リモート接続", "Remote access"}, remote, remote < 0 ? 0 : 4)};
  s.result.summary.score = s.result.summary.score_after_waivers = remote < 0 ? backup : (backup + remote) / 2;
  s.result.summary.coverage.percent = 80 + backup / 10;
  return s;
}

Trend sample() {
  return compare_trends({assessment("City Hospital", "2025-04-01", "FFF", 20, 0),
                         assessment("City Hospital", "2026-04-01", "PPF", 80, 0),
                         assessment("City Hospital", "2027-04-01", "FPF", 50, -1),
                         assessment("Port", "2027-05-01", "PPP", 100, 100)});
}

RenderOptions in(Lang lang) {
  RenderOptions o;
  o.lang = lang;
  return o;
}

TEST_CASE("terminal: the whole report of a small trend") {
  std::string expected = R"(tenken compare: trends over assessments
=======================================

  Results read             4
  Organizations            2
  New gaps or regressions  1 of 2 organizations, since their previous assessment

City Hospital
-------------
  Sector         Medical
  Assessments    3 (1 April 2025 to 1 April 2027)
  Overall score  10.0 → 50.0 (▲ +40.0 up)

  Assessments
  #  Assessment date  Score  Coverage  Fail  Unknown  Changes from the previous
  1  2025-04-01        10.0     82.0%     3        0  -
  2  2026-04-01        40.0     88.0%     1        0  2 resolved, 0 new, 0 regressed
  3  2027-04-01        50.0     85.0%     2        0  0 resolved, 0 new, 1 regressed

  Result files
  1  results/2025.json
  2  results/2026.json
  3  results/2027.json

  Score per category
  Category          1     2     3  Change, first to latest
  Overall        10.0  40.0  50.0  ▲ +40.0 up
  Backups        20.0  80.0  50.0  ▲ +30.0 up
  Remote access   0.0   0.0     -  -

  Gaps open in every assessment (1)
  [high] remote-mfa
    open since 1 April 2025

  Regressions: passed before, fail now (1)
  [critical] backup-offline  Keep a backup offline
    passed on 1 April 2026, failing since 1 April 2027, new in the latest assessment

  Gaps resolved (1)
  [medium] backup-restore  Test a restore
    last failed on 1 April 2025

Port
----
  Sector         Medical
  Assessments    1 (1 May 2027)
  Overall score  100.0

  Assessments
  #  Assessment date  Score  Coverage  Fail  Unknown  Changes from the previous
  1  2027-05-01       100.0     90.0%     0        0  -

  Result files
  1  results/2027.json

  Score per category
  Category           1  Change, first to latest
  Overall        100.0  = 0.0 no change
  Backups        100.0  = 0.0 no change
  Remote access  100.0  = 0.0 no change

  No rule fails in any of its assessments.
)";
  CHECK(render_trend_terminal(sample(), in(Lang::en)) == expected);
}

TEST_CASE("terminal: Japanese lines stay within 100 columns; names are made printable and cut") {
  std::string name = "\x1b[31m赤い名前の非常に長い組織名がここに入ります株式会社ホールディングス・グループ全体の情報システム部門";
  std::vector<SavedResult> rs = {assessment(name, "2025-04-01", "FFF", 20, 0), assessment(name, "2026-04-01", "FPF", 60, 10)};
  rs[1].file = "results/" + std::string(120, 'x') + "/2026.json";
  std::string text = render_trend_terminal(compare_trends(rs), in(Lang::ja));
  CHECK(text.find('\x1b') == std::string::npos);
  CHECK(text.find("␛[31m赤い名前") != std::string::npos);
  CHECK(text.find("\n  2  …xxxx") != std::string::npos);  // a long path keeps its end
  CHECK(text.find("xxxx/2026.json\n") != std::string::npos);
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);) CHECK(layout::display_width(line) <= 100);
  CHECK(text.find("すべての評価で残っている不備（2件）") != std::string::npos);
  CHECK(text.find("2025年4月1日から未解消") != std::string::npos);
  CHECK(text.find("▲ +25.0 上昇") != std::string::npos);
}

TEST_CASE("a change says its direction in a word, as it is shown") {
  using cmp::change_text;
  CHECK(change_text(12.46, Lang::en) == "▲ +12.5 up");
  CHECK(change_text(-5, Lang::en) == "▼ -5.0 down");
  CHECK(change_text(0.04, Lang::en) == "= 0.0 no change");
  CHECK(change_text(-0.04, Lang::en) == "= 0.0 no change");
  CHECK(change_text(std::nullopt, Lang::en) == "-");
  CHECK(change_text(-0.05, Lang::ja) == "▼ -0.1 低下");
  CHECK(std::string(cmp::change_class(-0.04)) == "same");
  CHECK(std::string(cmp::change_class(3)) == "up");
}

Trend hostile() {
  std::string name = "=HYPERLINK(\"x\")<script>alert(1)</script>|*b*";
  std::vector<SavedResult> rs = {assessment(name, "2025-04-01", "FFF", 20, 0), assessment(name, "2026-04-01", "FPF", 60, 10)};
  rs[0].file = "res/<img src=x>.json";
  rs[1].result.summary.categories[0].title = {"<i>バ</i>", "<i>Backups</i>|"};  // the latest names it
  return compare_trends(rs);
}

TEST_CASE("escaping: names, paths and titles from a Result are text in every format") {
  Trend t = hostile();
  std::string html = render_trend_html(t, in(Lang::en));
  CHECK(html.find("<script>") == std::string::npos);
  CHECK(html.find("<img") == std::string::npos);
  CHECK(html.find("<i>") == std::string::npos);
  CHECK(html.find("=HYPERLINK(&quot;x&quot;)&lt;script&gt;alert(1)&lt;/script&gt;|*b*") != std::string::npos);
  CHECK(html.find("<code>res/&lt;img src=x&gt;.json</code>") != std::string::npos);
  std::string md = render_trend_markdown(t, in(Lang::en));
  CHECK(md.find("<script>") == std::string::npos);
  CHECK(md.find("## \\=HYPERLINK(\"x\")&lt;script&gt;alert(1)&lt;/script&gt;\\|\\*b\\*") != std::string::npos);
  CHECK(md.find("| &lt;i&gt;Backups&lt;/i&gt;\\| ") != std::string::npos);
  std::string csv = render_trend_csv(t, in(Lang::en));
  CHECK(csv.find("\"'=HYPERLINK(\"\"x\"\")<script>alert(1)</script>|*b*\",2025-04-01,res/<img src=x>.json,overall,"
                 "Overall,10.00\r\n") != std::string::npos);
  std::string json = render_trend_json(t, in(Lang::en));
  CHECK(nlohmann::json::parse(json)["organizations"][0]["name"] == "=HYPERLINK(\"x\")<script>alert(1)</script>|*b*");
}

TEST_CASE("html: one self-contained page, no script, a chart per organisation with a line per series") {
  std::string html = render_trend_html(sample(), in(Lang::en));
  CHECK(html.find("<script") == std::string::npos);
  CHECK(html.find("Content-Security-Policy\" content=\"default-src &#39;none&#39;; style-src &#39;sha256-") !=
        std::string::npos);
  CHECK(html.find(" style=\"") == std::string::npos);
  size_t charts = 0;
  for (size_t at = 0; (at = html.find("<svg class=\"chart\"", at)) != std::string::npos; ++at) ++charts;
  CHECK(charts == 2);
  // City Hospital: overall and backups over three points; remote access scored twice, then not.
  CHECK(html.find("<path class=\"s-all\" d=\"M44.0 199.2 L320.0 136.8 L596.0 116.0\"/>") != std::string::npos);
  CHECK(html.find("<path class=\"s1\" d=\"M44.0 220.0 L320.0 220.0\"/>") != std::string::npos);
  CHECK(html.find("<title>Backups, 2026-04-01: 80.0</title>") != std::string::npos);
  CHECK(html.find("<td class=\"up\">▲ +40.0 up</td>") != std::string::npos);
  // Port: one point per series, so no line, only points.
  CHECK(html.find("<circle class=\"s-all\" cx=\"320.0\" cy=\"12.0\" r=\"3.5\"><title>Overall, 2027-05-01: 100.0</title>") !=
        std::string::npos);
  CHECK(html.find("<desc id=\"chart-1-desc\">Overall: 10.0, 40.0, 50.0. Backups: 20.0, 80.0, 50.0. Remote access: 0.0, "
                  "0.0, -.</desc>") != std::string::npos);
}

TEST_CASE("json: keys in order, figures rounded, a missing figure null") {
  nlohmann::ordered_json j = nlohmann::ordered_json::parse(render_trend_json(sample(), in(Lang::ja)));
  std::vector<std::string> keys;
  for (const auto& item : j.items()) keys.push_back(item.key());
  CHECK(keys == std::vector<std::string>{"format", "version", "tool_version", "results", "files_skipped",
                                         "worse_in_latest", "organizations"});
  CHECK(j["format"] == "tenken-compare");
  CHECK(j["worse_in_latest"] == true);
  const auto& hospital = j["organizations"][0];
  CHECK(hospital["name"] == "City Hospital");
  CHECK(hospital["score_change"] == 40.0);
  CHECK(hospital["assessments"][1]["changes_from_previous"]["resolved"] == 2);
  CHECK(hospital["assessments"][0]["changes_from_previous"].is_null());
  CHECK(hospital["categories"][1]["scores"].dump() == "[0.0,0.0,null]");
  CHECK(hospital["categories"][1]["change"].is_null());
  CHECK(hospital["gaps"][1]["kind"] == "regressed");
  CHECK(hospital["gaps"][1]["states"].dump() == "[\"fail\",\"pass\",\"fail\"]");
  CHECK(hospital["gaps"][1]["last_passed"] == "2026-04-01");
  CHECK(hospital["gaps"][1]["last_failed"].is_null());
  CHECK(hospital["gaps"][1]["title"]["ja"] == "バックアップを切り離す");
}

TEST_CASE("csv: long form, one row per organisation, assessment and category, with a BOM when asked") {
  RenderOptions o = in(Lang::ja);
  o.csv_bom = true;
  std::string csv = render_trend_csv(sample(), o);
  CHECK(csv ==
        "\xEF\xBB\xBForganization,date,result_file,category,title,score\r\n"
        "City Hospital,2025-04-01,results/2025.json,overall,総合,10.00\r\n"
        "City Hospital,2025-04-01,results/2025.json,backup,バックアップ,20.00\r\n"
        "City Hospital,2025-04-01,results/2025.json,remote,リモート接続,0.00\r\n"
        "City Hospital,2026-04-01,results/2026.json,overall,総合,40.00\r\n"
        "City Hospital,2026-04-01,results/2026.json,backup,バックアップ,80.00\r\n"
        "City Hospital,2026-04-01,results/2026.json,remote,リモート接続,0.00\r\n"
        "City Hospital,2027-04-01,results/2027.json,overall,総合,50.00\r\n"
        "City Hospital,2027-04-01,results/2027.json,backup,バックアップ,50.00\r\n"
        "City Hospital,2027-04-01,results/2027.json,remote,リモート接続,\r\n"
        "Port,2027-05-01,results/2027.json,overall,総合,100.00\r\n"
        "Port,2027-05-01,results/2027.json,backup,バックアップ,100.00\r\n"
        "Port,2027-05-01,results/2027.json,remote,リモート接続,100.00\r\n");
}

TEST_CASE("the formats by name") {
  std::string names;
  for (const TrendFormat& f : trend_formats()) names += std::string(f.name) + " ";
  CHECK(names == "term md html json csv ");
  REQUIRE(find_trend_format("md") != nullptr);
  CHECK((find_trend_format("md")->render == &render_trend_markdown));
  CHECK(find_trend_format("xlsx") == nullptr);
}

}  // namespace
}  // namespace tenken
