// Tests of the answer templates (template.h): the whole YAML and CSV output for a small checklist in
// English, the quick first pass in Japanese, and texts that try to break out of a YAML comment.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "answering/template/template.h"
#include "tenken/engine.h"
#include "tests/engine_fixtures.h"

namespace tenken::answering {
namespace {

using testing::render;
using testing::source;

// Every question type, a section ask_if, question ask_ifs, a help with a line break, a choice id too
// wide for the choice column, a date that takes never, and two questions of the quick first pass.
constexpr const char* kChecklist = R"(sections:
  - id: backup
    title: {ja: バックアップ, en: Backup}
    questions:
      - id: backup.taken
        type: bool
        quick: yes
        text: {ja: バックアップを取得していますか。, en: "Do you take backups?"}
        help:
          ja: "委託先が自社の設備で取っているバックアップしかない場合は「いいえ」です。\n二行目の説明です。"
          en: "Answer for backups you take yourselves.\nA second line: it must stay a comment."
      - id: backup.generations
        type: number
        ask_if: backup.taken
        unit: {ja: 世代, en: generations}
        min: 0
        max: 100
        text: {ja: 何世代を保管していますか。, en: "How many generations do you keep?"}
      - id: backup.media
        type: multi_choice
        ask_if: backup.taken
        quick: yes
        text: {ja: 媒体は何ですか。, en: "Which media do you keep backups on?"}
        choices:
          - {id: tape, text: {ja: テープ, en: Tape}}
          - {id: disk_on_another_server_in_another_building, text: {ja: 別の建物のサーバーのディスク, en: "Disks of a server in another building, kept apart from the network"}}
      - id: backup.tested_on
        type: date
        ask_if: backup.taken
        never: {ja: 一度も試していない, en: Never tested}
        text: {ja: 最後に復元を試した日, en: "When did you last test a restore?"}
  - id: vpn
    title: {ja: VPN, en: VPN}
    ask_if: remote.vpn_used
    questions:
      - id: vpn.owner
        type: choice
        ask_if: vpn.mfa or vpn.mfa == false
        text: {ja: VPN装置の管理者は誰ですか。, en: "Who manages the VPN device?"}
        choices:
          - {id: vendor, text: {ja: 保守業者, en: The maintenance vendor}}
          - {id: us, text: {ja: 自組織, en: "Ourselves # with a hash"}}
      - id: vpn.mfa
        type: bool
        text: {ja: 多要素認証を使っていますか。, en: "Do you use multi-factor authentication?"}
      - id: vpn.note
        type: text
        text: {ja: "備考", en: "Anything else?"}
  - id: remote
    title: {ja: リモート, en: Remote}
    questions:
      - id: remote.vpn_used
        type: bool
        text: {ja: VPNを使っていますか。, en: "Do you use a VPN?"}
      - id: remote.devices
        type: number
        min: 1
        text: {ja: 台数, en: "How many devices?"}
)";

Checklist checklist_of(const std::string& yaml) {
  Diagnostics diags;
  Library lib = load_library({source("checklist.yaml", yaml)}, diags);
  REQUIRE(render(diags) == "");
  return lib.checklist;
}

TemplateOptions options(Lang lang, bool quick = false) {
  TemplateOptions o;
  o.lang = lang;
  o.quick = quick;
  return o;
}

// The records of a CSV text: split at CRLF, the only row end the writer uses (a line break inside
// a cell is a bare LF).
std::vector<std::string> records(const std::string& csv) {
  std::vector<std::string> out;
  size_t begin = 0;
  for (size_t end; (end = csv.find("\r\n", begin)) != std::string::npos; begin = end + 2)
    out.push_back(csv.substr(begin, end - begin));
  CHECK(begin == csv.size());  // the last record ends in CRLF too
  return out;
}

TEST_CASE("the YAML template in English, whole") {
  CHECK(render_yaml_template(checklist_of(kChecklist), options(Lang::en)) == R"(# tenken answer file: 9 questions in 3 sections
#
# Fill in the organisation and the assessment, then write each answer after the
# colon of its question id. An empty answer means not answered yet: answer what
# you know, and check the file at any time with `tenken check FILE`; the report
# lists the questions still to answer.
#
# How to write an answer:
#   yes / no              a yes/no question
#   choice_id             a choice: one of the ids listed above the question
#   [choice_id, choice_id]
#                         a multiple choice: exactly these, every other one not;
#                         [] for none
#   {has: [choice_id], lacks: [choice_id]}
#                         a multiple choice known only in part: has what is
#                         there, lacks what is not; the rest stays unknown
#   3                     a number
#   {at_least: 30, at_most: 60}
#                         a number known only roughly: the range it lies in;
#                         either side may be left out
#   2024-10-01            a date; 2024-10 or 2024 when that is all you know;
#                         never where the question offers it
#   unknown               you do not know: it counts as answered but decides
#                         nothing
#   {na: reason}          the question does not apply, and why
#   {alternative: how}    the practice is met another way, and how; an auditor
#                         judges whether it is enough
#   {value: ..., comment: ..., evidence: [..., ...]}
#                         any answer with a comment and the evidence an auditor
#                         may ask for (also beside na, alternative, has/lacks
#                         and at_least/at_most)
# A question marked "Asked only if" is skipped when its condition is not true:
# leave it empty then.
# Put a text in double quotes ("...") when it contains ": " or " #", or starts
# with one of - ? : , [ ] { } # & * ! | > ' " % @ `

organization:
  name:     # the organisation's name (required)
  sector:   # the sector, one of: information_communications, finance, aviation,
            # airport, railway, electricity, gas, government, medical, water,
            # logistics, chemicals, credit, oil, port, other
  size:     # the number of staff, one of: under_100, 100_to_999, 1000_to_9999,
            # 10000_or_more
assessment:
  date:     # the assessment date as YYYY-MM-DD (required); every date is judged
            # against it
  assessor: # who answered: a person or a department
  scope:    # what the assessment covers: systems, sites

answers:

  # ============================================================================
  # 1/3 Backup (backup)
  # ============================================================================

  # Do you take backups?
  #   Answer for backups you take yourselves. A second line: it must stay a
  #   comment.
  # Type: yes/no (yes or no)
  backup.taken:

  # How many generations do you keep?
  # Type: number, in generations, from 0 to 100
  # Asked only if: backup.taken
  backup.generations:

  # Which media do you keep backups on?
  # Type: multiple choice (the ids that apply, as [a, b]; [] for none):
  #   tape  Tape
  #   disk_on_another_server_in_another_building
  #         Disks of a server in another building, kept apart from the network
  # Asked only if: backup.taken
  backup.media:

  # When did you last test a restore?
  # Type: date (YYYY-MM-DD; YYYY-MM or YYYY when that is all you know)
  #   or never: Never tested
  # Asked only if: backup.taken
  backup.tested_on:

  # ============================================================================
  # 2/3 VPN (vpn)
  # The whole section is asked only if: remote.vpn_used
  # ============================================================================

  # Who manages the VPN device?
  # Type: choice (one of these ids):
  #   vendor  The maintenance vendor
  #   us      Ourselves # with a hash
  # Asked only if: vpn.mfa or vpn.mfa == false
  vpn.owner:

  # Do you use multi-factor authentication?
  # Type: yes/no (yes or no)
  vpn.mfa:

  # Anything else?
  # Type: text
  vpn.note:

  # ============================================================================
  # 3/3 Remote (remote)
  # ============================================================================

  # Do you use a VPN?
  # Type: yes/no (yes or no)
  remote.vpn_used:

  # How many devices?
  # Type: number, at least 1
  remote.devices:
)");
}

TEST_CASE("the quick first pass in Japanese lists only the quick questions and says so first") {
  CHECK(render_yaml_template(checklist_of(kChecklist), options(Lang::ja, true)) == R"(# tenken 回答ファイル：1分野、2問
#
# 簡易版（最初の一巡）：全9問のうち、重大度が「重大」「高」のルールを判定する2問
# だけを載せています。このファイルは質問の一部です。ほかの質問が必要なルールは、
# レポートで「未回答」のままになります。すべての質問は、--quick を付けずに
# `tenken template` を実行すると作成できます。
#
# 組織と点検の情報を記入し、質問IDのコロン（:）の後ろに回答を書いてください。空
# 欄は「未回答」です。分かるところから記入し、いつでも `tenken check ファイル名`
# で確かめられます。まだ回答していない質問はレポートに一覧になります。
#
# 回答の書き方：
#   yes / no              はい/いいえの質問
#   choice_id             選択：質問の上に並んだ選択肢のIDを一つ
#   [choice_id, choice_id]
#                         複数選択：当てはまるIDすべて（ほかは当てはまらない）。
#                         一つもなければ []
#   {has: [choice_id], lacks: [choice_id]}
#                         複数選択で一部だけ分かるとき：has に当てはまるもの、
#                         lacks に当てはまらないもの（残りは不明）
#   3                     数値
#   {at_least: 30, at_most: 60}
#                         おおよその数値：その範囲（片方だけでもよい）
#   2024-10-01            日付。年月や年しか分からなければ 2024-10、2024。質問が
#                         認めていれば never（一度もない）
#   unknown               わからない：回答として数えるが、判定は決まらない
#   {na: 理由}            該当しない（理由を書く）
#   {alternative: 方法}   別の方法で対策している（その方法を書く。十分かは監査人
#                         が判断する）
#   {value: ..., comment: ..., evidence: [..., ...]}
#                         回答にコメントと、監査人に示せる証跡を添える（na、
#                         alternative、has/lacks、at_least/at_most にも添える）
# 「次の場合のみ」とある質問は、その条件に当てはまらなければ質問されません。その
# ときは空欄のままにしてください。
# 回答の文に「: 」や「 #」が含まれるとき、または - ? : , [ ] { } # & * ! | > ' "
# % @ ` のどれかで始まるときは、ダブルクォート（"..."）で囲んでください。

organization:
  name:     # 組織名（必須）
  sector:   # 分野（次のどれか）：information_communications（情報通信）、
            # finance（金融）、aviation（航空）、airport（空港）、railway（鉄
            # 道）、electricity（電力）、gas（ガス）、government（政府・行政サー
            # ビス（地方公共団体を含む））、medical（医療）、water（水道）、
            # logistics（物流）、chemicals（化学）、credit（クレジット）、oil
            # （石油）、port（港湾）、other（その他）
  size:     # 職員・従業員の数（次のどれか）：under_100（100人未満）、100_to_999
            # （100〜999人）、1000_to_9999（1,000〜9,999人）、10000_or_more
            # （10,000人以上）
assessment:
  date:     # 点検日 YYYY-MM-DD（必須）。すべての日付はこの日を基準に判定します
  assessor: # 回答者（担当者名または部署名）
  scope:    # 点検の範囲（対象のシステムや拠点）

answers:

  # ============================================================================
  # 1/1 バックアップ (backup)
  # ============================================================================

  # バックアップを取得していますか。
  #   委託先が自社の設備で取っているバックアップしかない場合は「いいえ」です。二
  #   行目の説明です。
  # 形式：はい/いいえ（yes または no）
  backup.taken:

  # 媒体は何ですか。
  # 形式：複数選択（当てはまるIDを [a, b] のように。なければ []）：
  #   tape  テープ
  #   disk_on_another_server_in_another_building
  #         別の建物のサーバーのディスク
  # 次の場合のみ：backup.taken
  backup.media:
)");
  CHECK(listed_question_count(checklist_of(kChecklist), true) == 2);
  CHECK(listed_question_count(checklist_of(kChecklist), false) == 9);
}

TEST_CASE("the CSV template in English, whole, without a byte order mark") {
  TemplateOptions o = options(Lang::en);
  o.csv_bom = false;
  CHECK(records(render_csv_template(checklist_of(kChecklist), o)) == std::vector<std::string>{
      "id,section,question,answer,na_reason,alternative,comment,evidence,type,choices,unit,min,max,asked_if,help",
      ",,tenken answer file: 9 questions in 3 sections,,,,,,,,,,,,",
      ",,\"Write the organisation, the assessment and each answer in the answer column of its row; an empty answer means not answered yet. Keep the id column as it is. `tenken check FILE.csv` reads the columns id, answer, na_reason, alternative, comment and evidence, and ignores the others. Save the sheet as CSV UTF-8.\",,,,,,,,,,,,",
      ",,answer: yes or no for a yes/no question; a choice id (see choices); a number; free text.,,,,,,,,,,,,",
      ",,\"Multiple choice: the ids that apply separated by commas (a, b); [] for none; has: a, b; lacks: c when you know only part (the rest stays unknown).\",,,,,,,,,,,,",
      ",,\"A number known only roughly: the range it lies in, at_least: 30; at_most: 60 (either side may be left out).\",,,,,,,,,,,,",
      ",,Dates: 2024-10-01 or 2024/10/01; 2024-10 or 2024 when that is all you know; never where choices lists it.,,,,,,,,,,,,",
      ",,Don't know: unknown or ? (it counts as answered but decides nothing).,,,,,,,,,,,,",
      ",,Does not apply: leave answer empty and give the reason in na_reason.,,,,,,,,,,,,",
      ",,Met another way: leave answer empty and say how in alternative (an auditor judges whether it is enough).,,,,,,,,,,,,",
      ",,\"comment: any remark. evidence: what an auditor may ask to see, one item per line.\",,,,,,,,,,,,",
      ",,A question with a condition in asked_if is skipped when the condition is not true: leave it empty then.,,,,,,,,,,,,",
      "organization.name,Organisation,The organisation's name (required),,,,,,text,,,,,,",
      "organization.sector,Organisation,The sector: one of the ids in choices,,,,,,choice,\"information_communications: Information and communications\nfinance: Finance\naviation: Aviation\nairport: Airports\nrailway: Railways\nelectricity: Electricity\ngas: Gas\ngovernment: Government and administrative services (local governments included)\nmedical: Medical\nwater: Water\nlogistics: Logistics\nchemicals: Chemicals\ncredit: Credit cards\noil: Oil\nport: Ports\nother: Other\",,,,,",
      "organization.size,Organisation,The number of staff: one of the ids in choices,,,,,,choice,\"under_100: Fewer than 100 staff\n100_to_999: 100 to 999 staff\n1000_to_9999: 1,000 to 9,999 staff\n10000_or_more: 10,000 staff or more\",,,,,",
      "assessment.date,Assessment,The assessment date as YYYY-MM-DD (required); every date is judged against it,,,,,,date,,,,,,",
      "assessment.assessor,Assessment,Who answered: a person or a department,,,,,,text,,,,,,",
      "assessment.scope,Assessment,\"What the assessment covers: systems, sites\",,,,,,text,,,,,,",
      "backup.taken,Backup,Do you take backups?,,,,,,yes/no,,,,,,\"Answer for backups you take yourselves.\nA second line: it must stay a comment.\"",
      "backup.generations,Backup,How many generations do you keep?,,,,,,number,,generations,0,100,backup.taken,",
      "backup.media,Backup,Which media do you keep backups on?,,,,,,multiple choice,\"tape: Tape\ndisk_on_another_server_in_another_building: Disks of a server in another building, kept apart from the network\",,,,backup.taken,",
      "backup.tested_on,Backup,When did you last test a restore?,,,,,,date,never: Never tested,,,,backup.taken,",
      "vpn.owner,VPN,Who manages the VPN device?,,,,,,choice,\"vendor: The maintenance vendor\nus: Ourselves # with a hash\",,,,remote.vpn_used and (vpn.mfa or vpn.mfa == false),",
      "vpn.mfa,VPN,Do you use multi-factor authentication?,,,,,,yes/no,,,,,remote.vpn_used,",
      "vpn.note,VPN,Anything else?,,,,,,text,,,,,remote.vpn_used,",
      "remote.vpn_used,Remote,Do you use a VPN?,,,,,,yes/no,,,,,,",
      "remote.devices,Remote,How many devices?,,,,,,number,,,1,,,"});
}

TEST_CASE("the CSV quick first pass in Japanese: a byte order mark, the quick note on the first rows") {
  std::string csv = render_csv_template(checklist_of(kChecklist), options(Lang::ja, true));
  REQUIRE(csv.substr(0, 3) == "\xEF\xBB\xBF");
  std::vector<std::string> rows = records(csv.substr(3));
  REQUIRE(rows.size() == 21);  // header, 12 instructions, 6 meta rows, 2 questions
  CHECK(std::vector<std::string>(rows.begin(), rows.begin() + 3) == std::vector<std::string>{
      "id,section,question,answer,na_reason,alternative,comment,evidence,type,choices,unit,min,max,asked_if,help",
      ",,tenken 回答ファイル：1分野、2問,,,,,,,,,,,,",
      ",,簡易版（最初の一巡）：全9問のうち、重大度が「重大」「高」のルールを判定する2問だけを載せています。このファイルは質問の一部です。ほかの質問が必要なルールは、レポートで「未回答」のままになります。すべての質問は、--quick を付けずに `tenken template` を実行すると作成できます。,,,,,,,,,,,,"});
  CHECK(std::vector<std::string>(rows.end() - 2, rows.end()) == std::vector<std::string>{
      "backup.taken,バックアップ,バックアップを取得していますか。,,,,,,はい/いいえ,,,,,,\"委託先が自社の設備で取っているバックアップしかない場合は「いいえ」です。\n二行目の説明です。\"",
      "backup.media,バックアップ,媒体は何ですか。,,,,,,複数選択,\"tape: テープ\ndisk_on_another_server_in_another_building: 別の建物のサーバーのディスク\",,,,backup.taken,"});
}

TEST_CASE("the same checklist and options give the same bytes") {
  Checklist c = checklist_of(kChecklist);
  CHECK(render_yaml_template(c, options(Lang::ja)) == render_yaml_template(c, options(Lang::ja)));
  CHECK(render_csv_template(c, options(Lang::en)) == render_csv_template(c, options(Lang::en)));
}

// Texts holding every kind of line break a YAML reader might honour, control characters, and YAML
// syntax: each must stay inside its comment.
constexpr const char* kHostileChecklist = R"(sections:
  - id: evil
    title: {ja: "題\nanswers: {evil.q: yes}", en: "Title\rorganization: x"}
    ask_if: evil.b
    questions:
      - id: evil.q
        type: choice
        text: {ja: "問\u2028evil.b: yes", en: "Question\u0085evil.b: yes\n\n- item"}
        help: {ja: "説明\u2029# not a comment", en: "Help\e[31m red\x7f\n  evil.b: no"}
        choices:
          - {id: a, text: {ja: "選択\n  evil.b: yes", en: "Choice\r\nevil.b: yes"}}
          - {id: b, text: {ja: "選択\u0085b", en: "Choice\u2028b"}}
      - id: evil.b
        type: date
        never: {ja: "なし\nx: 1", en: "None\ny: 2"}
        text: {ja: "日付", en: "Date"}
)";

