// Loads the `sections:` of a checklist file: sections, questions, choices.
#include <fmt/format.h>

#include <algorithm>

#include "load/fields.h"
#include "load/loaders.h"

namespace tenken::load {
namespace {

const std::vector<std::pair<const char*, QuestionType>> kTypes = {
    {"bool", QuestionType::boolean}, {"choice", QuestionType::choice},
    {"multi_choice", QuestionType::multi_choice}, {"number", QuestionType::number},
    {"date", QuestionType::date}, {"text", QuestionType::text}};

// Larger choice lists do not fit the evaluator's 64-bit sets and are not a questionnaire anyway.
constexpr size_t kMaxChoices = 64;

bool read_type(const yaml::Node* n, QuestionType& out, Diagnostics& diags) {
  if (!n || !expect_scalar(*n, "'type'", diags)) return false;
  for (auto& [name, t] : kTypes)
    if (n->value == name) {
      out = t;
      return true;
    }
  std::vector<std::string> names;
  for (auto& [name, t] : kTypes) names.emplace_back(name);
  diags.error(n->origin, fmt::format("expected a question type (bool, choice, multi_choice, number, "
                                     "date, text), found '{}'{}", n->value,
                                     did_you_mean(n->value, names)));
  return false;
}

void read_choices(const yaml::Node* n, Question& q, Diagnostics& diags) {
  bool wants = q.type == QuestionType::choice || q.type == QuestionType::multi_choice;
  if (!wants) {
    if (n) diags.error(n->origin, fmt::format("'choices' given for a {} question; only choice and "
                                              "multi_choice questions have choices", format_as(q.type)));
    return;
  }
  if (!n) {
    diags.error(q.origin, fmt::format("missing 'choices' in {} question '{}'", format_as(q.type), q.id));
    return;
  }
  if (!expect_list(*n, "'choices'", diags)) return;
  if (n->items.size() < 2 || n->items.size() > kMaxChoices)
    diags.error(n->origin, fmt::format("expected 2 to {} choices, found {}", kMaxChoices, n->items.size()));
  for (const yaml::Node* item : n->items) {
    if (!expect_map(*item, "a choice", diags)) continue;
    MapReader r(*item, "a choice", diags, {"id", "text"});
    Choice c;
    c.origin = item->origin;
    c.id = r.string("id", true);
    c.text = r.text("text", true);
    r.finish();
    if (c.id.empty() || !check_id(*item->get("id"), c.id, IdKind::choice, diags)) continue;
    if (q.choice_index(c.id) >= 0) {
      diags.error(item->get("id")->origin, fmt::format("duplicate choice '{}' in question '{}'", c.id, q.id));
      continue;
    }
    q.choices.push_back(std::move(c));
  }
}

void read_number_fields(MapReader& r, const yaml::Node& n, Question& q, Diagnostics& diags) {
  const char* keys[] = {"unit", "min", "max"};
  if (q.type != QuestionType::number) {
    for (const char* k : keys)
      if (const yaml::Node* v = r.optional(k))
        diags.error(v->origin, fmt::format("'{}' given for a {} question; only number questions "
                                           "have it", k, format_as(q.type)));
    return;
  }
  if (const yaml::Node* u = r.optional("unit")) q.unit = read_text(*u, "'unit'", diags);
  q.min = r.number("min");
  q.max = r.number("max");
  if (q.min && q.max && *q.min > *q.max)
    diags.error(n.origin, fmt::format("'min' ({}) is greater than 'max' ({})", *q.min, *q.max));
}

void read_question(const yaml::Node& n, const Section& section, Checklist& out, Diagnostics& diags) {
  if (!expect_map(n, "a question", diags)) return;
  MapReader r(n, "a question", diags,
              {"id", "type", "text", "help", "ask_if", "choices", "unit", "min", "max", "never", "quick"});
  Question q;
  q.origin = n.origin;
  q.section = section.id;
  q.id = r.string("id", true);
  bool typed = read_type(r.required("type"), q.type, diags);
  q.text = r.text("text", true);
  q.help = r.text("help", false);
  q.ask_if = r.expression("ask_if");
  q.quick = r.flag("quick");
  if (const yaml::Node* never = r.optional("never")) {
    if (typed && q.type != QuestionType::date)
      diags.error(never->origin, fmt::format("'never' given for a {} question; only date questions "
                                             "accept the answer never", format_as(q.type)));
    else q.never = read_text(*never, "'never' (the label of the answer never)", diags);
  }
  if (typed) {
    read_choices(r.optional("choices"), q, diags);
    read_number_fields(r, n, q, diags);
  }
  r.finish();
  if (q.id.empty() || !check_id(*n.get("id"), q.id, IdKind::question, diags)) return;
  if (const Question* first = out.find(q.id)) {
    diags.error(n.get("id")->origin, fmt::format("duplicate question id '{}' (first defined at {}:{})",
                                                 q.id, first->origin.path(), first->origin.where().line));
    return;
  }
  out.sections.back().question_ids.push_back(q.id);
  out.questions.push_back(std::move(q));
}

}  // namespace

void load_sections(const yaml::Node& sections, Checklist& out, Diagnostics& diags) {
  if (!expect_list(sections, "'sections'", diags)) return;
  for (const yaml::Node* n : sections.items) {
    if (!expect_map(*n, "a section", diags)) continue;
    MapReader r(*n, "a section", diags, {"id", "title", "ask_if", "questions"});
    Section s;
    s.origin = n->origin;
    s.id = r.string("id", true);
    s.title = r.text("title", true);
    s.ask_if = r.expression("ask_if");
    const yaml::Node* questions = r.required("questions");
    r.finish();
    if (!s.id.empty() && check_id(*n->get("id"), s.id, IdKind::section, diags)) {
      auto same = [&](const Section& other) { return other.id == s.id; };
      if (auto it = std::find_if(out.sections.begin(), out.sections.end(), same); it != out.sections.end())
        diags.error(n->get("id")->origin, fmt::format("duplicate section id '{}' (first defined at {}:{})",
                                                      s.id, it->origin.path(), it->origin.where().line));
    }
    out.sections.push_back(std::move(s));
    if (questions && expect_list(*questions, "'questions'", diags))
      for (const yaml::Node* q : questions->items) read_question(*q, out.sections.back(), out, diags);
  }
}

}  // namespace tenken::load
