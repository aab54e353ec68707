// What every gap report shows the same way, whatever its format: which rules to list under each
// heading and in which order, and the plain text of an answer, a waiver and a case. Renderers
// escape this text for their format (escape.h); nothing here is escaped.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "tenken/result.h"
#include "tenken/text.h"

namespace tenken {

// The rules whose counted_state() is `state`, most severe first, then by id. Gaps are
// rules_in(r, State::fail); waived rules are rules_in(r, State::waived).
std::vector<const RuleResult*> rules_in(const Result& r, State state);

// Rules whose waiver has this status (expired, not_needed), by id.
std::vector<const RuleResult*> rules_with_waiver(const Result& r, WaiverStatus status);

// A rule's references to one framework: "NIST CSF 2.0" and its ids.
struct ReferenceGroup {
  std::string framework;  // the framework's name (frameworks.h); the key as written if unknown
  std::vector<std::string> ids;
};
// The references in the order of frameworks() (CSF 2.0, ISO/IEC 27001, CIS Controls), then any
// other key by name; frameworks without ids are left out.
std::vector<ReferenceGroup> reference_groups(const std::map<std::string, std::vector<std::string>>& refs);

// "NIST CSF 2.0 PR.DS-11, PR.DS-12" for each group of reference_groups(refs).
std::vector<std::string> reference_texts(const std::map<std::string, std::vector<std::string>>& refs);

// The title of a category in the language, as the Result's summary names it; the id when it
// does not.
std::string category_title(const Result& r, const std::string& category, Lang lang);

// The Result's summary of a case; null when the Result does not carry it.
const CaseSummary* find_case(const Result& r, const std::string& id);

// "nisc-2021-06 Ransomware through an unpatched VPN router" (the id alone when not carried).
std::string case_title_line(const Result& r, const std::string& id, Lang lang);

// "backup.offline_copy = no (comment: tapes stopped in 2023)", "mailform.captcha: don't know":
// the value as the Result keeps it (choice ids), for machine-facing formats.
std::string answer_text(const AnswerUsed& a, Lang lang);
// The same with the value in the report's language, from the question's words in the Result's
// library: "backup.location = 同じサーバー内", "remote.firmware_checked_on = 更新したことがない",
// "backup.history_days = 30〜60日". The value as kept when the Result has no such question.
std::string answer_text(const Result& r, const AnswerUsed& a, Lang lang);
std::string answer_value(const Result& r, const AnswerUsed& a, Lang lang);
// The value alone, as `q` words it; `value` as kept when `q` is null.
std::string answer_value(const Question* q, const std::string& value, Lang lang);

// The answers a rule's outcome rests on: those asked (a question skipped by ask_if decided
// nothing).
std::vector<const AnswerUsed*> answers_shown(const RuleResult& r);
// A question's text, with the options still to answer when it was answered in part.
std::string needed_text(const QuestionNeeded& q, Lang lang);
// "q: met another way (justification)" for each answer that says the practice is met another way.
std::vector<std::string> alternatives(const RuleResult& r, Lang lang);

// "Accepted until the new server arrives (approved by CISO, until 31 March 2027)", by status.
std::string waiver_text(const RuleWaiver& w, Lang lang);

// The state as a reader sees it: "fail", or "fail, waived" under an active waiver.
std::string state_text(const RuleResult& r, Lang lang);

// "mailform.captcha: Does the form have a CAPTCHA?" with the question's text from the Result,
// and the comment of a "don't know" answer when there is one.
std::string needed_question_text(const Result& r, const RuleResult& rule, const std::string& question,
                                 Lang lang);
// The same without the question's id in front: its text and what is still open.
std::string needed_question_detail(const Result& r, const RuleResult& rule, const std::string& question,
                                   Lang lang);

}  // namespace tenken
