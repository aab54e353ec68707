// Loads the `rules:` of a rule file.
#include <fmt/format.h>

#include <algorithm>

#include "load/fields.h"
#include "tenken/frameworks.h"
#include "load/loaders.h"

namespace tenken::load {
namespace {

// What an identifier of framework `f` looks like, for "expected ..., found ...".
LocalizedText shape_of(const Framework& f) {
  std::string_view key = f.key;
  const char* ja = key == "csf2"            ? "NIST CSF 2.0 のサブカテゴリー（例: PR.DS-11）"
                   : key == "iso27001_2022" ? "ISO/IEC 27001:2022 附属書 A の管理策（例: A.8.13）"
                   : key == "cis_v8"        ? "CIS Controls v8 のセーフガード（例: 11.4）"
                                            : f.shape;
  return {ja, f.shape};
}

void read_refs(const yaml::Node* n, Rule& rule, Diagnostics& diags) {
  if (!n || !expect_map(*n, key_named("refs"), diags)) return;
  std::vector<std::string> keys;
  for (const Framework& f : frameworks()) keys.emplace_back(f.key);
  for (auto& [k, v] : n->entries) {
    const Framework* f = find_framework(k->value);
    if (!f) {
      diags.error(k->origin, bilingual("unknown reference framework '{}'; expected one of csf2, "
                                       "iso27001_2022, cis_v8{}",
                                       "'{}' という参照フレームワークはありません。csf2、iso27001_2022、cis_v8 "
                                       "のいずれかを書いてください{}",
                                       k->value, did_you_mean(k->value, keys)));
      continue;
    }
    if (!expect_list(*v, as_is(fmt::format("'refs.{}'", f->key)), diags)) continue;
    LocalizedText item_of = bilingual("an item of 'refs.{}'", "'refs.{}' の項目", f->key);
    for (const yaml::Node* item : v->items) {
      if (!expect_scalar(*item, item_of, diags)) continue;
      if (std::find(f->ids.begin(), f->ids.end(), item->value) == f->ids.end())
        diags.error(item->origin, bilingual("expected {}, found '{}', which is not in {}{}",
                                            "{0}が必要ですが、'{1}' が書かれています。'{1}' は {2} にありません{3}",
                                            shape_of(*f), item->value, f->name,
                                            did_you_mean(item->value, f->ids)));
      else
        rule.refs[f->key].push_back(item->value);
    }
  }
}

void read_cases(const yaml::Node* n, Rule& rule, Diagnostics& diags) {
  if (!n || !expect_list(*n, key_named("cases"), diags)) return;
  for (const yaml::Node* c : n->items)
    if (expect_scalar(*c, bilingual("an item of 'cases'", "'cases' の項目"), diags) && check_id(*c, c->value, IdKind::case_id, diags)) {
      rule.cases.push_back(c->value);
      rule.case_origins.push_back(c->origin);
    }
}

// `formerly: [old-id]`: the ids a renamed rule had, so that `tenken diff` follows it.
void read_formerly(const yaml::Node* n, Rule& rule, Diagnostics& diags) {
  if (!n || !expect_list(*n, key_named("formerly"), diags)) return;
  for (const yaml::Node* f : n->items)
    if (expect_scalar(*f, bilingual("an item of 'formerly'", "'formerly' の項目"), diags) && check_id(*f, f->value, IdKind::rule, diags))
      rule.formerly.push_back(f->value);
}

void read_check(const yaml::Node& map, MapReader& r, Rule& rule, Diagnostics& diags) {
  const yaml::Node* check = r.optional("check");
  if (check && expect_scalar(*check, key_named("check"), diags)) {
    if (check->value == "manual") rule.check = CheckKind::manual;
    else if (check->value != "automatic")
      diags.error(check->origin, bilingual("expected 'automatic' or 'manual' for 'check', found '{}'",
                                           "'check' には 'automatic' か 'manual' が必要ですが、'{}' が書かれています",
                                           check->value));
  }
  // An 'expect' of another shape is reported as such by expression(), not also as missing.
  bool written = map.get("expect") != nullptr;
  rule.expect = r.expression("expect");
  if (rule.check == CheckKind::automatic && !written && !rule.id.empty())
    diags.error(rule.origin, bilingual("missing 'expect' in rule '{}' (a rule without one must say "
                                       "'check: manual')",
                                       "ルール '{}' に 'expect' がありません（'expect' のないルールには "
                                       "'check: manual' と書いてください）",
                                       rule.id));
}

void read_rule(const yaml::Node& n, std::vector<Rule>& out, Diagnostics& diags) {
  const LocalizedText a_rule{"ルール", "a rule"};
  if (!expect_map(n, a_rule, diags)) return;
  MapReader r(n, a_rule, diags,
              {"id", "title", "category", "severity", "weight", "check", "applies_if", "expect",
               "rationale", "recommendation", "evidence", "cases", "refs", "formerly"});
  Rule rule;
  rule.origin = n.origin;
  rule.id = r.string("id", true);
  rule.title = r.text("title", true);
  rule.category = r.string("category", true);
  if (const yaml::Node* s = r.required("severity"); s && expect_scalar(*s, key_named("severity"), diags)) {
    if (!parse_severity(s->value, rule.severity))
      diags.error(s->origin, bilingual("expected a severity (info, low, medium, high, critical), found '{}'",
                                       "'severity' には重大度（info, low, medium, high, critical）が必要ですが、'{}' が書かれています",
                                       s->value));
  }
  rule.weight = default_weight(rule.severity);
  if (auto w = r.number("weight")) {
    if (*w < 0)
      diags.error(n.get("weight")->origin, bilingual("expected a weight of 0 or more, found {}",
                                                     "'weight' には 0 以上の数値が必要ですが、{} が書かれています", *w));
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
      diags.error(n.get("id")->origin, bilingual("duplicate rule id '{}' (first defined at {}:{})",
                                                 "ルール id '{}' が重複しています（最初の定義は {}:{}）", rule.id,
                                                 other.origin.path(), other.origin.where().line));
      return;
    }
  out.push_back(std::move(rule));
}

}  // namespace

void load_rules(const yaml::Node& rules, std::vector<Rule>& out, Diagnostics& diags) {
  if (!expect_list(rules, key_named("rules"), diags)) return;
  for (const yaml::Node* n : rules.items) read_rule(*n, out, diags);
}

}  // namespace tenken::load
