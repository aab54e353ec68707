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
  if (!n || !expect_scalar(*n, key_named("type"), diags)) return false;
  for (auto& [name, t] : kTypes)
    if (n->value == name) {
      out = t;
      return true;
    }
  std::vector<std::string> names;
  for (auto& [name, t] : kTypes) names.emplace_back(name);
  diags.error(n->origin, bilingual("expected a question type (bool, choice, multi_choice, number, "
                                   "date, text), found '{}'{}",
                                   "'type' には質問の種類（bool, choice, multi_choice, number, date, text）が必要ですが、"
                                   "'{}' が書かれています{}",
                                   n->value, did_you_mean(n->value, names)));
  return false;
}

void read_choices(const yaml::Node* n, Question& q, Diagnostics& diags) {
  bool wants = q.type == QuestionType::choice || q.type == QuestionType::multi_choice;
  if (!wants) {
    if (n)
      diags.error(n->origin, bilingual("'choices' given for a {} question; only choice and "
                                       "multi_choice questions have choices",
                                       "'type: {}' の質問に 'choices' が書かれています。選択肢があるのは type が "
                                       "choice か multi_choice の質問だけです",
                                       format_as(q.type)));
    return;
  }
  if (!n) {
    diags.error(q.origin, bilingual("missing 'choices' in {} question '{}'",
                                    "'type: {0}' の質問 '{1}' に 'choices' がありません", format_as(q.type), q.id));
    return;
  }
  if (!expect_list(*n, key_named("choices"), diags)) return;
  if (n->items.size() < 2 || n->items.size() > kMaxChoices)
    diags.error(n->origin, bilingual("expected 2 to {} choices, found {}",
                                     "選択肢は 2〜{} 個必要ですが、{} 個書かれています", kMaxChoices,
                                     n->items.size()));
  const LocalizedText a_choice{"選択肢", "a choice"};
  for (const yaml::Node* item : n->items) {
    if (!expect_map(*item, a_choice, diags)) continue;
    MapReader r(*item, a_choice, diags, {"id", "text"});
    Choice c;
    c.origin = item->origin;
    c.id = r.string("id", true);
    c.text = r.text("text", true);
    r.finish();
    if (c.id.empty() || !check_id(*item->get("id"), c.id, IdKind::choice, diags)) continue;
    if (q.choice_index(c.id) >= 0) {
      diags.error(item->get("id")->origin, bilingual("duplicate choice '{}' in question '{}'",
                                                     "質問 '{1}' で選択肢 '{0}' が重複しています", c.id, q.id));
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
        diags.error(v->origin, bilingual("'{}' given for a {} question; only number questions "
                                         "have it",
                                         "'type: {1}' の質問に '{0}' が書かれています。'{0}' を書けるのは type が "
                                         "number の質問だけです",
                                         k, format_as(q.type)));
    return;
  }
  if (const yaml::Node* u = r.optional("unit")) q.unit = read_text(*u, key_named("unit"), diags);
  q.min = r.number("min");
  q.max = r.number("max");
  if (q.min && q.max && *q.min > *q.max)
    diags.error(n.origin, bilingual("'min' ({}) is greater than 'max' ({})",
                                    "'min' ({}) が 'max' ({}) より大きくなっています", *q.min, *q.max));
}

void read_question(const yaml::Node& n, const Section& section, Checklist& out, Diagnostics& diags) {
  const LocalizedText a_question{"質問", "a question"};
  if (!expect_map(n, a_question, diags)) return;
  MapReader r(n, a_question, diags,
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
      diags.error(never->origin, bilingual("'never' given for a {} question; only date questions "
                                           "accept the answer never",
                                           "'type: {}' の質問に 'never' が書かれています。回答 never を受け付けるのは "
                                           "type が date の質問だけです",
                                           format_as(q.type)));
    else
      q.never = read_text(*never, bilingual("'never' (the label of the answer never)", "'never'（回答 never の表示名）"),
                          diags);
  }
  if (typed) {
    read_choices(r.optional("choices"), q, diags);
    read_number_fields(r, n, q, diags);
  }
  r.finish();
  if (q.id.empty() || !check_id(*n.get("id"), q.id, IdKind::question, diags)) return;
  if (const Question* first = out.find(q.id)) {
    diags.error(n.get("id")->origin, bilingual("duplicate question id '{}' (first defined at {}:{})",
                                               "質問 id '{}' が重複しています（最初の定義は {}:{}）", q.id,
                                               first->origin.path(), first->origin.where().line));
    return;
  }
  out.sections.back().question_ids.push_back(q.id);
  out.questions.push_back(std::move(q));
}

}  // namespace

void load_sections(const yaml::Node& sections, Checklist& out, Diagnostics& diags) {
  if (!expect_list(sections, key_named("sections"), diags)) return;
  const LocalizedText a_section{"セクション", "a section"};
  for (const yaml::Node* n : sections.items) {
    if (!expect_map(*n, a_section, diags)) continue;
    MapReader r(*n, a_section, diags, {"id", "title", "ask_if", "questions"});
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
        diags.error(n->get("id")->origin, bilingual("duplicate section id '{}' (first defined at {}:{})",
                                                    "セクション id '{}' が重複しています（最初の定義は {}:{}）", s.id,
                                                    it->origin.path(), it->origin.where().line));
    }
    out.sections.push_back(std::move(s));
    if (questions && expect_list(*questions, key_named("questions"), diags))
      for (const yaml::Node* q : questions->items) read_question(*q, out.sections.back(), out, diags);
  }
}

}  // namespace tenken::load
