// Tests of three-valued logic (value.h) and of evaluating compiled conditions (evaluator.h):
// the full truth tables of and/or/not over {true, false, unknown, not_applicable}, how the two
// kinds of not knowing travel through comparisons, and the functions answered(), days_since()
// and count().
#include "evaluate/value.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "compile/checker.h"
#include "compile/parser.h"
#include "tenken/dates.h"
#include "evaluate/evaluator.h"
#include "tests/engine_fixtures.h"

namespace tenken::eval {
namespace {

const Value T = Value::of(true);
const Value F = Value::of(false);
const Value U = Value::missing(Known::unknown);
const Value N = Value::missing(Known::not_applicable);

std::string name(const Value& v) {
  switch (v.known) {
    case Known::yes: return v.boolean ? "T" : "F";
    case Known::unknown: return "U";
    case Known::not_applicable: return "N";
  }
  return "?";
}

// Rows are the left operand, columns the right, both in the order T F U N.
template <class Op>
std::vector<std::string> table(Op op) {
  std::vector<std::string> rows;
  for (const Value& a : {T, F, U, N}) {
    std::string row;
    for (const Value& b : {T, F, U, N}) row += name(op(a, b));
    rows.push_back(row);
  }
  return rows;
}

TEST_CASE("value: and — false wins, then unknown, then not applicable") {
  CHECK(table(logical_and) == std::vector<std::string>{
                                  "TFUN",  // T and ...
                                  "FFFF",  // F and ...
                                  "UFUU",  // U and ...
                                  "NFUN",  // N and ...
                              });
}

TEST_CASE("value: or — true wins, then unknown, then not applicable") {
  CHECK(table(logical_or) == std::vector<std::string>{
                                 "TTTT",  // T or ...
                                 "TFUN",  // F or ...
                                 "TUUU",  // U or ...
                                 "TNUN",  // N or ...
                             });
}

TEST_CASE("value: not keeps either kind of not knowing") {
  std::string out;
  for (const Value& a : {T, F, U, N}) out += name(logical_not(a));
  CHECK(out == "FTUN");
}

TEST_CASE("value: and/or give the same result in either order") {
  for (const Value& a : {T, F, U, N})
    for (const Value& b : {T, F, U, N}) {
      CHECK(name(logical_and(a, b)) == name(logical_and(b, a)));
      CHECK(name(logical_or(a, b)) == name(logical_or(b, a)));
    }
}

// Slots for the test checklist (tests/engine_fixtures.h): 0 backup.taken, 1 backup.generations,
// 2 backup.location, 3 backup.media, 4 backup.tested_on, 5 backup.owner, 6 remote.vpn_used,
// 7 vpn.mfa, 8 vpn.patched_on.
class Conditions {
 public:
  Conditions() {
    Diagnostics diags;
    lib_ = load_library({testing::source("checklist.yaml", testing::kChecklist)}, diags);
    REQUIRE(testing::render(diags) == "");
    slots_.resize(lib_.checklist.questions.size());
  }

  SlotAnswer& slot(int i) { return slots_[i]; }
  void answer(int i, Value v) {
    slots_[i].status = AnswerStatus::answered;
    slots_[i].value = v;
  }
  void status(int i, AnswerStatus s) { slots_[i].status = s; }

  // The condition's value as T, F, U or N.
  std::string operator()(std::string_view text, int today = 0) {
    expr::ParseResult parsed = expr::parse(text);
    REQUIRE_FALSE(parsed.error);
    expr::Program p;
    REQUIRE(expr::check(parsed.ast, expr::QuestionIndex(lib_.checklist), p).empty());
    for (SlotAnswer& s : slots_) s.value.text = &s.text;
    return name(evaluate(p, slots_, today));
  }

