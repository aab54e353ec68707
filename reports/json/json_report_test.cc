// Tests of the Result's JSON form: the whole output for a small Result, and the round trip
// Result → JSON → Result → JSON. Reading bad documents is tested in json_read_test.cc.
#include <doctest/doctest.h>

#include <string>

#include "common/sample_result_test.h"
#include "tenken/reports/render.h"

namespace tenken {
namespace {

// The sample cut down to a waived failure (an answer with comment and evidence; a former id) and
// a not-applicable rule (an answer with a reason; empty cases and refs).
Result small_result() {
  Result r = testing::sample_result();
  r.rules = {testing::sample_backup(), testing::sample_usb()};
  r.rules[0].formerly = {"backup-offline"};
  r.rules[0].waiver = RuleWaiver{"Tapes \"ordered\"", "CISO", "2026-09-30", WaiverStatus::active, "w.yaml:2"};
  r.waivers_path = "w.yaml";
  r.summary.counts = {0, 0, 0, 1, 0, 1, 0};
  r.summary.score = 0;
  r.summary.score_flat = 0;
  r.summary.waivers = {1, 0, 0};
  r.summary.categories = {testing::sample_category("backup", {"バックアップ", "Backup"}, 0, 0, 10, {0, 0, 0, 0, 0, 1, 0})};
  r.summary.coverage = {3, 2, 0, 1, 0, 100};
  r.questions_needed.clear();
  return r;
}

constexpr const char* kSmallJson = R"txt({
  "version": 1,
  "tool": {
    "name": "tenken",
    "version": "0.1.0"
  },
  "organization": {
    "name": "みなと水道企業団",
    "sector": "water"
  },
  "assessment": {
    "date": "2026-04-01",
    "assessor": "山田 太郎",
    "scope": "浄水場の制御系と事務系ネットワーク"
  },
  "answers_file": "answers/minato-2026.yaml",
  "waivers_file": "w.yaml",
  "summary": {
    "score": 0.0,
    "score_flat": 0.0,
    "score_after_waivers": 0.0,
    "score_flat_after_waivers": 0.0,
    "counts": {
      "pass": 0,
      "fail": 0,
      "unknown": 0,
      "notapplicable": 1,
      "notchecked": 0,
      "waived": 1,
      "error": 0
    },
    "waivers": {
      "active": 1,
      "expired": 0,
      "not_needed": 0
    },
    "coverage": {
      "asked": 3,
      "answered": 2,
      "dont_know": 0,
      "not_applicable": 1,
      "unanswered": 0,
      "percent": 100.0,
      "quick_pass": false,
      "quick_questions": 0
    },
    "categories": [
      {
        "category": "backup",
        "title": {
          "ja": "バックアップ",
          "en": "Backup"
        },
        "score": 0.0,
        "weight_met": 0.0,
        "weight_scored": 10.0,
        "score_after_waivers": 0.0,
        "weight_scored_after_waivers": 0.0,
        "counts": {
          "pass": 0,
          "fail": 0,
          "unknown": 0,
          "notapplicable": 0,
          "notchecked": 0,
          "waived": 1,
          "error": 0
        }
      }
    ]
  },
  "results": [
    {
      "rule": "backup-isolated-copy",
      "state": "fail",
      "severity": "critical",
      "category": "backup",
      "weight": 10.0,
      "title": {
        "ja": "ランサムウェアが届かないバックアップを持つ",
        "en": "Keep a backup copy that ransomware cannot reach"
      },
      "rationale": {
        "ja": "病院の事例では、バックアップサーバが同じネットワーク上にあり、電子カルテと一緒に暗号化されたため、復旧に数日ではなく2か月を要した。",
        "en": "In the hospital case the backup server sat on the same network and was encrypted together with the electronic medical records, so recovery took two months instead of days."
      },
      "recommendation": {
        "ja": "少なくとも1つのコピーをオフラインまたは変更不可の状態で保管し、年1回以上そこからの復元を試験する。",
        "en": "Keep at least one copy offline or immutable, and test restoring from it once a year."
      },
      "evidence": {
        "ja": "バックアップ構成図と直近の復元試験の記録",
        "en": "The backup design and the record of the last restore test"
      },
      "cases": [
        "nisc-2021-06",
        "nisc-2016-03"
      ],
      "refs": {
        "cis_v8": [
          "11.4"
        ],
        "csf2": [
          "PR.DS-11"
        ],
        "iso27001_2022": [
          "A.8.13"
        ]
      },
      "answers": [
        {
          "question": "backup.taken",
          "status": "answered",
          "value": "yes",
          "line": 8
        },
        {
          "question": "backup.offline_copy",
          "status": "answered",
          "value": "no",
          "comment": "テープ運用は2023年に停止した",
          "evidence": [
            "backup-design.pdf"
          ],
          "line": 9
        }
      ],
      "needs": [],
      "formerly": [
        "backup-offline"
      ],
      "waiver": {
        "status": "active",
        "justification": "Tapes \"ordered\"",
        "approved_by": "CISO",
        "expires": "2026-09-30",
        "origin": "w.yaml:2"
      }
    },
    {
      "rule": "media-usb-control",
      "state": "notapplicable",
      "severity": "medium",
      "category": "endpoint",
      "weight": 3.0,
      "title": {
        "ja": "USBメモリの利用を管理する",
        "en": "Control the use of USB memory sticks"
      },
      "rationale": {
        "ja": "",
        "en": ""
      },
      "recommendation": {
        "ja": "",
        "en": ""
      },
      "evidence": {
        "ja": "",
        "en": ""
      },
      "cases": [],
      "refs": {},
      "answers": [
        {
          "question": "media.usb_ports",
          "status": "not_applicable",
          "value": "",
          "na_reason": "USB端子は物理的に封鎖済み",
          "line": 20
        }
      ],
      "needs": []
    }
  ],
  "questions_needed": [],
  "cases": [
    {
      "id": "nisc-2016-03",
      "title": {
        "ja": "事務用PCのランサムウェア感染",
        "en": "Ransomware on an office PC"
      },
      "summary": {
        "ja": "Webサイトの閲覧中にPCが感染した。",
        "en": "A PC was infected while browsing."
      }
    },
    {
      "id": "nisc-2021-06",
      "title": {
        "ja": "VPNルーターからのランサムウェア侵入",
        "en": "Ransomware through a VPN router"
      },
      "summary": {
        "ja": "委託先が設置したVPNルーターから侵入された。",
        "en": "Attackers came in through a vendor's VPN router."
      }
    }
  ]
}
)txt";