TEST_CASE("no text from the checklist leaves its comment line, and the template loads with nothing answered") {
  Checklist c = checklist_of(kHostileChecklist);
  for (Lang lang : {Lang::ja, Lang::en}) {
    CAPTURE(lang_code(lang));
    std::string yaml = render_yaml_template(c, options(lang));
    // Every line is blank, a comment, or one of the keys the template writes.
    size_t begin = 0;
    for (size_t end; (end = yaml.find('\n', begin)) != std::string::npos; begin = end + 1) {
      std::string line = yaml.substr(begin, end - begin);
      size_t first = line.find_first_not_of(' ');
      bool ok = first == std::string::npos || line[first] == '#' || line == "organization:" || line == "assessment:" ||
                line == "answers:" || line == "  evil.q:" || line == "  evil.b:" || line.rfind("  name:", 0) == 0 ||
                line.rfind("  sector:", 0) == 0 || line.rfind("  size:", 0) == 0 || line.rfind("  date:", 0) == 0 ||
                line.rfind("  assessor:", 0) == 0 || line.rfind("  scope:", 0) == 0;
      CAPTURE(line);
      CHECK(ok);
      CHECK(line.find_first_of("\r\x1b\x7f") == std::string::npos);
      CHECK(line.find("\u2028") == std::string::npos);
      CHECK(line.find("\u2029") == std::string::npos);
      CHECK(line.find("\u0085") == std::string::npos);
    }
    std::string filled = yaml;
    filled.replace(filled.find("  name:"), 7, "  name: X");
    filled.replace(filled.find("  date:"), 7, "  date: 2026-04-01");
    Diagnostics diags;
    std::optional<Answers> a = load_answers(source("t.yaml", filled), diags);
    CHECK(render(diags) == "");
    REQUIRE(a);
    CHECK(a->answers.empty());
    CHECK(a->organization.name == "X");
  }
}

