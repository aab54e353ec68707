// Tests of the workshop pack: the cases taken from a Result's gaps and their order; the whole
// Markdown pack in English and Japanese with an organisation's answers, and a generic one; the
// whole HTML page; and hostile text from the answers and the catalog escaped in both formats.
// The expected packs are in testdata/ beside this file; TENKEN_UPDATE_TESTDATA=1 rewrites them
// from what the renderers give (then read every line of the diff).
#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "common/sample_result_test.h"
#include "tenken/reports/render_workshop.h"
#include "tests/engine_fixtures.h"

namespace tenken {
namespace {

using testing::sample_answer;
using testing::sample_rule;

constexpr const char* kRules = R"(rules:
  - id: backup-offsite
    title: {ja: バックアップを離して保管する, en: Keep a backup off site}
    category: backup
    severity: critical
    expect: backup.location == "offsite"
    rationale: {ja: 理由, en: Why}
    recommendation: {ja: 推奨, en: What to do}
    evidence: {ja: 証跡, en: What to show}
    cases: [nisc-2021-06, nisc-2016-03]
)";

constexpr const char* kCatalog = R"(cases:
  - id: nisc-2021-06
    title: {ja: VPN装置から侵入されたランサムウェア, en: Ransomware through a VPN device}
    source: {report: {ja: 試験用の報告書, en: A report for tests}, number: 6}
    summary: {ja: サーバーのデータが暗号化された。, en: Data on a server was encrypted.}
    background: {ja: 背景。, en: Background.}
    detection: {ja: 検知。, en: Detection.}
    response: {ja: 対処。, en: Response.}
    cause: {ja: VPN装置が一度も更新されていなかった。, en: The VPN device had never been updated.}
    measures: {ja: 対策。, en: Measures.}
    lessons:
      - title: {ja: バックアップを切り離す, en: Keep backups apart}
        text: {ja: 同じサーバーのバックアップは一緒に暗号化される。, en: Backups on the same server are encrypted with it.}
        rules: [backup-offsite]
    discussion:
      - ja: 暗号化されても残るバックアップはどれですか。
        en: Which of your backups would survive?
        questions: [backup.location, backup.media]
      - ja: VPN装置を誰が更新していますか。
        en: Who updates the VPN device?
        questions: [remote.vpn_used, vpn.patched_on, backup.owner]
      - {ja: 最初に誰に電話しますか。, en: Whom do you call first?}
    tabletop:
      - at: {ja: 1日目 8時30分, en: "Day 1, 08:30"}
        minutes: 15
        inject: {ja: 職員がファイルを開けないと報告する。, en: A nurse reports that files will not open.}
        questions:
          - {ja: 最初に誰が何をしますか。, en: Who does what first?}
        look_for: {ja: ネットワークから切り離す判断。, en: The decision to disconnect.}
      - at: {ja: 1日目 10時, en: "Day 1, 10:00"}
        minutes: 20
        inject: {ja: バックアップも暗号化されていた。, en: The backups are encrypted too.}
        questions:
          - {ja: 何日で業務を戻せますか。, en: How many days until the service is back?}
          - {ja: 誰が決めますか。, en: Who decides?}
        look_for: {ja: 紙での運用に切り替える判断。, en: The switch to paper.}
  - id: nisc-2016-03
    title: {ja: 事務用PCのランサムウェア感染, en: Ransomware on an office PC}
    source: {report: {ja: 試験用の報告書, en: A report for tests}, number: 3}
    summary: {ja: PCのファイルが暗号化された。, en: Files on a PC were encrypted.}
    background: {ja: 背景。, en: Background.}
    detection: {ja: 検知。, en: Detection.}
    response: {ja: 対処。, en: Response.}
    cause: {ja: 原因。, en: Cause.}
    measures: {ja: 対策。, en: Measures.}
    lessons:
      - title: {ja: バックアップを取る, en: Take backups}
        text: {ja: 復号ツールでは戻らなかった。, en: Decryption tools did not bring the files back.}
        rules: [backup-offsite]
  - id: nisc-2016-05
    title: {ja: 使われない事例, en: A case no rule here cites}
    source: {report: {ja: 試験用の報告書, en: A report for tests}, number: 5}
    summary: {ja: 概要。, en: Summary.}
    background: {ja: 背景。, en: Background.}
    detection: {ja: 検知。, en: Detection.}
    response: {ja: 対処。, en: Response.}
    cause: {ja: 原因。, en: Cause.}
    measures: {ja: 対策。, en: Measures.}
    lessons:
      - title: {ja: 教訓, en: Lesson}
        text: {ja: 本文。, en: Text.}
        rules: [backup-offsite]
)";

