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
                     const LocalizedText& what, Diagnostics& diags) {
  for (const T& other : seen)
    if (other.id == id) {
      diags.error(at.origin, bilingual("duplicate {} id '{}' (first defined at {}:{})",
                                       "{} id '{}' が重複しています（最初の定義は {}:{}）", what, id,
                                       other.origin.path(), other.origin.where().line));
      return false;
    }
  return true;
}

void read_category(const yaml::Node& n, std::vector<Category>& out, Diagnostics& diags) {
  const LocalizedText a_category{"カテゴリー", "a category"};
  if (!expect_map(n, a_category, diags)) return;
  MapReader r(n, a_category, diags, {"id", "title"});
  Category c;
  c.origin = n.origin;
  c.id = r.string("id", true);
  c.title = r.text("title", true);
  r.finish();
  if (c.id.empty() || !check_id(*n.get("id"), c.id, IdKind::category, diags)) return;
  if (first_of_its_id(out, c.id, *n.get("id"), {"カテゴリー", "category"}, diags)) out.push_back(std::move(c));
}

// A list of rule ids (a lesson's, an action's), each with where it was written.
void read_rule_list(const yaml::Node* rules, std::vector<std::string>& ids, std::vector<Origin>& origins,
                    Diagnostics& diags) {
  if (!rules || !expect_list(*rules, key_named("rules"), diags)) return;
  LocalizedText item_of = bilingual("an item of 'rules'", "'rules' の項目");
  for (const yaml::Node* item : rules->items)
    if (expect_scalar(*item, item_of, diags) && check_id(*item, item->value, IdKind::rule, diags)) {
      ids.push_back(item->value);
      origins.push_back(item->origin);
    }
}

Lesson read_lesson(const yaml::Node& n, Diagnostics& diags) {
  Lesson lesson;
  lesson.origin = n.origin;
  const LocalizedText a_lesson{"教訓", "a lesson"};
  if (!expect_map(n, a_lesson, diags)) return lesson;
  MapReader r(n, a_lesson, diags, {"title", "text", "rules"});
  lesson.title = r.text("title", true);
  lesson.text = r.text("text", true);
  read_rule_list(r.required("rules"), lesson.rules, lesson.rule_origins, diags);
  r.finish();
  return lesson;
}

// Reports a list whose length is outside [least, most]: "expected 1 to 4 X, found 5". In Japanese
// `what` leads the sentence with its particle: "'questions' には質問 id が" → 「'questions' には質問 id が
// 1〜4 個必要ですが、5 個書かれています」.
void check_length(const yaml::Node& list, size_t least, size_t most, const LocalizedText& what,
                  Diagnostics& diags) {
  size_t n = list.items.size();
  if (n >= least && n <= most) return;
  LocalizedText found = n == 0 ? LocalizedText{"空のリストが書かれています", "an empty list"}
                               : bilingual("{}", "{} 個書かれています", n);
  diags.error(list.origin, bilingual("expected {} to {} {}, found {}", "{2} {0}〜{1} 個必要ですが、{3}", least, most,
                                     what, found));
}

