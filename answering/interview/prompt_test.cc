// What the interview shows, as whole texts: a question with help and choices wrapped by display
// width, how each type is answered, answers as the operator reads them, progress and banners,
// colour only when asked for, and control characters from content never reaching the terminal.
#include "answering/interview/prompt.h"

#include <doctest/doctest.h>

namespace tenken::answering {
namespace {

Question choice_question() {
  Question q;
  q.id = "backup.location";
  q.type = QuestionType::choice;
  q.text = {"バックアップはどこに保管していますか。元のサーバと同じ場所にあると、一緒に暗号化されます。",
            "Where are backups kept?"};
  q.help = {"複数ある場合は最も安全なものを選んでください。", "Choose the safest if there are several."};
  q.choices = {{"same_server", {"元のサーバと同じ", "On the same server"}, {}},
               {"offline", {"オフライン媒体（テープ、外付けディスク）", "Offline media (tape, external disks)"}, {}}};
  return q;
}

RawScalar raw(std::string text) {
  RawScalar r;
  r.text = std::move(text);
  return r;
}

TEST_CASE("prompt: a question wrapped by display width, help indented, choices numbered") {
  CHECK(question_body(choice_question(), Lang::ja, 40, Style{}) ==
        "バックアップはどこに保管していますか。元\n"
        "のサーバと同じ場所にあると、一緒に暗号化\n"
        "されます。\n"
        "  複数ある場合は最も安全なものを選んでく\n"
        "  ださい。\n"
        "   1. 元のサーバと同じ (same_server)\n"
        "   2. オフライン媒体（テープ、外付けディ\n"
        "      スク） (offline)\n");
  CHECK(question_body(choice_question(), Lang::en, 40, Style{}) ==
        "Where are backups kept?\n"
        "  Choose the safest if there are\n"
        "  several.\n"
        "   1. On the same server (same_server)\n"
        "   2. Offline media (tape, external\n"
        "      disks) (offline)\n");
}

TEST_CASE("prompt: how each type is answered") {
  Question q;
  q.type = QuestionType::number;
  q.unit = {"世代", "generations"};
  q.min = 0;
  q.max = 100;
  CHECK(how_to_answer(q, Lang::en) == "Answer: a number in generations, from 0 to 100. Known only roughly? 30-60, >=30 or <=60.");
  CHECK(how_to_answer(q, Lang::ja) == "回答: 数値（単位: 世代）、0〜100。おおよそなら範囲で（30〜60、30以上、60以下）");
  q.max.reset();
  q.unit = {};
  CHECK(how_to_answer(q, Lang::en) == "Answer: a number, at least 0. Known only roughly? 30-60, >=30 or <=60.");
  q.min.reset();
  q.max = 2.5;
  CHECK(how_to_answer(q, Lang::ja) == "回答: 数値、2.5 以下。おおよそなら範囲で（30〜60、30以上、60以下）");
  q.type = QuestionType::date;
  CHECK(how_to_answer(q, Lang::en) == "Answer: a date YYYY-MM-DD, or YYYY-MM or YYYY if that is all you know.");
  q.never = {"一度も更新していない", "Never updated"};
  CHECK(how_to_answer(q, Lang::en) ==
        "Answer: a date YYYY-MM-DD, or YYYY-MM or YYYY if that is all you know; or never (Never updated).");
  CHECK(how_to_answer(q, Lang::ja) ==
        "回答: 日付 YYYY-MM-DD（分かるのが月か年までなら YYYY-MM か YYYY）、または never（一度も更新していない）");
  q.type = QuestionType::boolean;
  CHECK(how_to_answer(q, Lang::ja) == "回答: y（はい）か n（いいえ）");
  q.type = QuestionType::multi_choice;
  CHECK(how_to_answer(q, Lang::en) ==
        "Answer: every choice that applies, numbers or ids separated by spaces or commas (1 3); [] for none. Only "
        "partly known? +1 +3 -2 (has 1 and 3, lacks 2, the rest not known).");
}

TEST_CASE("prompt: answers as the operator reads them") {
  Question q = choice_question();
  Answer a;
  a.raw = {raw("offline")};
  CHECK(describe_answer(a, q, Lang::en) == "Offline media (tape, external disks) (offline)");
  a.comment = "line\nbreak \x1b[31m";
  a.evidence = {"a.png", "b.pdf"};
  CHECK(describe_answer(a, q, Lang::ja) ==
        "オフライン媒体（テープ、外付けディスク） (offline)\n  コメント: line␊break ␛[31m\n  証跡: a.png、b.pdf");
  q.type = QuestionType::multi_choice;
  Answer m;
  m.is_list = m.is_partial = true;
  m.raw = {raw("offline")};
  m.lacks = {raw("same_server")};
  CHECK(describe_answer(m, q, Lang::en) ==
        "has: Offline media (tape, external disks) (offline); lacks: On the same server (same_server) (the rest not known)");
  m.is_partial = false;
  m.raw.clear();
  m.lacks.clear();
  CHECK(describe_answer(m, q, Lang::ja) == "どれも当てはまらない");
  Answer na;
  na.form = AnswerForm::not_applicable;
  na.na_reason = "公開フォームはない";
  CHECK(describe_answer(na, q, Lang::ja) == "該当しない: 公開フォームはない");
  Answer dk;
  dk.form = AnswerForm::dont_know;
  CHECK(describe_answer(dk, q, Lang::en) == "don't know");
  Question d;
  d.type = QuestionType::date;
  d.never = {"一度もない", "Never"};
  Answer never;
  never.raw = {raw("never")};
  CHECK(describe_answer(never, d, Lang::ja) == "never (一度もない)");
  Question b;
  Answer yes;
  yes.raw = {raw("yes")};
  CHECK(describe_answer(yes, b, Lang::ja) == "はい (yes)");
}

TEST_CASE("prompt: an approximate number as the operator reads it") {
  Question q;
  q.type = QuestionType::number;
  q.unit = {"世代", "generations"};
  Answer a;
  a.is_range = true;
  a.at_least = raw("30");
  a.at_most = raw("60");
  CHECK(describe_answer(a, q, Lang::en) == "between 30 and 60 generations");
  CHECK(describe_answer(a, q, Lang::ja) == "30〜60 世代");
  a.comment = "台帳では 40 前後";
  CHECK(describe_answer(a, q, Lang::ja) == "30〜60 世代\n  コメント: 台帳では 40 前後");
  a.comment.clear();
  a.at_most.reset();
  CHECK(describe_answer(a, q, Lang::en) == "at least 30 generations");
  CHECK(describe_answer(a, q, Lang::ja) == "30 世代以上");
  a.at_least.reset();
  a.at_most = raw("2.5\x1b[2J");
  q.unit = {};
  CHECK(describe_answer(a, q, Lang::en) == "at most 2.5␛[2J");
  CHECK(describe_answer(a, q, Lang::ja) == "2.5␛[2J 以下");
  a.at_least = raw("1");
  CHECK(describe_answer(a, q, Lang::en) == "between 1 and 2.5␛[2J");
}

// The part of the full help on how to answer, from its heading to the end.
std::string answer_forms_help(Lang lang) {
  std::string help = full_help(lang);
  return help.substr(help.find(lang == Lang::ja ? "回答の書き方:" : "How to answer:"));
}

TEST_CASE("prompt: the full help tells every way of answering, approximate numbers too") {
  CHECK(answer_forms_help(Lang::en) ==
        "How to answer:\n"
        "  yes/no         y or n (yes, no, はい, いいえ too)\n"
        "  one choice     its number or its id\n"
        "  several        numbers or ids separated by spaces or commas (1 3); [] for none of them\n"
        "                 only partly known: +1 +3 -2 (has 1 and 3, lacks 2, the rest not known)\n"
        "  number         12, 2.5 and so on; known only roughly: 30-60 or 30~60 (between),\n"
        "                 >=30, 30+ or 30以上 (at least), <=60 or 60以下 (at most)\n"
        "  date           YYYY-MM-DD; YYYY-MM or YYYY when that is all you know;\n"
        "                 never, where the question offers it\n"
        "  text           as typed; a line \"\"\" starts text of several lines, another \"\"\" ends it;\n"
        "                 start with \\ to write a command word as text (\\na)\n"
        "Full-width digits and signs are read as ASCII.\n");
  CHECK(answer_forms_help(Lang::ja) ==
        "回答の書き方:\n"
        "  はい/いいえ     y か n（yes, no, はい, いいえ も可）\n"
        "  選択肢          番号か ID\n"
        "  複数選択        番号か ID をスペースかカンマで区切る（1 3）。どれもなければ []\n"
        "                  一部だけ分かる場合は +1 +3 -2（1 と 3 はある、2 はない、他は不明）\n"
        "  数値            12、2.5 など。おおよそしか分からなければ範囲で: 30-60 か 30〜60（その間）、\n"
        "                  >=30、30+ か 30以上（以上）、<=60 か 60以下（以下）\n"
        "  日付            YYYY-MM-DD。分かるのが月か年までなら YYYY-MM か YYYY。\n"
        "                  質問が認めていれば never（一度もない）\n"
        "  自由記述        そのまま入力。\"\"\" だけの行で複数行の入力を始め、\"\"\" だけの行で終える。\n"
        "                  コマンドと同じ語（na, s など）を書くときは先頭に \\ を付ける（\\na）\n"
        "全角の数字や記号も使えます。\n");
}

TEST_CASE("prompt: progress, banner and legend; colour only when asked for") {
  Progress p{"バックアップ", 2, 6, 5, 40};
  CHECK(progress_line(p, "backup.generations", Lang::ja, Style{}) == "[バックアップ 2/6 ・ 全体 5/40]  backup.generations\n");
  CHECK(progress_line(p, "backup.generations", Lang::en, Style{true}) ==
        "\x1b[2m[バックアップ 2/6 · overall 5/40]\x1b[0m  \x1b[2mbackup.generations\x1b[0m\n");
  CHECK(section_banner("バックアップ", 30, Style{}) == "\n── バックアップ ──────────────\n");
  CHECK(section_banner("evil\x1b[2J", 20, Style{}) == "\n── evil␛[2J ────────\n");
  CHECK(legend(Lang::en, 120, Style{}) ==
        "? don't know · na not applicable · alt met another way · c comment · b back · s skip · q quit · h help\n");
  CHECK(legend(Lang::en, 80, Style{}) ==
        "? don't know · na not applicable · alt met another way · c comment · b back\n"
        "s skip · q quit · h help\n");
  CHECK(legend(Lang::ja, 80, Style{true}) ==
        "\x1b[2m? わからない ・ na 該当しない ・ alt 別の方法で対策 ・ c コメント ・ b 戻る\x1b[0m\n"
        "\x1b[2ms 飛ばす ・ q 中断 ・ h ヘルプ\x1b[0m\n");
}

}  // namespace
}  // namespace tenken::answering