struct Fixture {
  Library library;
  Result result;

  Fixture() {
    Diagnostics diags;
    library = load_library({testing::source("checklist.yaml", testing::kChecklist),
                            testing::source("rules.yaml", kRules), testing::source("catalog.yaml", kCatalog)},
                           diags);
    REQUIRE(testing::render(diags) == "");
    result.organization = {"架空市民病院", "medical", ""};
    result.assessment.date = "2026-04-01";
    RuleResult offsite = sample_rule("backup-offsite", State::fail, Severity::critical, "backup", 10,
                                     {"バックアップを離して保管する", "Keep a backup off site"});
    testing::edit(offsite).cases = {"nisc-2021-06", "nisc-2016-03"};
    offsite.answers = {sample_answer("backup.location", AnswerStatus::answered, "same_server", 5),
                       sample_answer("backup.media", AnswerStatus::answered, "[tape, disk]", 6)};
    offsite.answers[0].edit().comment = "<script>alert(1)</script> | **not bold** [link](http://x)";
    RuleResult vpn = sample_rule("vpn-patched", State::unknown, Severity::high, "remote", 6,
                                 {"VPN装置を更新する", "Keep the VPN device patched"});
    testing::edit(vpn).cases = {"nisc-2021-06"};
    vpn.answers = {sample_answer("remote.vpn_used", AnswerStatus::answered, "yes", 8),
                   sample_answer("vpn.patched_on", AnswerStatus::dont_know, "", 9)};
    vpn.answers[1].edit().comment = "委託先に確認中";
    RuleResult taken = sample_rule("backup-taken", State::pass, Severity::high, "backup", 6,
                                   {"バックアップを取る", "Take backups"});
    testing::edit(taken).cases = {"nisc-2021-06"};
    result.rules = {offsite, taken, vpn};
    testing::keep_sample_texts(result);
  }

  WorkshopPack pack(bool with_result) const {
    WorkshopPack p;
    p.library = &library;
    p.result = with_result ? &result : nullptr;
    p.cases = {&find("nisc-2021-06"), &find("nisc-2016-03")};
    return p;
  }

  Case& find(const std::string& id) {
    for (Case& c : library.cases)
      if (c.id == id) return c;
    FAIL("no case " << id);
    return library.cases[0];
  }
  const Case& find(const std::string& id) const { return const_cast<Fixture*>(this)->find(id); }
};

// The expected file testdata/NAME, or (with TENKEN_UPDATE_TESTDATA=1) `actual` written there.
std::string expected(const std::string& name, const std::string& actual) {
  return testing::expected_beside(__FILE__, "testdata/" + name, actual);
}

std::vector<std::string> ids(const std::vector<const Case*>& cases) {
  std::vector<std::string> out;
  for (const Case* c : cases) out.push_back(c->id);
  return out;
}

TEST_CASE("workshop: the cases behind the gaps, failing before unknown, most severe first") {
  Fixture f;
  // Both cases are cited by the failing critical rule; nisc-2021-06 also by an unknown one, which
  // does not count while a failing rule pulls it: the tie goes by id.
  CHECK(ids(cases_behind_gaps(f.result, f.library)) == std::vector<std::string>{"nisc-2016-03", "nisc-2021-06"});
  CHECK(ids(cases_behind_gaps(f.result, f.library, 1)) == std::vector<std::string>{"nisc-2016-03"});

  // Only unknown rules: the cases they cite, still by severity.
  Result unknown = f.result;
  unknown.rules[0].state = State::unknown;
  unknown.rules[0].severity = Severity::low;
  CHECK(ids(cases_behind_gaps(unknown, f.library)) == std::vector<std::string>{"nisc-2021-06", "nisc-2016-03"});

  // A failing rule outranks any number of unknown ones; nothing passing counts.
  Result one = f.result;
  one.rules[0].state = State::pass;
  one.rules[2].state = State::fail;
  CHECK(ids(cases_behind_gaps(one, f.library)) == std::vector<std::string>{"nisc-2021-06"});
  one.rules[2].state = State::pass;
  CHECK(cases_behind_gaps(one, f.library).empty());
}