// A discussion question, {ja, en}, with the ids of the checklist questions whose answers the
// group looks at: `questions: [backup.location, backup.offline_copy]`, 1 to 4 of them.
DiscussionItem read_discussion_item(const yaml::Node& n, Diagnostics& diags) {
  DiscussionItem item;
  item.origin = n.origin;
  LocalizedText item_of = bilingual("an item of 'discussion'", "'discussion' の項目");
  if (!n.is_map()) {
    item.text = read_text(n, item_of, diags);  // reports what it expected
    return item;
  }
  MapReader r(n, item_of, diags, {"ja", "en", "questions"});
  item.text = read_text_entries(r, n, item_of, diags);
  if (const yaml::Node* qs = r.optional("questions");
      qs && expect_list(*qs, bilingual("'questions' of a discussion item", "'discussion' の項目の 'questions'"), diags)) {
    check_length(*qs, 1, 4, {"'questions' には質問 id が", "question ids in 'questions'"}, diags);
    for (const yaml::Node* q : qs->items)
      if (expect_scalar(*q, bilingual("an item of 'questions'", "'questions' の項目"), diags) && check_id(*q, q->value, IdKind::question, diags)) {
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
    diags.error(n->origin, bilingual("expected the minutes the group spends on the inject, a whole "
                                     "number from 5 to 60, found {}",
                                     "'minutes' にはグループがこの状況付与にかける時間（分）として 5 から 60 までの"
                                     "整数が必要ですが、{}が書かれています",
                                     n->describe()));
    return 0;
  }
  return static_cast<int>(*v);
}

Inject read_inject(const yaml::Node& n, Diagnostics& diags) {
  Inject inject;
  inject.origin = n.origin;
  LocalizedText an_inject = bilingual("an inject of 'tabletop'", "'tabletop' の状況付与");
  if (!expect_map(n, an_inject, diags)) return inject;
  MapReader r(n, an_inject, diags, {"at", "minutes", "inject", "questions", "look_for"});
  inject.at = r.text("at", true);
  inject.minutes = read_minutes(r.required("minutes"), diags);
  inject.inject = r.text("inject", true);
  if (const yaml::Node* qs = r.required("questions");
      qs && expect_list(*qs, bilingual("'questions' of an inject", "状況付与の 'questions'"), diags)) {
    check_length(*qs, 1, 4,
                 {"'questions' にはファシリテーターの問いかけが", "questions for the facilitator in 'questions'"},
                 diags);
    LocalizedText item_of = bilingual("an item of 'questions'", "'questions' の項目");
    for (const yaml::Node* q : qs->items) inject.questions.push_back(read_text(*q, item_of, diags));
  }
  inject.look_for = r.text("look_for", true);
  r.finish();
  return inject;
}

CaseSource read_case_source(const yaml::Node* n, Diagnostics& diags) {
  CaseSource source;
  if (!n || !expect_map(*n, key_named("source"), diags)) return source;
  MapReader r(*n, key_named("source"), diags, {"report", "number"});
  source.report = r.text("report", true);
  if (const yaml::Node* num = r.required("number")) {
    auto v = num->is_scalar() && !num->quoted ? numbers::parse_number(num->value) : std::nullopt;
    if (!v || *v < 1 || *v != static_cast<int>(*v))
      diags.error(num->origin, bilingual("expected the case's number in its report (1, 2, ...), "
                                         "found {}",
                                         "'number' には報告書の中での事例の番号（1, 2, ...）が必要ですが、{}が"
                                         "書かれています",
                                         num->describe()));
    else
      source.number = static_cast<int>(*v);
  }
  r.finish();
  return source;
}

void read_case(const yaml::Node& n, std::vector<Case>& out, Diagnostics& diags) {
  const LocalizedText a_case{"事例", "a case"};
  if (!expect_map(n, a_case, diags)) return;
  MapReader r(n, a_case, diags,
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
  if (const yaml::Node* lessons = r.required("lessons"); lessons && expect_list(*lessons, key_named("lessons"), diags)) {
    for (const yaml::Node* item : lessons->items) c.lessons.push_back(read_lesson(*item, diags));
    if (lessons->items.empty())
      diags.error(lessons->origin, bilingual("expected at least one lesson in 'lessons', found an empty list",
                                             "'lessons' には教訓が少なくとも 1 つ必要ですが、空のリストが書かれています"));
  }
  if (const yaml::Node* d = r.optional("discussion"); d && expect_list(*d, key_named("discussion"), diags))
    for (const yaml::Node* item : d->items) c.discussion.push_back(read_discussion_item(*item, diags));
  if (const yaml::Node* t = r.optional("tabletop"); t && expect_list(*t, key_named("tabletop"), diags)) {
    c.tabletop_origin = t->origin;
    for (const yaml::Node* item : t->items) c.tabletop.push_back(read_inject(*item, diags));
  }
  r.finish();
  if (c.id.empty() || !check_id(*n.get("id"), c.id, IdKind::case_id, diags)) return;
  if (!first_of_its_id(out, c.id, *n.get("id"), {"事例", "case"}, diags)) return;
  auto at = std::upper_bound(out.begin(), out.end(), c.id,
                             [](const std::string& id, const Case& other) { return id < other.id; });
  out.insert(at, std::move(c));
}

void read_action(const yaml::Node& n, std::vector<Action>& out, Diagnostics& diags) {
  const LocalizedText an_action{"対策", "an action"};
  if (!expect_map(n, an_action, diags)) return;
  MapReader r(n, an_action, diags, {"id", "text", "rules"});
  Action a;
  a.origin = n.origin;
  a.id = r.string("id", true);
  a.text = r.text("text", true);
  const yaml::Node* rules = r.required("rules");
  read_rule_list(rules, a.rules, a.rule_origins, diags);
  if (rules && rules->is_seq() && rules->items.empty())
    diags.error(rules->origin, bilingual("expected at least one rule that the action closes, found an empty list",
                                         "'rules' にはこの対策で解消するルールが少なくとも 1 つ必要ですが、"
                                         "空のリストが書かれています"));
  r.finish();
  if (a.id.empty() || !check_id(*n.get("id"), a.id, IdKind::action, diags)) return;
  if (first_of_its_id(out, a.id, *n.get("id"), {"対策", "action"}, diags)) out.push_back(std::move(a));
}

}  // namespace

void load_categories(const yaml::Node& categories, std::vector<Category>& out, Diagnostics& diags) {
  if (!expect_list(categories, key_named("categories"), diags)) return;
  for (const yaml::Node* n : categories.items) read_category(*n, out, diags);
}

void load_cases(const yaml::Node& cases, std::vector<Case>& out, Diagnostics& diags) {
  if (!expect_list(cases, key_named("cases"), diags)) return;
  for (const yaml::Node* n : cases.items) read_case(*n, out, diags);
}

void load_actions(const yaml::Node& actions, std::vector<Action>& out, Diagnostics& diags) {
  if (!expect_list(actions, key_named("actions"), diags)) return;
  for (const yaml::Node* n : actions.items) read_action(*n, out, diags);
}

}  // namespace tenken::load