TEST_CASE("render_json writes every field in a fixed order") {
  CHECK(render_json(small_result()) == kSmallJson);
}

// An empty Result but for scores that need rounding: 50 / 3 and 500 / 7.
TEST_CASE("render_json rounds scores to 2 decimals") {
  Result r;
  r.tool_version = "0.1.0";
  r.summary.score = r.summary.score_after_waivers = 50.0 / 3;
  r.summary.coverage.percent = 500.0 / 7;
  CHECK(render_json(r) == R"txt({
  "version": 1,
  "tool": {
    "name": "tenken",
    "version": "0.1.0"
  },
  "organization": {
    "name": "",
    "sector": ""
  },
  "assessment": {
    "date": "",
    "assessor": "",
    "scope": ""
  },
  "answers_file": "",
  "waivers_file": "",
  "summary": {
    "score": 16.67,
    "score_flat": 0.0,
    "score_after_waivers": 16.67,
    "score_flat_after_waivers": 0.0,
    "counts": {
      "pass": 0,
      "fail": 0,
      "unknown": 0,
      "notapplicable": 0,
      "notchecked": 0,
      "waived": 0,
      "error": 0
    },
    "waivers": {
      "active": 0,
      "expired": 0,
      "not_needed": 0
    },
    "coverage": {
      "asked": 0,
      "answered": 0,
      "dont_know": 0,
      "not_applicable": 0,
      "unanswered": 0,
      "percent": 71.43,
      "quick_pass": false,
      "quick_questions": 0
    },
    "categories": []
  },
  "results": [],
  "questions_needed": [],
  "cases": []
}
)txt");
}

TEST_CASE("a Result survives the round trip through JSON") {
  std::string first = render_json(testing::sample_result());
  StatusOr<Result> read = result_from_json(first);
  REQUIRE(read.is_ok());
  const Result& back = read.value();
  CHECK(render_json(back) == first);

  // The round trip above would not notice a field that is neither written nor read; so check
  // that the read Result holds what the sample holds.
  REQUIRE(back.rules.size() == 6);
  const RuleResult& backup = back.rules[1];
  CHECK(backup.rule == "backup-isolated-copy");
  CHECK(backup.state == State::fail);
  CHECK(backup.severity == Severity::critical);
  CHECK(backup.weight == 10);
  CHECK(backup.title.ja == "ランサムウェアが届かないバックアップを持つ");
  CHECK(backup.refs.at("cis_v8") == std::vector<std::string>{"11.4"});
  REQUIRE(backup.answers.size() == 2);
  CHECK(backup.answers[1].comment == "テープ運用は2023年に停止した");
  CHECK(backup.answers[1].evidence == std::vector<std::string>{"backup-design.pdf"});
  CHECK(backup.answers[1].line == 9);
  CHECK(back.rules[3].needs == std::vector<std::string>{"mailform.captcha"});
  CHECK(back.rules[3].answers[1].status == AnswerStatus::dont_know);
  CHECK(back.rules[4].answers[0].na_reason == "USB端子は物理的に封鎖済み");
  CHECK(back.summary.score == 16.67);
  CHECK(back.summary.counts[static_cast<int>(State::fail)] == 2);
  CHECK(back.summary.categories[2].weight_scored == 12);
  CHECK(back.summary.coverage.dont_know == 1);
  CHECK(back.organization.name == "みなと水道企業団");
  CHECK(back.assessment.scope == "浄水場の制御系と事務系ネットワーク");
  CHECK(back.questions_needed[0].text.ja ==
        "公開メールフォームにCAPTCHAや送信回数の制限がありますか？");
}

}  // namespace
}  // namespace tenken