 private:
  Library lib_;
  std::vector<SlotAnswer> slots_;
};

Value number(double n) { return Value::of_number(n); }
Value choice(int i) { return Value::of_choice(i); }
// backup.media has three options: tape, disk, cloud.
Value set(uint64_t bits) { return Value::of_set(bits, 0b111); }
Value partial(uint64_t has, uint64_t lacks) { return Value::of_set(has, has | lacks); }
Value date(std::string_view text) {
  dates::DatePeriod p = *dates::parse_period(text);
  return Value::of_days(p.first_day, p.last_day);
}

TEST_CASE("evaluator: reading a question: answered, don't know, N/A, unanswered, skipped") {
  Conditions c;
  c.answer(0, Value::of(true));
  CHECK(c("backup.taken") == "T");
  CHECK(c("not backup.taken") == "F");
  c.status(0, AnswerStatus::dont_know);
  CHECK(c("backup.taken") == "U");
  c.status(0, AnswerStatus::unanswered);
  CHECK(c("backup.taken") == "U");
  c.status(0, AnswerStatus::not_applicable);
  CHECK(c("backup.taken") == "N");
  c.status(0, AnswerStatus::not_asked);
  CHECK(c("backup.taken") == "N");
  CHECK(c("not backup.taken") == "N");
}

TEST_CASE("evaluator: comparisons of known values") {
  Conditions c;
  c.answer(0, Value::of(false));
  c.answer(1, number(3));
  c.answer(2, choice(2));  // offsite
  c.answer(3, set(0b101));  // tape, cloud
  c.answer(5, Value::of(true));  // text answers are known values whose text is the slot's
  c.slot(5).text = "情報システム課";
  c.answer(6, Value::of(false));
  CHECK(c("backup.taken == no") == "T");
  CHECK(c("backup.taken != remote.vpn_used") == "F");
  CHECK(c("backup.generations == 3") == "T");
  CHECK(c("backup.generations != 3") == "F");
  CHECK(c("backup.generations < 3") == "F");
  CHECK(c("backup.generations <= 3") == "T");
  CHECK(c("backup.generations > 2.5") == "T");
  CHECK(c("backup.generations >= 4") == "F");
  CHECK(c("3 <= backup.generations") == "T");
  CHECK(c("backup.generations in [1, 3]") == "T");
  CHECK(c("backup.generations in [1, 2]") == "F");
  CHECK(c("backup.location == \"offsite\"") == "T");
  CHECK(c("\"offsite\" != backup.location") == "F");
  CHECK(c("backup.location in [\"same_server\", \"other_server\"]") == "F");
  CHECK(c("backup.location in [\"offsite\"]") == "T");
  CHECK(c("backup.media contains \"tape\"") == "T");
  CHECK(c("backup.media contains \"disk\"") == "F");
  CHECK(c("backup.owner == \"情報システム課\"") == "T");
  CHECK(c("backup.owner != \"情報システム課\"") == "F");
  CHECK(c("backup.owner in [\"総務課\", \"情報システム課\"]") == "T");
  CHECK(c("backup.owner in [\"総務課\"]") == "F");
}

TEST_CASE("evaluator: a comparison with a missing answer is unknown or not applicable, as the answer is") {
  Conditions c;
  c.answer(1, number(3));
  // backup.location unanswered (unknown); backup.media answered N/A; vpn.patched_on skipped.
  c.status(3, AnswerStatus::not_applicable);
  c.status(8, AnswerStatus::not_asked);
  CHECK(c("backup.location == \"offsite\"") == "U");
  CHECK(c("backup.location in [\"offsite\"]") == "U");
  CHECK(c("backup.media contains \"tape\"") == "N");
  CHECK(c("count(backup.media) > 1") == "N");
  CHECK(c("days_since(vpn.patched_on) < 90") == "N");
  CHECK(c("backup.owner == \"x\"") == "U");
  // Two missing operands: unknown wins, because an answer could still decide it.
  CHECK(c("backup.taken == remote.vpn_used") == "U");
  c.status(0, AnswerStatus::not_asked);
  CHECK(c("backup.taken == remote.vpn_used") == "U");
  c.status(6, AnswerStatus::not_applicable);
  CHECK(c("backup.taken == remote.vpn_used") == "N");
  // A decided side of and/or wins over a missing comparison.
  CHECK(c("backup.generations > 2 or backup.location == \"offsite\"") == "T");
  CHECK(c("backup.generations > 5 and backup.location == \"offsite\"") == "F");
  CHECK(c("backup.generations > 2 and backup.location == \"offsite\"") == "U");
  CHECK(c("backup.generations > 2 and backup.media contains \"tape\"") == "N");
}

TEST_CASE("evaluator: answered() is known even when the answer is not") {
  Conditions c;
  CHECK(c("answered(backup.owner)") == "F");
  c.status(5, AnswerStatus::dont_know);
  CHECK(c("answered(backup.owner)") == "F");
  c.status(5, AnswerStatus::not_applicable);
  CHECK(c("answered(backup.owner)") == "F");
  c.status(5, AnswerStatus::not_asked);
  CHECK(c("answered(backup.owner)") == "F");
  c.status(5, AnswerStatus::answered);
  CHECK(c("answered(backup.owner)") == "T");
}

TEST_CASE("evaluator: days_since() counts to the assessment date, not the wall clock") {
  Conditions c;
  c.answer(4, date("2026-01-01"));
  int april = *dates::parse_date("2026-04-01");
  // 2026-01-01 to 2026-04-01: 31 + 28 + 31 = 90 days.
  CHECK(c("days_since(backup.tested_on) == 90", april) == "T");
  CHECK(c("days_since(backup.tested_on) <= 89", april) == "F");
  CHECK(c("days_since(backup.tested_on) == 0", *dates::parse_date("2026-01-01")) == "T");
  CHECK(c("days_since(backup.tested_on) == 365", *dates::parse_date("2027-01-01")) == "T");
  // Across a leap day: 2024-02-01 to 2024-03-01 is 29 days.
  c.answer(4, date("2024-02-01"));
  CHECK(c("days_since(backup.tested_on) == 29", *dates::parse_date("2024-03-01")) == "T");
  // A date after the assessment date counts negative.
  c.answer(4, date("2026-04-11"));
  CHECK(c("days_since(backup.tested_on) < 0", april) == "T");
}

TEST_CASE("evaluator: count() counts the chosen items") {
  Conditions c;
  c.answer(3, set(0));
  CHECK(c("count(backup.media) == 0") == "T");
  c.answer(3, set(0b011));
  CHECK(c("count(backup.media) == 2") == "T");
  c.answer(3, set(0b111));
  CHECK(c("count(backup.media) >= 3") == "T");
  c.status(3, AnswerStatus::dont_know);
  CHECK(c("count(backup.media) >= 3") == "U");
}

}  // namespace
}  // namespace tenken::eval

