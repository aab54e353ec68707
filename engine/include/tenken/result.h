// Result: what an evaluation found, one record per rule. A plain data structure with a versioned
// JSON form (docs/result.schema.json); every report format is rendered from it, and saved Result
// JSON can be rendered again without evaluating.
#pragma once

#include <array>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tenken/answers.h"
#include "tenken/catalog.h"
#include "tenken/checklist.h"
#include "tenken/rule.h"
#include "tenken/text.h"

namespace tenken {

// The version of the Result's JSON form. Bumped on any incompatible change. Version 1 carried
// every rule's texts; version 2 names the library by its digest and leaves the texts to it.
inline constexpr int kResultFormatVersion = 2;

// The result states of XCCDF 1.2 (pass, fail, unknown, notapplicable, notchecked, error), plus
// waived for a finding an approved, unexpired waiver covers.
enum class State { pass, fail, unknown, notapplicable, notchecked, waived, error };
inline constexpr int kStateCount = 7;
const char* format_as(State s);  // "pass", "fail", ...
// Parses "pass" ... "error"; false if the word is not a state.
bool parse_state(std::string_view word, State& out);

// How a question stood in the answers when a rule read it.
enum class AnswerStatus {
  answered,        // a value
  dont_know,       // answered `unknown`
  not_applicable,  // answered {na: reason}
  alternative,     // answered {alternative: justification}: met another way, for an auditor to judge
  unanswered,      // asked but not answered
  not_asked,       // skipped by ask_if
};
const char* format_as(AnswerStatus s);  // "answered", "dont_know", ...

struct AnswerUsed {
  std::string question;
  AnswerStatus status = AnswerStatus::unanswered;
  std::string value;  // canonical text: yes/no, 12, same_server, [a, b], 2024-10-01, free text
  std::string na_reason;
  std::string alternative;  // the justification of an alternative control
  std::string comment;
  std::vector<std::string> evidence;
  int line = 0;  // line of the answer in the answer file; 0 if not answered there
};

// An answer as the rules read it, shared by every rule that read the question in one evaluation
// (or one saved Result): copying a RuleResult copies no answer text.
class AnswerRef {
 public:
  AnswerRef(AnswerUsed answer) : answer_(std::make_shared<AnswerUsed>(std::move(answer))) {}  // NOLINT: implicit
  explicit AnswerRef(std::shared_ptr<AnswerUsed> shared) : answer_(std::move(shared)) {}

  operator const AnswerUsed&() const { return *answer_; }  // NOLINT: reads as the answer
  const AnswerUsed& operator*() const { return *answer_; }
  const AnswerUsed* operator->() const { return answer_.get(); }
  // The answer made this reference's own, to change (Results made by hand, in tests).
  AnswerUsed& edit();

 private:
  std::shared_ptr<AnswerUsed> answer_;  // never null
};

// How a waiver stood against the rule it names, judged on the assessment date.
enum class WaiverStatus {
  active,      // unexpired, and the rule failed or is unknown: the rule counts as waived
  expired,     // its expiry date is before the assessment date: ignored, and reported as expired
  not_needed,  // unexpired, but the rule passed or does not apply: nothing to waive
};
const char* format_as(WaiverStatus s);  // "active", "expired", "not_needed"

// A waiver as applied to one rule: an accepted risk, approved by someone, until a date.
struct RuleWaiver {
  std::string justification;
  std::string approved_by;
  std::string expires;  // YYYY-MM-DD, the last day it holds; empty: no expiry date
  WaiverStatus status = WaiverStatus::active;
  std::string origin;  // where it was written: "waivers.yaml:12"
};

// What a report says about a rule besides what the answers decided: the rule's words, as the
// library has them. Kept once (in the compiled library, or in a Result read from a file that
// carried them) and pointed to by every RuleResult, so an evaluation copies no text.
struct RuleTexts {
  LocalizedText title, rationale, recommendation, evidence;
  std::vector<std::string> cases;
  std::map<std::string, std::vector<std::string>> refs;
  std::vector<std::string> formerly;  // ids the rule had before (rule renames), for `diff`
};

// The texts of a rule made by hand without any: every RuleResult points somewhere.
inline const RuleTexts kNoRuleTexts{};

// A case cited by the rules, told briefly so that a report can show it beside the rule.
struct CaseSummary {
  std::string id;  // "nisc-2021-06"
  LocalizedText title;
  LocalizedText summary;
};

// The texts of a whole library, shared by the Results evaluated with it.
struct LibraryTexts {
  std::vector<RuleTexts> rules;    // one per rule, in the library's order
  std::vector<CaseSummary> cases;  // every catalogued case a rule cites, sorted by id
  // The questions, sorted by id: their texts and the labels of their choices, units and `never`,
  // so that a report shows an answer in its language ("同じサーバー内", not same_server).
  std::vector<Question> questions;
  std::vector<Action> actions;  // the work that closes rules together, for the action plan

