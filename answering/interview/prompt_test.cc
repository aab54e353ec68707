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
  CHECK(how_to_answer(q, Lang::en) == "Answer: a number in generations, from 0 to 100.");
  CHECK(how_to_answer(q, Lang::ja) == "回答: 数値（単位: 世代）、0〜100");
  q.max.reset();
  q.unit = {};
  CHECK(how_to_answer(q, Lang::en) == "Answer: a number, at least 0.");
  q.min.reset();
  q.max = 2.5;
  CHECK(how_to_answer(q, Lang::ja) == "回答: 数値、2.5 以下");
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
        "オフライン媒体（テープ、外付けディスク） (offline)\n  コメント: line?break ?[31m\n  証跡: a.png、b.pdf");
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

TEST_CASE("prompt: progress, banner and legend; colour only when asked for") {
  Progress p{"バックアップ", 2, 6, 5, 40};
  CHECK(progress_line(p, "backup.generations", Lang::ja, Style{}) == "[バックアップ 2/6 ・ 全体 5/40]  backup.generations\n");
  CHECK(progress_line(p, "backup.generations", Lang::en, Style{true}) ==
        "\x1b[2m[バックアップ 2/6 · overall 5/40]\x1b[0m  \x1b[2mbackup.generations\x1b[0m\n");
  CHECK(section_banner("バックアップ", 30, Style{}) == "\n── バックアップ ──────────────\n");
  CHECK(section_banner("evil\x1b[2J", 20, Style{}) == "\n── evil?[2J ────────\n");
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