namespace tenken::eval {
namespace {

TEST_CASE("evaluator: a partial multiple-choice answer decides only the options it knows") {
  Conditions c;
  c.answer(3, partial(0b001, 0b010));  // has tape, lacks disk, cloud not known
  CHECK(c("backup.media contains \"tape\"") == "T");
  CHECK(c("backup.media contains \"disk\"") == "F");
  CHECK(c("backup.media contains \"cloud\"") == "U");
  CHECK(c("not (backup.media contains \"cloud\")") == "U");
  // A known option decides an and/or whatever the unknown one would say.
  CHECK(c("backup.media contains \"disk\" and backup.media contains \"cloud\"") == "F");
  CHECK(c("backup.media contains \"tape\" or backup.media contains \"cloud\"") == "T");
  CHECK(c("backup.media contains \"disk\" or backup.media contains \"cloud\"") == "U");
  // count() is between the options known present and those plus every option not known.
  CHECK(c("count(backup.media) >= 1") == "T");
  CHECK(c("count(backup.media) >= 2") == "U");
  CHECK(c("count(backup.media) >= 3") == "F");
  CHECK(c("count(backup.media) == 0") == "F");
  CHECK(c("count(backup.media) <= 2") == "T");
  // Nothing known at all: every option unknown.
  c.answer(3, partial(0, 0));
  CHECK(c("backup.media contains \"tape\"") == "U");
  CHECK(c("count(backup.media) >= 0") == "T");
  CHECK(c("count(backup.media) > 0") == "U");
  // Everything known, in the partial form: as complete as a list.
  c.answer(3, partial(0b100, 0b011));
  CHECK(c("count(backup.media) == 1") == "T");
  CHECK(c("backup.media contains \"cloud\"") == "T");
}

TEST_CASE("evaluator: a month or a year decides a comparison only where the whole period agrees") {
  Conditions c;
  int april = *dates::parse_date("2026-04-01");
  c.answer(4, date("2025-06"));  // 2025-06-01 .. 2025-06-30: 275 to 304 days before April 1
  CHECK(c("days_since(backup.tested_on) <= 365", april) == "T");
  CHECK(c("days_since(backup.tested_on) <= 304", april) == "T");
  CHECK(c("days_since(backup.tested_on) <= 303", april) == "U");
  CHECK(c("days_since(backup.tested_on) <= 274", april) == "F");
  CHECK(c("days_since(backup.tested_on) > 274", april) == "T");
  CHECK(c("days_since(backup.tested_on) > 280", april) == "U");
  CHECK(c("days_since(backup.tested_on) == 280", april) == "U");
  CHECK(c("days_since(backup.tested_on) == 100", april) == "F");
  CHECK(c("days_since(backup.tested_on) != 100", april) == "T");
  CHECK(c("days_since(backup.tested_on) in [100, 200]", april) == "F");
  CHECK(c("days_since(backup.tested_on) in [100, 280]", april) == "U");
  c.answer(4, date("2024"));  // a whole year: 456 to 821 days
  CHECK(c("days_since(backup.tested_on) <= 365", april) == "F");
  CHECK(c("days_since(backup.tested_on) <= 730", april) == "U");
  CHECK(c("days_since(backup.tested_on) < 900", april) == "T");
  c.answer(4, date("2026-03-15"));  // an exact day is exact
  CHECK(c("days_since(backup.tested_on) == 17", april) == "T");
}

TEST_CASE("evaluator: never is older than any threshold") {
  Conditions c;
  c.answer(4, Value::of_never());
  CHECK(c("days_since(backup.tested_on) <= 365", 20000) == "F");
  CHECK(c("days_since(backup.tested_on) > 100000", 20000) == "T");
  CHECK(c("days_since(backup.tested_on) == 0", 20000) == "F");
  CHECK(c("answered(backup.tested_on)", 20000) == "T");
}

}  // namespace
}  // namespace tenken::eval