  // The question with this id; null when the library has none.
  const Question* question(std::string_view id) const;
};

struct RuleResult {
  std::string rule;
  State state = State::unknown;
  Severity severity = Severity::medium;
  std::string category;
  double weight = 0;
  // Kept alive by Result::texts (or, for kNoRuleTexts, by the program). Never null.
  const RuleTexts* texts = &kNoRuleTexts;
  std::vector<AnswerRef> answers;  // every question the rule reads, in the order it reads them
  std::vector<std::string> needs;   // for unknown: the questions still to be answered
  // For a question in `needs` answered in part ({has, lacks}): the options the rule still needs.
  std::map<std::string, std::vector<std::string>> needs_options;
  std::optional<RuleWaiver> waiver;   // the waiver that names this rule, if any
};

// A waived rule keeps its own state (`state`); this is the state it counts as: `waived` under an
// active waiver, otherwise `state`.
State counted_state(const RuleResult& r);

struct CategoryScore {
  std::string category;
  LocalizedText title;     // from the library's categories; the id in both languages if undeclared
  double score = 0;        // 0–100: weight met / weight scored; 0 when nothing is scored
  double weight_met = 0;   // weight of passing rules
  double weight_scored = 0;  // weight of pass + fail + unknown rules
  std::array<int, kStateCount> counts{};  // by counted_state(): a waived failure counts as waived
  double score_after_waivers = 0;          // as `score`, with waived rules no longer scored
  double weight_scored_after_waivers = 0;  // weight_scored less the weight of waived rules
};

struct Coverage {
  int asked = 0;  // questions the operator was asked (ask_if not false)
  int answered = 0;
  int dont_know = 0;
  int not_applicable = 0;
  int unanswered = 0;
  double percent = 0;  // (answered + not_applicable) / asked
  // A quick first pass: every question answered is in the quick set (`quick: yes` in the
  // checklist) and questions outside it are still open, so the report covers only part of the
  // library and must say so.
  bool quick_pass = false;
  int quick_questions = 0;  // questions in the quick set
};

struct WaiverCounts {
  int active = 0;
  int expired = 0;
  int not_needed = 0;

  bool any() const { return active + expired + not_needed > 0; }  // any waiver named a rule
};

struct Summary {
  std::array<int, kStateCount> counts{};  // by counted_state(): they add up to the rule count
  double score = 0;       // XCCDF "default" model: mean of the category scores that score anything
  double score_flat = 0;  // XCCDF "flat" model: weight met / weight scored over all rules
  // The same two scores after waivers: an accepted risk leaves the weight scored. Equal to the
  // scores above when no waiver is active.
  double score_after_waivers = 0;
  double score_flat_after_waivers = 0;
  WaiverCounts waivers;
  std::vector<CategoryScore> categories;  // in the library's category order; undeclared ones last, by id
  Coverage coverage;
};

// A category's score, or none when it scores nothing (no rule passed, failed or is unknown).
std::optional<double> score_of(const CategoryScore& c);
// The overall score, before or after waivers, or none when no category scores anything.
std::optional<double> overall_score(const Summary& s, bool after_waivers);

struct QuestionNeeded {
  std::string question;
  LocalizedText text;
  std::vector<std::string> rules;  // rules that stay unknown until it is answered
  // A multiple-choice question answered in part: the options still to answer, in question order.
  std::vector<std::string> options;
};

struct Result {
  int format_version = kResultFormatVersion;
  std::string tool_version;
  std::string library_digest;  // Library::digest of the rules it was evaluated with; empty if not known
  std::string answers_path;
  std::string waivers_path;  // empty when no waivers were applied
  Organization organization;
  Assessment assessment;
  std::vector<RuleResult> rules;  // sorted by rule id
  Summary summary;
  std::vector<QuestionNeeded> questions_needed;  // in questionnaire order
  // What rules[].texts point into, and the cases they cite. Shared with the compiled library and
  // every other Result evaluated with it.
  std::shared_ptr<const LibraryTexts> texts;

  // Every catalogued case a rule cites, sorted by id.
  const std::vector<CaseSummary>& cases() const;
};

// Gives each rule of `r` its texts, `texts[i]` to `r.rules[i]`, kept in the Result with `cases`:
// for a Result made by hand, or read from a file that carried its texts (version 1).
void keep_texts(Result& r, std::vector<RuleTexts> texts, std::vector<CaseSummary> cases);

}  // namespace tenken
