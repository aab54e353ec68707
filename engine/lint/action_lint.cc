// lint_actions(): the action catalog (rules/actions.yaml) agrees with the rules. Checked only when
// a library has actions: an operator's own rules need none, and the action plan then lists each
// failed rule as an action of its own.
//
//   - every rule an action lists exists, and is listed by no other action;
//   - every rule is closed by some action (a warning: the plan still lists it, by its title).
#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "lint/catalog_lint.h"

namespace tenken {

void lint_actions(const Library& lib, Diagnostics& diags) {
  if (lib.actions.empty()) return;
  std::vector<std::string> rule_ids;
  for (const Rule& r : lib.rules) rule_ids.push_back(r.id);
  std::map<std::string, const Action*> closed_by;
  for (const Action& a : lib.actions)
    for (size_t i = 0; i < a.rules.size(); ++i) {
      const std::string& id = a.rules[i];
      if (std::find(rule_ids.begin(), rule_ids.end(), id) == rule_ids.end()) {
        diags.error(a.rule_origins[i], bilingual("unknown rule '{}' in action '{}'{}",
                                                 "対策 '{1}' に書かれた '{0}' というルールはありません{2}", id, a.id,
                                                 did_you_mean(id, rule_ids)));
        continue;
      }
      auto [it, first] = closed_by.emplace(id, &a);
      if (!first)
        diags.error(a.rule_origins[i], bilingual("rule '{}' is already closed by action '{}' ({}:{}); "
                                                 "list each rule under one action",
                                                 "ルール '{}' はすでに対策 '{}'（{}:{}）に書かれています。各ルールは "
                                                 "1 つの対策にだけ書いてください",
                                                 id, it->second->id, it->second->origin.path(),
                                                 it->second->origin.where().line));
    }
  for (const Rule& r : lib.rules)
    if (!closed_by.count(r.id))
      diags.warning(r.origin, bilingual("rule '{}' is closed by no action; the action plan will list it "
                                        "by its title (add it to an action's 'rules')",
                                        "ルール '{}' を解消する対策がありません。対策の一覧にはルールの題名で載ります"
                                        "（いずれかの対策の 'rules' に加えてください）",
                                        r.id));
}

}  // namespace tenken
