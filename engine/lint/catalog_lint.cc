// lint_catalog(): rules, categories and cases agree with each other. Checked only for what a
// library declares: a library without a category list or a case catalog (a small test library,
// an operator's own rules) is not asked to have one.
//
//   - every rule's category is declared; every declared category is used;
//   - every case a rule cites is in the catalog;
//   - every lesson is taught by at least one rule, and each rule it lists exists and cites the case;
//   - what a workshop pack needs of a case: its discussion items name questions of the checklist
//     (when the library has one), and its tabletop exercise has 2 or 3 injects. Once any case of
//     the library has a tabletop exercise, a case without one, or with fewer than 3 or more than 5
//     discussion items, is warned about (a small library with no workshop content is not asked).
// A rule may cite a case without teaching one of its lessons (the case shows why the practice
// matters, as a cause or a side of the story); the coverage table lists such rules apart.
#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

#include "lint/catalog_lint.h"

namespace tenken {
namespace {

template <typename T>
std::vector<std::string> ids_of(const std::vector<T>& items) {
  std::vector<std::string> ids;
  for (const T& i : items) ids.push_back(i.id);
  return ids;
}

bool cites(const Rule& r, const std::string& case_id) {
  return std::find(r.cases.begin(), r.cases.end(), case_id) != r.cases.end();
}

void check_categories(const Library& lib, Diagnostics& diags) {
  if (lib.categories.empty()) return;
  std::vector<std::string> declared = ids_of(lib.categories);
  std::set<std::string> used;
  for (const Rule& r : lib.rules) {
    used.insert(r.category);
    if (std::find(declared.begin(), declared.end(), r.category) == declared.end())
      diags.error(r.category_origin, bilingual("unknown category '{}' in rule '{}'; the categories are "
                                               "declared in a 'categories:' file{}",
                                               "ルール '{1}' に書かれた '{0}' というカテゴリーはありません。"
                                               "カテゴリーは 'categories:' のファイルで宣言します{2}",
                                               r.category, r.id, did_you_mean(r.category, declared)));
  }
  for (const Category& c : lib.categories)
    if (!used.count(c.id))
      diags.warning(c.origin, bilingual("category '{}' is declared but no rule uses it",
                                        "カテゴリー '{}' は宣言されていますが、どのルールも使っていません", c.id));
}

void check_lessons(const Case& k, const std::map<std::string, const Rule*>& rules, Diagnostics& diags) {
  std::vector<std::string> rule_ids;
  for (const auto& [id, r] : rules) rule_ids.push_back(id);
  for (size_t i = 0; i < k.lessons.size(); ++i) {
    const Lesson& lesson = k.lessons[i];
    if (lesson.rules.empty())
      diags.error(lesson.origin, bilingual("lesson {} of case '{}' is taught by no rule; list the rules "
                                           "that teach it under 'rules'",
                                           "事例 '{1}' の {0} 番目の教訓を教えるルールがありません。教えるルールを "
                                           "'rules' に書いてください",
                                           i + 1, k.id));
    for (size_t j = 0; j < lesson.rules.size(); ++j) {
      const std::string& id = lesson.rules[j];
      auto it = rules.find(id);
      if (it == rules.end()) {
        diags.error(lesson.rule_origins[j],
                    bilingual("unknown rule '{}' under lesson {} of case '{}'{}",
                              "事例 '{2}' の {1} 番目の教訓に書かれた '{0}' というルールはありません{3}", id, i + 1,
                              k.id, did_you_mean(id, rule_ids)));
        continue;
      }
      if (!cites(*it->second, k.id))
        diags.error(lesson.rule_origins[j],
                    bilingual("rule '{}' is listed under lesson {} of case '{}' but does not cite "
                              "the case; add '{}' to the rule's 'cases'",
                              "ルール '{0}' は事例 '{2}' の {1} 番目の教訓に書かれていますが、この事例を引用して"
                              "いません。ルールの 'cases' に '{3}' を加えてください",
                              id, i + 1, k.id, k.id));
    }
  }
}

// The discussion questions a workshop pack shows of a case (see reports/workshop/).
constexpr size_t kFewestDiscussionItems = 3;
constexpr size_t kMostDiscussionItems = 5;

void check_workshop(const Case& k, const Checklist& checklist, bool workshop_library, Diagnostics& diags) {
  std::vector<std::string> question_ids;
  for (const Question& q : checklist.questions) question_ids.push_back(q.id);
  for (size_t i = 0; i < k.discussion.size(); ++i) {
    const DiscussionItem& item = k.discussion[i];
    for (size_t j = 0; j < item.questions.size() && !question_ids.empty(); ++j)
      if (!checklist.find(item.questions[j]))
        diags.error(item.question_origins[j],
                    bilingual("unknown question '{}' in discussion item {} of case '{}'{}",
                              "事例 '{2}' の 'discussion' の {1} 番目の項目に書かれた '{0}' という質問はありません{3}",
                              item.questions[j], i + 1, k.id, did_you_mean(item.questions[j], question_ids)));
  }
  if (workshop_library && (k.discussion.size() < kFewestDiscussionItems || k.discussion.size() > kMostDiscussionItems))
    diags.warning(k.origin, bilingual("case '{}' has {} discussion item{}; a workshop pack wants {} to {}",
                                      "事例 '{0}' の 'discussion' の項目は {1} 個です。ワークショップ資料には "
                                      "{3}〜{4} 個必要です",
                                      k.id, k.discussion.size(), k.discussion.size() == 1 ? "" : "s",
                                      kFewestDiscussionItems, kMostDiscussionItems));
  if (!k.tabletop_origin.known()) {
    if (workshop_library)
      diags.warning(k.origin, bilingual("case '{}' has no tabletop exercise; add 'tabletop' with 2 or 3 injects "
                                        "for its workshop pack",
                                        "事例 '{}' に机上演習がありません。ワークショップ資料のために、状況付与が "
                                        "2 個か 3 個の 'tabletop' を加えてください",
                                        k.id));
  } else if (k.tabletop.size() < 2 || k.tabletop.size() > 3) {
    diags.error(k.tabletop_origin, bilingual("expected 2 or 3 injects in the tabletop exercise of case '{}', "
                                             "found {}",
                                             "事例 '{}' の机上演習（'tabletop'）には状況付与が 2 個か 3 個必要ですが、"
                                             "{} 個書かれています",
                                             k.id, k.tabletop.size()));
  }
}

void check_cases(const Library& lib, Diagnostics& diags) {
  if (lib.cases.empty()) return;
  std::vector<std::string> catalogued = ids_of(lib.cases);
  std::map<std::string, const Rule*> rules;
  for (const Rule& r : lib.rules) rules[r.id] = &r;
  bool workshop_library =
      std::any_of(lib.cases.begin(), lib.cases.end(), [](const Case& k) { return k.tabletop_origin.known(); });
  for (const Case& k : lib.cases) {
    check_lessons(k, rules, diags);
    check_workshop(k, lib.checklist, workshop_library, diags);
  }
  for (const Rule& r : lib.rules)
    for (size_t i = 0; i < r.cases.size(); ++i) {
      const std::string& id = r.cases[i];
      if (std::find(catalogued.begin(), catalogued.end(), id) == catalogued.end())
        diags.error(r.case_origins[i], bilingual("unknown case '{}' in rule '{}'; the catalog has no such "
                                                 "case{}",
                                                 "ルール '{1}' に書かれた '{0}' という事例は事例カタログにありません{2}",
                                                 id, r.id, did_you_mean(id, catalogued)));
    }
}

}  // namespace

void lint_catalog(const Library& lib, Diagnostics& diags) {
  check_categories(lib, diags);
  check_cases(lib, diags);
}

}  // namespace tenken
