// Loads `categories:` and `cases:` — the catalog that names categories and tells the incident
// cases whose lessons the rules teach, with what a workshop on each case needs: discussion
// questions tied to checklist questions, and a tabletop exercise of timed injects. Only the shape
// of each part is checked here; whether the question ids exist and how many injects a case has
// are for lint (catalog_lint.cc), which sees the whole library.
#include <fmt/format.h>

#include <algorithm>

#include "core/numbers.h"
#include "load/fields.h"
#include "load/loaders.h"

namespace tenken::load {
namespace {

// Reports an id that an earlier entry already has; true when `id` is new.
template <typename T>
bool first_of_its_id(const std::vector<T>& seen, const std::string& id, const yaml::Node& at,
                     std::string_view what, Diagnostics& diags) {
  for (const T& other : seen)
    if (other.id == id) {
      diags.error(at.origin, fmt::format("duplicate {} id '{}' (first defined at {}:{})", what, id,
                                         other.origin.path(), other.origin.where().line));
      return false;
    }
  return true;
}

void read_category(const yaml::Node& n, std::vector<Category>& out, Diagnostics& diags) {
  if (!expect_map(n, "a category", diags)) return;
  MapReader r(n, "a category", diags, {"id", "title"});
  Category c;
  c.origin = n.origin;
  c.id = r.string("id", true);
  c.title = r.text("title", true);
  r.finish();
  if (c.id.empty() || !check_id(*n.get("id"), c.id, IdKind::category, diags)) return;
  if (first_of_its_id(out, c.id, *n.get("id"), "category", diags)) out.push_back(std::move(c));
}

// A list of rule ids (a lesson's, an action's), each with where it was written.
void read_rule_list(const yaml::Node* rules, std::vector<std::string>& ids, std::vector<Origin>& origins,
                    Diagnostics& diags) {
  if (!rules || !expect_list(*rules, "'rules'", diags)) return;
  for (const yaml::Node* item : rules->items)
    if (expect_scalar(*item, "an item of 'rules'", diags) && check_id(*item, item->value, IdKind::rule, diags)) {
      ids.push_back(item->value);
      origins.push_back(item->origin);
    }
}

Lesson read_lesson(const yaml::Node& n, Diagnostics& diags) {
  Lesson lesson;
  lesson.origin = n.origin;
  if (!expect_map(n, "a lesson", diags)) return lesson;
  MapReader r(n, "a lesson", diags, {"title", "text", "rules"});
  lesson.title = r.text("title", true);
  lesson.text = r.text("text", true);
  read_rule_list(r.required("rules"), lesson.rules, lesson.rule_origins, diags);
  r.finish();
  return lesson;
}

// Reports a list whose length is outside [least, most]: "expected 1 to 4 X, found 5".
void check_length(const yaml::Node& list, size_t least, size_t most, std::string_view what, Diagnostics& diags) {
  size_t n = list.items.size();
  if (n >= least && n <= most) return;
  diags.error(list.origin, fmt::format("expected {} to {} {}, found {}", least, most, what,
                                       n == 0 ? std::string("an empty list") : fmt::format("{}", n)));
}

// A discussion question, {ja, en}, with the ids of the checklist questions whose answers the
// group looks at: `questions: [backup.location, backup.offline_copy]`, 1 to 4 of them.
DiscussionItem read_discussion_item(const yaml::Node& n, Diagnostics& diags) {
  DiscussionItem item;
  item.origin = n.origin;
  if (!n.is_map()) {
    item.text = read_text(n, "an item of 'discussion'", diags);  // reports what it expected
    return item;
  }
  MapReader r(n, "an item of 'discussion'", diags, {"ja", "en", "questions"});
  item.text = read_text_entries(r, n, "an item of 'discussion'", diags);
  if (const yaml::Node* qs = r.optional("questions"); qs && expect_list(*qs, "'questions' of a discussion item", diags)) {
    check_length(*qs, 1, 4, "question ids in 'questions'", diags);
    for (const yaml::Node* q : qs->items)
      if (expect_scalar(*q, "an item of 'questions'", diags) && check_id(*q, q->value, IdKind::question, diags)) {
        item.questions.push_back(q->value);
        item.question_origins.push_back(q->origin);
      }
  }
  r.finish();
  return item;
}

// The minutes a group spends on an inject: a whole number from 5 to 60.
int read_minutes(const yaml::Node* n, Diagnostics& diags) {
  if (!n) return 0;
  auto v = n->is_scalar() && !n->quoted ? numbers::parse_number(n->value) : std::nullopt;
  if (!v || *v < 5 || *v > 60 || *v != static_cast<int>(*v)) {
    diags.error(n->origin, fmt::format("expected the minutes the group spends on the inject, a whole "
                                       "number from 5 to 60, found {}", n->describe()));
    return 0;
  }
  return static_cast<int>(*v);
}

Inject read_inject(const yaml::Node& n, Diagnostics& diags) {
  Inject inject;
  inject.origin = n.origin;
  if (!expect_map(n, "an inject of 'tabletop'", diags)) return inject;
  MapReader r(n, "an inject of 'tabletop'", diags, {"at", "minutes", "inject", "questions", "look_for"});
  inject.at = r.text("at", true);
  inject.minutes = read_minutes(r.required("minutes"), diags);
  inject.inject = r.text("inject", true);
  if (const yaml::Node* qs = r.required("questions"); qs && expect_list(*qs, "'questions' of an inject", diags)) {
    check_length(*qs, 1, 4, "questions for the facilitator in 'questions'", diags);
    for (const yaml::Node* q : qs->items) inject.questions.push_back(read_text(*q, "an item of 'questions'", diags));
  }
  inject.look_for = r.text("look_for", true);
  r.finish();
  return inject;
}

CaseSource read_case_source(const yaml::Node* n, Diagnostics& diags) {
  CaseSource source;
  if (!n || !expect_map(*n, "'source'", diags)) return source;
  MapReader r(*n, "'source'", diags, {"report", "number"});
  source.report = r.text("report", true);
  if (const yaml::Node* num = r.required("number")) {
    auto v = num->is_scalar() && !num->quoted ? numbers::parse_number(num->value) : std::nullopt;
    if (!v || *v < 1 || *v != static_cast<int>(*v))
      diags.error(num->origin, fmt::format("expected the case's number in its report (1, 2, ...), "
                                           "found {}", num->describe()));
    else
      source.number = static_cast<int>(*v);
  }
  r.finish();
  return source;
}

void read_case(const yaml::Node& n, std::vector<Case>& out, Diagnostics& diags) {
  if (!expect_map(n, "a case", diags)) return;
  MapReader r(n, "a case", diags,
              {"id", "title", "source", "summary", "background", "detection", "response", "cause",
               "measures", "lessons", "discussion", "tabletop"});
  Case c;
  c.origin = n.origin;
  c.id = r.string("id", true);
  c.title = r.text("title", true);
  c.source = read_case_source(r.required("source"), diags);
  c.summary = r.text("summary", true);
  c.background = r.text("background", true);
  c.detection = r.text("detection", true);
  c.response = r.text("response", true);
  c.cause = r.text("cause", true);
  c.measures = r.text("measures", true);
  if (const yaml::Node* lessons = r.required("lessons"); lessons && expect_list(*lessons, "'lessons'", diags)) {
    for (const yaml::Node* item : lessons->items) c.lessons.push_back(read_lesson(*item, diags));
    if (lessons->items.empty())
      diags.error(lessons->origin, "expected at least one lesson in 'lessons', found an empty list");
  }
  if (const yaml::Node* d = r.optional("discussion"); d && expect_list(*d, "'discussion'", diags))
    for (const yaml::Node* item : d->items) c.discussion.push_back(read_discussion_item(*item, diags));
  if (const yaml::Node* t = r.optional("tabletop"); t && expect_list(*t, "'tabletop'", diags)) {
    c.tabletop_origin = t->origin;
    for (const yaml::Node* item : t->items) c.tabletop.push_back(read_inject(*item, diags));
  }
  r.finish();
  if (c.id.empty() || !check_id(*n.get("id"), c.id, IdKind::case_id, diags)) return;
  if (!first_of_its_id(out, c.id, *n.get("id"), "case", diags)) return;
  auto at = std::upper_bound(out.begin(), out.end(), c.id,
                             [](const std::string& id, const Case& other) { return id < other.id; });
  out.insert(at, std::move(c));
}

void read_action(const yaml::Node& n, std::vector<Action>& out, Diagnostics& diags) {
  if (!expect_map(n, "an action", diags)) return;
  MapReader r(n, "an action", diags, {"id", "text", "rules"});
  Action a;
  a.origin = n.origin;
  a.id = r.string("id", true);
  a.text = r.text("text", true);
  const yaml::Node* rules = r.required("rules");
  read_rule_list(rules, a.rules, a.rule_origins, diags);
  if (rules && rules->is_seq() && rules->items.empty())
    diags.error(rules->origin, "expected at least one rule that the action closes, found an empty list");
  r.finish();
  if (a.id.empty() || !check_id(*n.get("id"), a.id, IdKind::action, diags)) return;
  if (first_of_its_id(out, a.id, *n.get("id"), "action", diags)) out.push_back(std::move(a));
}

}  // namespace

void load_categories(const yaml::Node& categories, std::vector<Category>& out, Diagnostics& diags) {
  if (!expect_list(categories, "'categories'", diags)) return;
  for (const yaml::Node* n : categories.items) read_category(*n, out, diags);
}

void load_cases(const yaml::Node& cases, std::vector<Case>& out, Diagnostics& diags) {
  if (!expect_list(cases, "'cases'", diags)) return;
  for (const yaml::Node* n : cases.items) read_case(*n, out, diags);
}

void load_actions(const yaml::Node& actions, std::vector<Action>& out, Diagnostics& diags) {
  if (!expect_list(actions, "'actions'", diags)) return;
  for (const yaml::Node* n : actions.items) read_action(*n, out, diags);
}

}  // namespace tenken::load
