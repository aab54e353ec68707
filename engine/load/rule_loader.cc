// Loads the `rules:` of a rule file.
#include <fmt/format.h>

#include <algorithm>

#include "load/fields.h"
#include "tenken/frameworks.h"
#include "load/loaders.h"

namespace tenken::load {
namespace {

void read_refs(const yaml::Node* n, Rule& rule, Diagnostics& diags) {
  if (!n || !expect_map(*n, "'refs'", diags)) return;
  std::vector<std::string> keys;
  for (const Framework& f : frameworks()) keys.emplace_back(f.key);
  for (auto& [k, v] : n->entries) {
    const Framework* f = find_framework(k->value);
    if (!f) {
      diags.error(k->origin, fmt::format("unknown reference framework '{}'; expected one of csf2, "
                                         "iso27001_2022, cis_v8{}", k->value, did_you_mean(k->value, keys)));
      continue;
    }
    if (!expect_list(*v, fmt::format("'refs.{}'", f->key), diags)) continue;
    for (const yaml::Node* item : v->items) {
      if (!expect_scalar(*item, fmt::format("an item of 'refs.{}'", f->key), diags)) continue;
      if (std::find(f->ids.begin(), f->ids.end(), item->value) == f->ids.end())
        diags.error(item->origin, fmt::format("expected {}, found '{}', which is not in {}{}",
                                              f->shape, item->value, f->name,
                                              did_you_mean(item->value, f->ids)));
      else
        rule.refs[f->key].push_back(item->value);
    }
  }
}

void read_cases(const yaml::Node* n, Rule& rule, Diagnostics& diags) {
  if (!n || !expect_list(*n, "'cases'", diags)) return;
  for (const yaml::Node* c : n->items)
    if (expect_scalar(*c, "an item of 'cases'", diags) && check_id(*c, c->value, IdKind::case_id, diags)) {
      rule.cases.push_back(c->value);
      rule.case_origins.push_back(c->origin);
    }
}

// `formerly: [old-id]`: the ids a renamed rule had, so that `tenken diff` follows it.
void read_formerly(const yaml::Node* n, Rule& rule, Diagnostics& diags) {
  if (!n || !expect_list(*n, "'formerly'", diags)) return;
  for (const yaml::Node* f : n->items)
    if (expect_scalar(*f, "an item of 'formerly'", diags) && check_id(*f, f->value, IdKind::rule, diags))
      rule.formerly.push_back(f->value);
}

void read_check(const yaml::Node& map, MapReader& r, Rule& rule, Diagnostics& diags) {
  const yaml::Node* check = r.optional("check");
  if (check && expect_scalar(*check, "'check'", diags)) {
    if (check->value == "manual") rule.check = CheckKind::manual;
    else if (check->value != "automatic")
      diags.error(check->origin, fmt::format("expected 'automatic' or 'manual' for 'check', found '{}'",
                                             check->value));
  }
  // An 'expect' of another shape is reported as such by expression(), not also as missing.
  bool written = map.get("expect") != nullptr;
  rule.expect = r.expression("expect");
  if (rule.check == CheckKind::automatic && !written && !rule.id.empty())
    diags.error(rule.origin, fmt::format("missing 'expect' in rule '{}' (a rule without one must say "
                                         "'check: manual')", rule.id));
}

void read_rule(const yaml::Node& n, std::vector<Rule>& out, Diagnostics& diags) {
  if (!expect_map(n, "a rule", diags)) return;
  MapReader r(n, "a rule", diags,
              {"id", "title", "category", "severity", "weight", "check", "applies_if", "expect",
               "rationale", "recommendation", "evidence", "cases", "refs", "formerly"});
  Rule rule;
  rule.origin = n.origin;
  rule.id = r.string("id", true);
  rule.title = r.text("title", true);
  rule.category = r.string("category", true);
  if (const yaml::Node* s = r.required("severity"); s && expect_scalar(*s, "'severity'", diags)) {
    if (!parse_severity(s->value, rule.severity))
      diags.error(s->origin, fmt::format("expected a severity (info, low, medium, high, critical), found '{}'",
                                         s->value));
  }
  rule.weight = default_weight(rule.severity);
  if (auto w = r.number("weight")) {
    if (*w < 0) diags.error(n.get("weight")->origin, fmt::format("expected a weight of 0 or more, found {}", *w));
    else rule.weight = *w;
  }
  read_check(n, r, rule, diags);
  rule.applies_if = r.expression("applies_if");
  rule.rationale = r.text("rationale", true);
  rule.recommendation = r.text("recommendation", true);
  rule.evidence = r.text("evidence", true);
  read_cases(r.optional("cases"), rule, diags);
  read_refs(r.optional("refs"), rule, diags);
  read_formerly(r.optional("formerly"), rule, diags);
  r.finish();
  if (!rule.category.empty()) {
    rule.category_origin = n.get("category")->origin;
    check_id(*n.get("category"), rule.category, IdKind::category, diags);
  }
  if (rule.id.empty() || !check_id(*n.get("id"), rule.id, IdKind::rule, diags)) return;
  for (const Rule& other : out)
    if (other.id == rule.id) {
      diags.error(n.get("id")->origin, fmt::format("duplicate rule id '{}' (first defined at {}:{})",
                                                   rule.id, other.origin.path(), other.origin.where().line));
      return;
    }
  out.push_back(std::move(rule));
}

}  // namespace

void load_rules(const yaml::Node& rules, std::vector<Rule>& out, Diagnostics& diags) {
  if (!expect_list(rules, "'rules'", diags)) return;
  for (const yaml::Node* n : rules.items) read_rule(*n, out, diags);
}

}  // namespace tenken::load
