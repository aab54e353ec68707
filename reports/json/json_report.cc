// The Result's JSON form (version 2, docs/result.schema.json), written: render_json writes it
// for programs and for `tenken report` / `diff` / `aggregate` to read later (json_read.cc reads
// it back). It holds what the evaluation decided and leaves the words to the library, named by
// its digest: each rule's state, what it read and still needs, its waiver; each answer read, once.
// Key order is fixed and scores are rounded to 2 decimals, so the same Result always gives the
// same bytes and a read-back Result writes the same bytes again.
#include <array>
#include <map>
#include <string>
#include <vector>

#include "json/json_writer.h"
#include "tenken/reports/render.h"

namespace tenken {
namespace {

using json::JsonWriter;

void counts(JsonWriter& w, const std::array<int, kStateCount>& counts) {
  w.key("counts");
  w.begin_object(true);
  for (int i = 0; i < kStateCount; ++i) w.member(format_as(static_cast<State>(i)), counts[i]);
  w.end_object();
}

void category(JsonWriter& w, const CategoryScore& c) {
  w.begin_object(true);
  w.member("category", c.category);
  w.key("score");
  w.value_rounded(c.score);
  w.key("weight_met");
  w.value_rounded(c.weight_met);
  w.key("weight_scored");
  w.value_rounded(c.weight_scored);
  w.key("score_after_waivers");
  w.value_rounded(c.score_after_waivers);
  w.key("weight_scored_after_waivers");
  w.value_rounded(c.weight_scored_after_waivers);
  counts(w, c.counts);
  w.end_object();
}

void summary(JsonWriter& w, const Summary& s) {
  w.key("summary");
  w.begin_object();
  w.key("score");
  w.value_rounded(s.score);
  w.key("score_flat");
  w.value_rounded(s.score_flat);
  w.key("score_after_waivers");
  w.value_rounded(s.score_after_waivers);
  w.key("score_flat_after_waivers");
  w.value_rounded(s.score_flat_after_waivers);
  counts(w, s.counts);
  w.key("waivers");
  w.begin_object(true);
  w.member("active", s.waivers.active);
  w.member("expired", s.waivers.expired);
  w.member("not_needed", s.waivers.not_needed);
  w.end_object();
  const Coverage& c = s.coverage;
  w.key("coverage");
  w.begin_object(true);
  w.member("asked", c.asked);
  w.member("answered", c.answered);
  w.member("dont_know", c.dont_know);
  w.member("not_applicable", c.not_applicable);
  w.member("unanswered", c.unanswered);
  w.key("percent");
  w.value_rounded(c.percent);
  w.member("quick_pass", c.quick_pass);
  w.member("quick_questions", c.quick_questions);
  w.end_object();
  w.key("categories");
  w.begin_array();
  for (const CategoryScore& cs : s.categories) category(w, cs);
  w.end_array();
  w.end_object();
}

bool same_answer(const AnswerUsed& a, const AnswerUsed& b) {
  return a.question == b.question && a.status == b.status && a.value == b.value && a.na_reason == b.na_reason &&
         a.alternative == b.alternative && a.comment == b.comment && a.evidence == b.evidence && a.line == b.line;
}

// Every answer some rule read, once, sorted by question id; and for each rule, the places of the
// answers it read, in the order it read them. (Two rules always read a question the same way.)
struct AnswerTable {
  std::vector<const AnswerUsed*> answers;
  std::vector<std::vector<int>> reads;  // per rule
};

AnswerTable answer_table(const Result& r) {
  struct Group {
    std::vector<const AnswerUsed*> answers;  // usually one
    int first = 0;                           // the place of answers[0] in the table
  };
  std::map<std::string_view, Group> by_question;
  for (const RuleResult& rule : r.rules)
    for (const AnswerUsed& a : rule.answers) {
      std::vector<const AnswerUsed*>& seen = by_question[a.question].answers;
      bool known = false;
      for (const AnswerUsed* s : seen) known |= same_answer(*s, a);
      if (!known) seen.push_back(&a);
    }
  AnswerTable t;
  for (auto& [question, group] : by_question) {
    group.first = static_cast<int>(t.answers.size());
    t.answers.insert(t.answers.end(), group.answers.begin(), group.answers.end());
  }
  for (const RuleResult& rule : r.rules) {
    std::vector<int>& reads = t.reads.emplace_back();
    for (const AnswerUsed& a : rule.answers) {
      const Group& group = by_question.find(a.question)->second;
      int i = 0;
      while (!same_answer(*group.answers[i], a)) ++i;  // every answer is in its group
      reads.push_back(group.first + i);
    }
  }
  return t;
}

// Empty optional fields are left out, to keep large results small and readable.
void answer(JsonWriter& w, const AnswerUsed& a) {
  w.begin_object(true);
  w.member("question", a.question);
  w.member("status", format_as(a.status));
  w.member("value", a.value);
  if (!a.na_reason.empty()) w.member("na_reason", a.na_reason);
  if (!a.alternative.empty()) w.member("alternative", a.alternative);
  if (!a.comment.empty()) w.member("comment", a.comment);
  if (!a.evidence.empty()) {
    w.key("evidence");
    w.strings(a.evidence);
  }
  w.member("line", a.line);
  w.end_object();
}

void rule(JsonWriter& w, const RuleResult& r, const std::vector<int>& reads) {
  w.begin_object(true);
  w.member("rule", r.rule);
  w.member("state", format_as(r.state));
  w.member("severity", format_as(r.severity));
  w.member("category", r.category);
  w.key("weight");
  w.value_rounded(r.weight);
  w.key("reads");
  w.begin_array();
  for (int i : reads) w.value(i);
  w.end_array();
  if (!r.needs.empty()) {
    w.key("needs");
    w.strings(r.needs);
  }
  if (!r.needs_options.empty()) {
    w.key("needs_options");
    w.begin_object();
    for (const auto& [question, options] : r.needs_options) {
      w.key(question);
      w.strings(options);
    }
    w.end_object();
  }
  if (r.waiver) {
    w.key("waiver");
    w.begin_object();
    w.member("status", format_as(r.waiver->status));
    w.member("justification", r.waiver->justification);
    w.member("approved_by", r.waiver->approved_by);
    w.member("expires", r.waiver->expires);
    w.member("origin", r.waiver->origin);
    w.end_object();
  }
  w.end_object();
}

}  // namespace

std::string render_json(const Result& r) {
  std::string out;
  out.reserve(16384);
  JsonWriter w(out);
  w.begin_object();
  w.member("version", kResultFormatVersion);
  w.key("tool");
  w.begin_object(true);
  w.member("name", "tenken");
  w.member("version", r.tool_version);
  w.end_object();
  w.key("library");
  w.begin_object(true);
  w.member("digest", r.library_digest);
  w.end_object();
  w.key("organization");
  w.begin_object(true);
  w.member("name", r.organization.name);
  w.member("sector", r.organization.sector);
  w.member("size", r.organization.size);
  w.end_object();
  w.key("assessment");
  w.begin_object(true);
  w.member("date", r.assessment.date);
  w.member("assessor", r.assessment.assessor);
  w.member("scope", r.assessment.scope);
  w.end_object();
  w.member("answers_file", r.answers_path);
  w.member("waivers_file", r.waivers_path);
  summary(w, r.summary);
  AnswerTable table = answer_table(r);
  w.key("answers");
  w.begin_array();
  for (const AnswerUsed* a : table.answers) answer(w, *a);
  w.end_array();
  w.key("results");
  w.begin_array();
  for (size_t i = 0; i < r.rules.size(); ++i) rule(w, r.rules[i], table.reads[i]);
  w.end_array();
  w.key("questions_needed");
  w.begin_array();
  for (const QuestionNeeded& q : r.questions_needed) {
    w.begin_object(true);
    w.member("question", q.question);
    w.key("rules");
    w.strings(q.rules);
    if (!q.options.empty()) {
      w.key("options");
      w.strings(q.options);
    }
    w.end_object();
  }
  w.end_array();
  w.end_object();
  return out;
}

}  // namespace tenken