TEST_CASE("the CSV template loads back with nothing answered, and a cell that looks like a formula is defused") {
  Checklist c = checklist_of(std::string(kChecklist) + R"yaml(  - id: sheet
    title: {ja: "=HYPERLINK(\"x\")", en: "@SUM(1)"}
    questions:
      - id: sheet.q
        type: text
        text: {ja: "-1+1", en: "+1"}
)yaml");
  std::string csv = render_csv_template(c, options(Lang::en));
  CHECK(csv.find("sheet.q,'@SUM(1),'+1,") != std::string::npos);
  std::string filled = csv;
  auto answer = [&filled](const std::string& row_start, const std::string& value) {
    size_t at = filled.find(row_start);
    REQUIRE(at != std::string::npos);
    filled.insert(at + row_start.size(), value);
  };
  answer("organization.name,Organisation,The organisation's name (required),", "X");
  answer("assessment.date,Assessment,The assessment date as YYYY-MM-DD (required); every date is judged against it,",
         "2026/4/1");
  Diagnostics diags;
  std::optional<Answers> a = load_answers_csv(source("t.csv", filled.substr(3)), c, diags);
  CHECK(render(diags) == "");
  REQUIRE(a);
  CHECK(a->answers.empty());
  CHECK(a->organization.name == "X");
  CHECK(a->assessment.date == "2026-04-01");
}

}  // namespace
}  // namespace tenken::answering
