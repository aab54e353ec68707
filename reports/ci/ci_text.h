// Plain text shared by the formats made for other tools (JUnit XML, SARIF, OSCAL): a label and
// its text on one line, text forced onto one line, the answer that decided a rule and where it is
// in the answer file. Nothing here is escaped; each format escapes for itself.
#pragma once

#include <fmt/format.h>

#include <string>
#include <string_view>
#include <vector>

#include "common/messages.h"
#include "tenken/result.h"

namespace tenken::ci {

// "Why: text" with a label that ends in a colon (Msg::label_why ...), "理由：text" in Japanese.
std::string labelled(Msg label, std::string_view text, Lang lang);

// The text on one line: line breaks, tabs and other control characters become spaces, runs of
// spaces become one, white space (U+3000 too) is trimmed from both ends, and bytes that are not
// UTF-8 become U+FFFD. For attribute values, titles and OSCAL strings, which must not start or
// end with white space or hold a line break.
std::string one_line(std::string_view text);

// The answer a CI tool should point at for a failing or unknown rule. The Result does not say
// which answer decided a rule, so: for an unknown rule the first question it still needs that has
// a line in the answer file (a "don't know"); otherwise the last answer it used that has a line,
// passing over the profile questions (profile.*), which say whether a rule applies rather than
// whether it is met. The last, because a rule reads its applies_if questions first, and a detail
// is asked only when the answer before it (the thing exists) allows: when that answer is "no",
// the details are not asked and it is the last one. Null when no answer used has a line.
const AnswerUsed* deciding_answer(const RuleResult& r);

// "answers/minato-2026.yaml:12"; the path alone when the answer has no line.
std::string answer_location(const Result& r, const AnswerUsed& a);

// "backup.offline_copy = no (comment: ...) [answers/minato-2026.yaml:9]" for each answer shown.
std::vector<std::string> located_answers(const Result& r, const RuleResult& rule, Lang lang);

// The questions an unknown rule still needs, each with its text: "mailform.captcha: Does ...?".
std::vector<std::string> needed_questions(const Result& r, const RuleResult& rule, Lang lang);

// Why a rule does not apply: its answers of "n/a" with their reasons ("media.usb_ports: ports
// sealed"), or all its answers when none says "n/a" (then its applies_if decided).
std::vector<std::string> not_applicable_reasons(const RuleResult& rule, Lang lang);

}  // namespace tenken::ci
