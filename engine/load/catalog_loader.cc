// Loads `categories:` and `cases:` — the catalog that names categories and tells the incident
// cases whose lessons the rules teach.
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

Lesson read_lesson(const yaml::Node& n, Diagnostics& diags) {
  Lesson lesson;
  lesson.origin = n.origin;
  if (!expect_map(n, "a lesson", diags)) return lesson;
  MapReader r(n, "a lesson", diags, {"title", "text", "rules"});
  lesson.title = r.text("title", true);
  lesson.text = r.text("text", true);
  if (const yaml::Node* rules = r.required("rules"); rules && expect_list(*rules, "'rules'", diags))
    for (const yaml::Node* item : rules->items)
      if (expect_scalar(*item, "an item of 'rules'", diags) &&
          check_id(*item, item->value, IdKind::rule, diags)) {
        lesson.rules.push_back(item->value);
        lesson.rule_origins.push_back(item->origin);
      }
  r.finish();
  return lesson;
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
               "measures", "lessons", "discussion"});
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
    for (const yaml::Node* item : d->items)
      c.discussion.push_back(read_text(*item, "an item of 'discussion'", diags));
  r.finish();
  if (c.id.empty() || !check_id(*n.get("id"), c.id, IdKind::case_id, diags)) return;
  if (!first_of_its_id(out, c.id, *n.get("id"), "case", diags)) return;
  auto at = std::upper_bound(out.begin(), out.end(), c.id,
                             [](const std::string& id, const Case& other) { return id < other.id; });
  out.insert(at, std::move(c));
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

}  // namespace tenken::load
