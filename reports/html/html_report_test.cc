// Tests of the HTML report: the whole page for the shared sample Result in English and Japanese
// (sample_result_test.h), with its head and Content-Security-Policy; the whole page with waivers
// and for a Result with nothing to report (their bodies in testdata/); escaping of a hostile
// Result; the radar of category scores, alone and with the previous assessment; and the pieces
// the diff page reuses (paragraphs, charts).
#include <doctest/doctest.h>
#include <fmt/format.h>

#include <optional>
#include <string>

#include "common/sample_result_test.h"
#include "html/html_page.h"
#include "tenken/reports/escape.h"
#include "tenken/reports/render.h"
#include "tenken/sha256.h"

namespace tenken {
namespace {

// The whole page around the report's body: the head, whose policy lets in only the page's own
// style and script (named by their hashes), the body, then the script. Every page has the same
// style and script, whatever the Result and the language.
std::string whole_page(const std::string& lang, const std::string& title, const std::string& body) {
  std::string csp = "default-src &#39;none&#39;; style-src &#39;sha256-" + sha256_base64(html_style()) +
                    "&#39;; script-src &#39;sha256-" + sha256_base64(html_script()) +
                    "&#39;; base-uri &#39;none&#39;; form-action &#39;none&#39;";
  return "<!DOCTYPE html>\n<html lang=\"" + lang + "\">\n<head>\n<meta charset=\"utf-8\">\n"
         "<meta http-equiv=\"Content-Security-Policy\" content=\"" + csp + "\">\n"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
         "<meta name=\"generator\" content=\"tenken\">\n"
         "<title>" + title + "</title>\n<style>" + std::string(html_style()) + "</style>\n</head>\n<body>\n" +
         body + "<script>" + std::string(html_script()) + "</script>\n</body>\n</html>\n";
}

// The page whose body is in the file `name` beside this test; with TENKEN_UPDATE_TESTDATA=1 the
// body of `actual` is written there first.
std::string expected_page(const std::string& lang, const std::string& title, const std::string& name,
                          const std::string& actual) {
  std::string frame = whole_page(lang, title, "");
  size_t at = frame.find("<script>", frame.find("<body>"));  // where whole_page puts the body
  std::string body = actual.size() >= frame.size() ? actual.substr(at, actual.size() - frame.size()) : actual;
  return whole_page(lang, title, testing::expected_beside(__FILE__, name, body));
}

size_t occurrences(const std::string& text, const std::string& part) {
  size_t n = 0;
  for (size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
  return n;
}

// Every rule is written open (readers without script see everything) and in the order of what
// to act on: fails by severity (the critical backup rule before the high access rule, whose id
// sorts first), unknown, not checked, then pass and not applicable. The filter form is hidden
// until the script shows it; its `checked` boxes are the default view. The skipped question
// remote.mfa_method is not among the answers; the uncatalogued case nisc-2016-01 shows its id
// alone. No waiver: no "after waivers" card, column or series.
TEST_CASE("HTML report of the sample, in English") {
  CHECK(render_html(testing::sample_result(), {Lang::en}) ==
        expected_page("en", "tenken gap report — みなと水道企業団", "testdata/sample.en.body.html",
                      render_html(testing::sample_result(), {Lang::en})));
}

TEST_CASE("HTML report of the sample, in Japanese") {
  CHECK(render_html(testing::sample_result(), {Lang::ja}) ==
        expected_page("ja", "tenken 点検結果（ギャップレポート）｜みなと水道企業団", "testdata/sample.ja.body.html",
                      render_html(testing::sample_result(), {Lang::ja})));
}

TEST_CASE("HTML report fetches nothing: no URL, no external resource") {
  std::string page = render_html(testing::sample_result(), {Lang::ja});
  for (const char* fetch : {"http:", "https:", "src=", "@import", "url("})
    CHECK(page.find(fetch) == std::string::npos);
}

TEST_CASE("HTML report is the same bytes every time") {
  CHECK(render_html(testing::sample_result(), {Lang::en}) ==
        render_html(testing::sample_result(), {Lang::en}));
}

// Text from a hostile answer file and rule library everywhere a Result carries text.
Result hostile_result() {
  const std::string evil =
      "<script>alert(\"x\")</script>' onmouseover='alert(1)\n=HYPERLINK(\"http://e\")\x01";
  Result r = testing::sample_result();
  r.organization = {evil, evil};
  r.assessment.assessor = evil;
  r.assessment.scope = evil;
  r.answers_path = evil;
  r.waivers_path = evil;
  r.tool_version = evil;
  for (RuleResult& rule : r.rules) {
    rule.rule += evil;
    rule.category = evil;
    RuleTexts& texts = testing::edit(rule);
    texts.title = texts.rationale = texts.recommendation = texts.evidence = {evil, evil};
    texts.cases.push_back(evil);
    texts.refs[evil] = {evil};
    for (AnswerRef& answer : rule.answers) {
      AnswerUsed& a = answer.edit();
      a.question = a.value = a.comment = a.na_reason = evil;
      a.evidence = {evil};
    }
    rule.needs = {evil};
    rule.waiver = RuleWaiver{evil, evil, evil, WaiverStatus::expired, evil};
  }
  for (CategoryScore& c : r.summary.categories) c.category = c.title.en = c.title.ja = evil;
  r.summary.waivers.expired = 6;
  std::vector<std::string> every_rule;
  for (const RuleResult& rule : r.rules) every_rule.push_back(rule.rule);
  r.questions_needed = {{evil, {evil, evil}, every_rule}};
  std::vector<CaseSummary> cases = r.cases();
  cases.push_back({evil, {evil, evil}, {evil, evil}});
  testing::keep_sample_texts(r, cases);
  return r;
}

TEST_CASE("HTML report escapes every text of a hostile Result, in text and attributes") {
  for (Lang lang : {Lang::en, Lang::ja}) {
    std::string page = render_html(hostile_result(), {lang});
    std::string normal = render_html(testing::sample_result(), {lang});
    CHECK(occurrences(page, "<script") == 1);  // the page's own
    CHECK(page.find("onmouseover='") == std::string::npos);
    CHECK(page.find("alert(\"x\")") == std::string::npos);
    CHECK(page.find(
              "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&#39; onmouseover=&#39;alert(1)") !=
          std::string::npos);
    // In attributes: the rule id, the category and the question links.
    CHECK(page.find("<li id=\"rule-access-remote-mfa&lt;script&gt;") != std::string::npos);
    CHECK(page.find("data-category=\"&lt;script&gt;") != std::string::npos);
    CHECK(page.find("<a href=\"#rule-access-remote-mfa&lt;script&gt;alert(&quot;x&quot;)") != std::string::npos);
    CHECK(page.find("data-question=\"&lt;script&gt;alert(&quot;x&quot;)") != std::string::npos);
    // The script and the style are those of any other page.
    CHECK(page.substr(page.find("<script>")) == normal.substr(normal.find("<script>")));
    CHECK(page.substr(0, page.find("<title>")) == normal.substr(0, normal.find("<title>")));
  }
}

Result waived_result() {
  Result r = testing::sample_result();
  r.waivers_path = "waivers.yaml";
  r.rules[0].waiver = RuleWaiver{"MFA comes with the new VPN in May", "CISO", "2026-06-30",
                                 WaiverStatus::active, "waivers.yaml:3"};
  r.rules[1].waiver =
      RuleWaiver{"Tapes were enough", "", "2026-03-31", WaiverStatus::expired, "waivers.yaml:8"};
  r.summary.counts = {1, 1, 1, 1, 1, 1, 0};
  r.summary.waivers = {1, 1, 0};
  r.summary.score_after_waivers = 0;
  r.summary.score_flat_after_waivers = 100.0 / 3;
  for (CategoryScore& c : r.summary.categories) {
    c.score_after_waivers = c.score;
    c.weight_scored_after_waivers = c.weight_scored;
  }
  r.summary.categories[2].score_after_waivers = 100;  // remote access: the failure is waived
  r.summary.categories[2].weight_scored_after_waivers = 6;
  r.summary.categories[2].counts = {1, 0, 0, 0, 0, 1, 0};
  return r;
}

TEST_CASE("HTML report with waivers: scores after waivers, waived and expired findings") {
  // The header names the waivers file; a card, a chart series and a table column give the scores
  // after waivers, and the table counts the waived rules.
  Result r = waived_result();
  CHECK(render_html(r, {Lang::en}) == expected_page("en", "tenken gap report — みなと水道企業団",
                                                    "testdata/waived.en.body.html", render_html(r, {Lang::en})));
  CHECK(
      html_finding(r, r.rules[0], Lang::en, false) ==
      R"html(<li id="rule-access-remote-mfa" class="finding" data-state="waived" data-severity="high" data-category="remote-access"><details>
<summary><span class="badges"><span class="badge sev-high">high</span><span class="badge state-waived">waived</span></span><span class="heading"><span class="title">Use multi-factor authentication for remote access</span><span class="sub"><code class="rule-id">access-remote-mfa</code><span class="category">Remote access</span></span></span></summary>
<dl class="fields">
<div><dt>Result</dt><dd>fail, waived<span class="sep"> · </span>high (weight 6)</dd></div>
<div><dt>Why</dt><dd><p>A stolen VPN password lets an attacker in without any exploit.</p></dd></div>
<div class="todo"><dt>To do</dt><dd><p>Require a second factor for every VPN and remote desktop login.</p></dd></div>
<div><dt>Evidence</dt><dd><p>The authentication settings</p></dd></div>
<div><dt>Answers</dt><dd><table class="answers"><thead><tr><th scope="col">Question</th><th scope="col">Answer</th><th scope="col">Comment and evidence</th><th scope="col" class="num">Line</th></tr></thead><tbody>
<tr><th scope="row"><code>remote.vpn_used</code></th><td><span class="value">yes</span></td><td></td><td class="num">11</td></tr>
<tr><th scope="row"><code>remote.mfa</code></th><td><span class="value">no</span></td><td><p>導入予定（2026年度）</p></td><td class="num">12</td></tr>
</tbody></table></dd></div>
<div><dt>Cases</dt><dd><ul class="cases">
<li><a href="#case-nisc-2021-06"><span class="case-id">nisc-2021-06</span></a> <span class="case-title">Ransomware through a VPN router</span></li>
</ul></dd></div>
<div class="waiver"><dt>Waiver</dt><dd><span class="tag waiver-active">active</span> MFA comes with the new VPN in May (approved by CISO, until 30 June 2026) <span class="origin">written at waivers.yaml:3</span></dd></div>
<div><dt>References</dt><dd><ul class="refs">
<li><span class="framework">NIST CSF 2.0</span> PR.AA-03</li>
<li><span class="framework">ISO/IEC 27001:2022</span> A.8.5</li>
</ul></dd></div>
</dl></details></li>
)html");
  // An expired waiver is marked on the summary line, and the rule counts as it is.
  CHECK(html_finding(r, r.rules[1], Lang::ja, true) == R"html(<li id="rule-backup-isolated-copy" class="finding" data-state="fail" data-severity="critical" data-category="backup"><details open>
<summary><span class="badges"><span class="badge sev-critical">重大</span><span class="badge state-fail">不備</span></span><span class="heading"><span class="title">ランサムウェアが届かないバックアップを持つ</span><span class="sub"><code class="rule-id">backup-isolated-copy</code><span class="category">バックアップと復旧</span> <span class="tag waiver-expired">免除： 期限切れ</span></span></span></summary>
<dl class="fields">
<div><dt>結果</dt><dd>不備<span class="sep"> · </span>重大（重み 10）</dd></div>
<div><dt>理由</dt><dd><p>病院の事例では、バックアップサーバが同じネットワーク上にあり、電子カルテと一緒に暗号化されたため、復旧に数日ではなく2か月を要した。</p></dd></div>
<div class="todo"><dt>対策</dt><dd><p>少なくとも1つのコピーをオフラインまたは変更不可の状態で保管し、年1回以上そこからの復元を試験する。</p></dd></div>
<div><dt>確認資料</dt><dd><p>バックアップ構成図と直近の復元試験の記録</p></dd></div>
<div><dt>回答</dt><dd><table class="answers"><thead><tr><th scope="col">質問</th><th scope="col">回答</th><th scope="col">コメント・証跡</th><th scope="col" class="num">行</th></tr></thead><tbody>
<tr><th scope="row"><code>backup.taken</code></th><td><span class="value">yes</span></td><td></td><td class="num">8</td></tr>
<tr><th scope="row"><code>backup.offline_copy</code></th><td><span class="value">no</span></td><td><p>テープ運用は2023年に停止した</p><div class="attached"><span>証跡：</span><ul class="files">
<li>backup-design.pdf</li>
</ul></div></td><td class="num">9</td></tr>
</tbody></table></dd></div>
<div><dt>事例</dt><dd><ul class="cases">
<li><a href="#case-nisc-2021-06"><span class="case-id">nisc-2021-06</span></a> <span class="case-title">VPNルーターからのランサムウェア侵入</span></li>
<li><a href="#case-nisc-2016-03"><span class="case-id">nisc-2016-03</span></a> <span class="case-title">事務用PCのランサムウェア感染</span></li>
</ul></dd></div>
<div class="waiver"><dt>免除</dt><dd><span class="tag waiver-expired">期限切れ</span> Tapes were enough（承認：記載なし。2026年3月31日に期限切れのため、免除していません） <span class="origin">記載箇所：waivers.yaml:8</span></dd></div>
<div><dt>参照</dt><dd><ul class="refs">
<li><span class="framework">NIST CSF 2.0</span> PR.DS-11</li>
<li><span class="framework">ISO/IEC 27001:2022</span> A.8.13</li>
<li><span class="framework">CIS Controls v8</span> 11.4</li>
</ul></dd></div>
</dl></details></li>
)html");
}

// No organisation, no gap, no category and no question: no chart and no questions section, and
// since nothing is open the default view is every rule.
TEST_CASE("HTML report of a Result with no gaps, no categories and no questions") {
  Result r;
  r.organization = {"", ""};
  r.rules = {testing::sample_rule("usb-policy", State::pass, Severity::low, "media", 1,
                                  {"USBの利用を制限する", "Restrict USB media"})};
  r.summary.counts = {1, 0, 0, 0, 0, 0, 0};
  CHECK(render_html(r, {Lang::en}) ==
        expected_page("en", "tenken gap report", "testdata/nothing_to_report.en.body.html", render_html(r, {Lang::en})));
}

TEST_CASE("html_paragraphs: blank lines part paragraphs, line breaks stay, text is escaped") {
  CHECK(html_paragraphs("") == "");
  CHECK(html_paragraphs("one") == "<p>one</p>");
  CHECK(html_paragraphs("a <b>\r\nb\n \n\nc & d\n") == "<p>a &lt;b&gt;<br>b</p><p>c &amp; d</p>");
}

TEST_CASE("svg_severity_bar: segments fill the bar exactly, empty severities are left out") {
  std::string bar = svg_severity_bar(
      {{Severity::critical, 1}, {Severity::high, 1}, {Severity::medium, 0}, {Severity::low, 1}},
      "Gaps: 3", Lang::en);
  CHECK(
      bar ==
      R"html(<svg class="chart severity-bar" role="img" aria-label="Gaps: 3" viewBox="0 0 1000 24" preserveAspectRatio="none"><rect class="track" x="0" y="0" width="1000" height="24"/>
<rect class="sev-critical" x="0" y="0" width="333" height="24"><title>critical: 1</title></rect>
<rect class="sev-high" x="333" y="0" width="333" height="24"><title>high: 1</title></rect>
<rect class="sev-low" x="666" y="0" width="334" height="24"><title>low: 1</title></rect>
</svg>
)html");
}

// 36 columns of label: 18 Japanese characters a line.
TEST_CASE("svg_score_chart: long labels wrap, values are text, two series get a legend") {
  CHECK(svg_score_chart("c",
                        {{"リモート接続とインターネットに面した機器の管理とその他の長い分類名", 12.5, 80},
                         {"Web", std::nullopt, std::nullopt}},
                        {"Scores", "Before", "After", "not scored"}, Lang::en) == R"html(<svg class="chart score-chart" id="c" role="img" aria-labelledby="c-title c-desc" viewBox="0 0 900 129" width="900" height="129">
<title id="c-title">Scores</title><desc id="c-desc">リモート接続とインターネットに面した機器の管理とその他の長い分類名: Before 12.5 After 80.0, Web: not scored</desc>
<g class="legend" aria-hidden="true"><rect class="bar first" x="283" y="4" width="12" height="10"/><text x="299" y="13">Before</text><rect class="bar second" x="483" y="4" width="12" height="10"/><text x="499" y="13">After</text></g>
<g class="axis" aria-hidden="true"><line x1="283" y1="38" x2="283" y2="125"/><text x="283" y="32" text-anchor="middle">0</text><line x1="424" y1="38" x2="424" y2="125"/><text x="424" y="32" text-anchor="middle">25</text><line x1="565" y1="38" x2="565" y2="125"/><text x="565" y="32" text-anchor="middle">50</text><line x1="706" y1="38" x2="706" y2="125"/><text x="706" y="32" text-anchor="middle">75</text><line x1="848" y1="38" x2="848" y2="125"/><text x="848" y="32" text-anchor="middle">100</text></g>
<g class="row"><text class="label" x="273" y="60" text-anchor="end"><tspan x="273" dy="0">リモート接続とインターネットに面した</tspan><tspan x="273" dy="16">機器の管理とその他の長い分類名</tspan></text><rect class="bar first" x="283" y="50" width="70.6" height="12" rx="2"/><text class="value" x="359.6" y="59">12.5</text><rect class="bar second" x="283" y="65" width="452.0" height="12" rx="2"/><text class="value" x="741.0" y="74">80.0</text></g>
<g class="row"><text class="label" x="273" y="109" text-anchor="end"><tspan x="273" dy="0">Web</tspan></text><text class="not-scored" x="289" y="101">not scored</text></g>
</svg>
)html");
}

// The part of `text` from `start` up to and including `end`; empty when there is none.
std::string between(const std::string& text, const std::string& start, const std::string& end) {
  size_t from = text.find(start);
  size_t to = from == std::string::npos ? from : text.find(end, from);
  return to == std::string::npos ? "" : text.substr(from, to + end.size() - from);
}

TEST_CASE("html_radar_chart: fewer than three axes draw no radar, and say so") {
  // One category scores, one does not: no radar.
  CHECK(html_radar_chart("r", {{"a", "A", 40.0, std::nullopt}, {"b", "B", std::nullopt, std::nullopt}},
                         {"Scores", "", ""}, Lang::en) ==
        "<p class=\"radar-none\">No radar chart: a radar needs three or more categories with a score "
        "(here: 1). The bars below show every category.</p>\n");
  // With two series an axis needs a point in either: two axes.
  CHECK(html_radar_chart("r", {{"a", "A", 40.0, std::nullopt}, {"b", "B", std::nullopt, 70.0}, {"c", "C", std::nullopt, std::nullopt}},
                         {"Scores", "Now", "Before"}, Lang::ja) ==
        "<p class=\"radar-none\">レーダーチャートは、スコアのある分類が3つ以上のときに表示します（ここでは2分類）。"
        "分類ごとのスコアは下の棒グラフをご覧ください。</p>\n");
  // Without a second series its points are not drawn, nor counted.
  CHECK(html_radar_chart("r", {{"a", "A", 40.0, std::nullopt}, {"b", "B", std::nullopt, 70.0}, {"c", "C", 10.0, 20.0}},
                         {"Scores", "", ""}, Lang::en)
            .starts_with("<p class=\"radar-none\">"));
}

TEST_CASE("HTML report of a Result with one or two scored categories keeps the bars only") {
  for (int scored : {1, 2}) {
    Result r = testing::sample_result();
    r.summary.categories[4].weight_scored = 0;             // public websites: nothing scored
    if (scored == 1) r.summary.categories[0].weight_scored = 0;  // backup too
    std::string page = render_html(r, {Lang::en});
    CHECK(page.find("<svg class=\"chart radar-chart\"") == std::string::npos);
    CHECK(page.find(fmt::format("<h2>Score by category</h2>\n<p class=\"radar-none\">No radar chart: a radar "
                                "needs three or more categories with a score (here: {}). The bars below show "
                                "every category.</p>\n<figure><svg class=\"chart score-chart\"",
                                scored)) != std::string::npos);
  }
}

TEST_CASE("html_radar_chart: labels escaped, wrapped between words and phrases, abbreviated when too long") {
  std::string svg = html_radar_chart(
      "r",
      {{"a\"<", "<b>Backup</b> & \"restore\"", 80.0, std::nullopt},
       {"b", "Remote access and internet-facing devices, and the maintenance lines that vendors installed", 60.0, std::nullopt},
       {"c", "リモート接続とインターネットに面した機器", 40.0, std::nullopt},
       {"d", "Supercalifragilisticexpialidocious", 20.0, std::nullopt}},
      {"Scores", "", ""}, Lang::en);
  // Up to three lines of 22 columns each, as few and as even as will do, Japanese broken after a
  // particle; what does not fit is cut with "…" and the whole title is the label's tooltip.
  CHECK(between(svg, "<g class=\"radar-axis\"", "</svg>\n") == R"html(<g class="radar-axis" data-category="a&quot;&lt;"><line class="spoke" x1="350.0" y1="212.0" x2="350.0" y2="62.0"/><g class="radar-label"><title>&lt;b&gt;Backup&lt;/b&gt; &amp; &quot;restore&quot;</title><text x="350.0" y="33.0" text-anchor="middle"><tspan x="350.0" dy="0">&lt;b&gt;Backup&lt;/b&gt;</tspan><tspan x="350.0" dy="14">&amp; &quot;restore&quot;</tspan></text></g></g>
<g class="radar-axis" data-category="b"><line class="spoke" x1="350.0" y1="212.0" x2="500.0" y2="212.0"/><g class="radar-label"><title>Remote access and internet-facing devices, and the maintenance lines that vendors installed</title><text x="512.0" y="202.0" text-anchor="start"><tspan x="512.0" dy="0">Remote access and</tspan><tspan x="512.0" dy="14">internet-facing</tspan><tspan x="512.0" dy="14">devices, and the main…</tspan></text></g></g>
<g class="radar-axis" data-category="c"><line class="spoke" x1="350.0" y1="212.0" x2="350.0" y2="362.0"/><g class="radar-label"><title>リモート接続とインターネットに面した機器</title><text x="350.0" y="386.0" text-anchor="middle"><tspan x="350.0" dy="0">リモート接続と</tspan><tspan x="350.0" dy="14">インターネットに</tspan><tspan x="350.0" dy="14">面した機器</tspan></text></g></g>
<g class="radar-axis" data-category="d"><line class="spoke" x1="350.0" y1="212.0" x2="200.0" y2="212.0"/><g class="radar-label"><title>Supercalifragilisticexpialidocious</title><text x="188.0" y="216.0" text-anchor="end"><tspan x="188.0" dy="0">Supercalifragilistice…</tspan></text></g></g>
<g class="radar-series first"><polygon class="radar-area first" points="350.0,92.0 440.0,212.0 350.0,272.0 320.0,212.0"/><circle class="radar-dot" cx="350.0" cy="92.0" r="3.5"><title>&lt;b&gt;Backup&lt;/b&gt; &amp; &quot;restore&quot;: 80.0</title></circle><circle class="radar-dot" cx="440.0" cy="212.0" r="3.5"><title>Remote access and internet-facing devices, and the maintenance lines that vendors installed: 60.0</title></circle><circle class="radar-dot" cx="350.0" cy="272.0" r="3.5"><title>リモート接続とインターネットに面した機器: 40.0</title></circle><circle class="radar-dot" cx="320.0" cy="212.0" r="3.5"><title>Supercalifragilisticexpialidocious: 20.0</title></circle></g>
</svg>
)html");
  CHECK(svg.find("<desc id=\"r-desc\">&lt;b&gt;Backup&lt;/b&gt; &amp; &quot;restore&quot;: 80.0, ") != std::string::npos);
  CHECK(svg.find("<b>") == std::string::npos);
}

// The sample a year before: remote access half as good, no public websites category yet, and a
// category the library has since dropped. Endpoints and incident response score in neither year.
Result previous_sample() {
  Result r = testing::sample_result();
  r.assessment.date = "2025-04-01";
  std::vector<CategoryScore>& categories = r.summary.categories;
  categories[2].score = 25;
  categories[2].weight_met = 3;
  categories.erase(categories.begin() + 4);
  categories.push_back(testing::sample_category("legacy", {"旧分類", "Legacy systems"}, 100, 2, 2, {1, 0, 0, 0, 0, 0, 0}));
  return r;
}

// Categories are matched by id: this year's in order, then last year's own. Each year's polygon
// goes through its own points only (last year's, dashed, under this year's); the legend gives
// both dates and the caption the categories left off and those with no point in one year.
constexpr const char* kRadarWithPrevious = R"html(<figure class="radar"><svg class="chart radar-chart" id="category-radar" role="img" aria-labelledby="category-radar-title category-radar-desc" viewBox="0 0 700 424" width="700" height="424">
<title id="category-radar-title">Score out of 100 by category (radar chart)</title><desc id="category-radar-desc">Backup and recovery: 1 April 2026 (this assessment) 0.0 1 April 2025 (previous assessment) 0.0, Remote access: 1 April 2026 (this assessment) 50.0 1 April 2025 (previous assessment) 25.0, Public websites: 1 April 2026 (this assessment) 0.0 1 April 2025 (previous assessment) no point, Legacy systems: 1 April 2026 (this assessment) no point 1 April 2025 (previous assessment) 100.0</desc>
<g class="radar-grid" aria-hidden="true"><polygon class="ring" points="350.0,174.5 387.5,212.0 350.0,249.5 312.5,212.0"/><polygon class="ring" points="350.0,137.0 425.0,212.0 350.0,287.0 275.0,212.0"/><polygon class="ring" points="350.0,99.5 462.5,212.0 350.0,324.5 237.5,212.0"/><polygon class="ring outer" points="350.0,62.0 500.0,212.0 350.0,362.0 200.0,212.0"/><text class="tick" x="354.0" y="209.0">0</text><text class="tick" x="354.0" y="171.5">25</text><text class="tick" x="354.0" y="134.0">50</text><text class="tick" x="354.0" y="96.5">75</text><text class="tick" x="354.0" y="59.0">100</text></g>
<g class="radar-axis" data-category="backup"><line class="spoke" x1="350.0" y1="212.0" x2="350.0" y2="62.0"/><g class="radar-label"><title>Backup and recovery</title><text x="350.0" y="47.0" text-anchor="middle"><tspan x="350.0" dy="0">Backup and recovery</tspan></text></g></g>
<g class="radar-axis" data-category="remote-access"><line class="spoke" x1="350.0" y1="212.0" x2="500.0" y2="212.0"/><g class="radar-label"><title>Remote access</title><text x="512.0" y="216.0" text-anchor="start"><tspan x="512.0" dy="0">Remote access</tspan></text></g></g>
<g class="radar-axis" data-category="web"><line class="spoke" x1="350.0" y1="212.0" x2="350.0" y2="362.0"/><g class="radar-label"><title>Public websites</title><text x="350.0" y="386.0" text-anchor="middle"><tspan x="350.0" dy="0">Public websites</tspan></text></g></g>
<g class="radar-axis" data-category="legacy"><line class="spoke" x1="350.0" y1="212.0" x2="200.0" y2="212.0"/><g class="radar-label"><title>Legacy systems</title><text x="188.0" y="216.0" text-anchor="end"><tspan x="188.0" dy="0">Legacy systems</tspan></text></g></g>
<g class="radar-series second"><polygon class="radar-area second" points="350.0,212.0 387.5,212.0 200.0,212.0"/><circle class="radar-dot" cx="350.0" cy="212.0" r="3"><title>Backup and recovery: 1 April 2025 (previous assessment) 0.0</title></circle><circle class="radar-dot" cx="387.5" cy="212.0" r="3"><title>Remote access: 1 April 2025 (previous assessment) 25.0</title></circle><circle class="radar-dot" cx="200.0" cy="212.0" r="3"><title>Legacy systems: 1 April 2025 (previous assessment) 100.0</title></circle></g>
<g class="radar-series first"><polygon class="radar-area first" points="350.0,212.0 425.0,212.0 350.0,212.0"/><circle class="radar-dot" cx="350.0" cy="212.0" r="3.5"><title>Backup and recovery: 1 April 2026 (this assessment) 0.0</title></circle><circle class="radar-dot" cx="425.0" cy="212.0" r="3.5"><title>Remote access: 1 April 2026 (this assessment) 50.0</title></circle><circle class="radar-dot" cx="350.0" cy="212.0" r="3.5"><title>Public websites: 1 April 2026 (this assessment) 0.0</title></circle></g>
</svg>
<ul class="legend radar-legend"><li><span class="key first" aria-hidden="true"></span>1 April 2026 (this assessment)</li><li><span class="key second" aria-hidden="true"></span>1 April 2025 (previous assessment)</li></ul>
<figcaption><p>Not on the chart, as nothing in them is scored: Endpoints, Incident response</p><p>No point for 1 April 2026 (this assessment), which does not have these categories or scored nothing in them: Legacy systems</p><p>No point for 1 April 2025 (previous assessment), which does not have these categories or scored nothing in them: Public websites</p></figcaption>
</figure>
)html";

TEST_CASE("HTML report with a previous assessment: both years on the radar, and nothing else changes") {
  Result now = testing::sample_result();
  Result before = previous_sample();
  RenderOptions o{Lang::en};
  o.previous = &before;
  std::string page = render_html(now, o);
  std::string alone = render_html(now, {Lang::en});
  const std::string radar_start = "<figure class=\"radar\">", radar_end = "</figure>\n";
  CHECK(between(page, radar_start, radar_end) == kRadarWithPrevious);
  CHECK(page.substr(0, page.find(radar_start)) == alone.substr(0, alone.find(radar_start)));
  CHECK(page.substr(page.find(radar_end, page.find(radar_start))) ==
        alone.substr(alone.find(radar_end, alone.find(radar_start))));
  // Other formats ignore it.
  CHECK(render_markdown(now, o) == render_markdown(now, {Lang::en}));
  CHECK(render_terminal(now, o) == render_terminal(now, {Lang::en}));
  // In Japanese: the dates as Japanese writes them.
  o.lang = Lang::ja;
  CHECK(between(render_html(now, o), "<ul class=\"legend radar-legend\">", "</ul>") ==
        "<ul class=\"legend radar-legend\"><li><span class=\"key first\" aria-hidden=\"true\"></span>2026年4月1日（今回）</li>"
        "<li><span class=\"key second\" aria-hidden=\"true\"></span>2025年4月1日（前回）</li></ul>");
}

}  // namespace
}  // namespace tenken