TEST_CASE("workshop: the Markdown pack with the organisation's answers, in English and Japanese") {
  Fixture f;
  std::string en = render_workshop_markdown(f.pack(true), {Lang::en});
  CHECK(en == expected("result.en.md", en));
  std::string ja = render_workshop_markdown(f.pack(true), {Lang::ja});
  CHECK(ja == expected("result.ja.md", ja));
}

TEST_CASE("workshop: a generic Markdown pack has lines to write on instead of answers") {
  Fixture f;
  std::string en = render_workshop_markdown(f.pack(false), {Lang::en});
  CHECK(en == expected("generic.en.md", en));
  CHECK(en.find("Answer: ____") != std::string::npos);
  CHECK(en.find("same_server") == std::string::npos);
}

TEST_CASE("workshop: the HTML pack, whole, in Japanese and generic in English") {
  Fixture f;
  std::string ja = render_workshop_html(f.pack(true), {Lang::ja});
  CHECK(ja == expected("result.ja.html", ja));
  std::string en = render_workshop_html(f.pack(false), {Lang::en});
  CHECK(en == expected("generic.en.html", en));
  CHECK(en.find("<script") == std::string::npos);
  CHECK(en.find("http:") == std::string::npos);  // nothing to fetch, no link out
  CHECK(en.find("https:") == std::string::npos);
  CHECK(en.find(" src=") == std::string::npos);
}

TEST_CASE("workshop: hostile text from answers and from the catalog stays text") {
  Fixture f;
  f.result.organization.name = "<img src=x onerror=alert(1)> # Org";
  f.find("nisc-2021-06").title.en = "<b>Title</b> *x* | y";
  f.find("nisc-2021-06").tabletop[0].look_for.en = "</p><script>alert(2)</script>\x1b[31m";
  std::string md = render_workshop_markdown(f.pack(true), {Lang::en});
  CHECK(md.find("<script>") == std::string::npos);
  CHECK(md.find("<img") == std::string::npos);
  CHECK(md.find("&lt;script&gt;alert(1)&lt;/script&gt; \\| \\*\\*not bold\\*\\* \\[link\\](http://x)") !=
        std::string::npos);
  CHECK(md.find("## Case 1: &lt;b&gt;Title&lt;/b&gt; \\*x\\* \\| y") != std::string::npos);
  CHECK(md.find('\x1b') == std::string::npos);
  std::string html = render_workshop_html(f.pack(true), {Lang::en});
  CHECK(html.find("<script>") == std::string::npos);
  CHECK(html.find("<img") == std::string::npos);
  CHECK(html.find("<b>") == std::string::npos);
  CHECK(html.find("&lt;script&gt;alert(1)&lt;/script&gt; | **not bold**") != std::string::npos);
  CHECK(html.find("&lt;/p&gt;&lt;script&gt;alert(2)&lt;/script&gt;␛[31m") != std::string::npos);
  CHECK(html.find('\x1b') == std::string::npos);
}

TEST_CASE("workshop: an answer given in part shows the options present and those absent, by label") {
  Fixture f;
  f.result.rules[0].answers[1].edit().value = "{has: [tape], lacks: [disk, cloud]}";
  CHECK(render_workshop_markdown(f.pack(true), {Lang::en})
            .find("backup.media (Which media?): answered: yes: Tape; no: Disk, Cloud\n") != std::string::npos);
  CHECK(render_workshop_markdown(f.pack(true), {Lang::ja}).find("回答済み：あり：テープ／なし：ディスク、クラウド\n") !=
        std::string::npos);
  f.result.rules[0].answers[1].edit().value = "{has: [], lacks: [cloud]}";
  CHECK(render_workshop_markdown(f.pack(true), {Lang::en}).find("answered: no: Cloud\n") != std::string::npos);
}

TEST_CASE("workshop: the agenda is timed from the injects, with a break between cases") {
  Fixture f;
  std::string md = render_workshop_markdown(f.pack(false), {Lang::en});
  // 10 intro + (10 briefing + 15 discussion + 15 + 20 injects) + 10 break + 10 briefing + 20 debrief
  CHECK(md.find("| 0:35–0:50 | Case 1, inject 1: Day 1, 08:30  ") != std::string::npos);
  CHECK(md.find("| 1:30–1:50 | Debrief: what went well, gaps found, actions  ") != std::string::npos);
  CHECK(md.find("Total: 1 h 50 min") != std::string::npos);
}

}  // namespace
}  // namespace tenken
