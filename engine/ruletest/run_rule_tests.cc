// Rule tests, a feature of tenken (`tenken test`, tenken/rule_test.h), not tests of tenken: loading
// the test files and checking a Result against them.
#include "tenken/rule_test.h"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>

#include "load/fields.h"
#include "load/loaders.h"
#include "load/yaml_document.h"

namespace tenken {
namespace {

std::vector<std::string> state_names() {
  std::vector<std::string> names;
  for (int i = 0; i < kStateCount; ++i) names.emplace_back(format_as(static_cast<State>(i)));
  return names;
}

void read_expect(const yaml::Node* n, RuleTest& t, Diagnostics& diags) {
  if (!n || !load::expect_map(*n, bilingual("'expect' (rule id: state)", "'expect'（ルール id: 状態）"), diags)) return;
  const LocalizedText a_state{"ルールの状態", "a rule state"};
  for (auto& [k, v] : n->entries) {
    if (!k->is_scalar() || !load::expect_scalar(*v, a_state, diags)) continue;
    State state;
    if (!parse_state(v->value, state)) {
      diags.error(v->origin, bilingual("expected a rule state (pass, fail, unknown, notapplicable, "
                                       "notchecked, waived, error), found '{}'{}",
                                       "ルールの状態（pass, fail, unknown, notapplicable, notchecked, waived, "
                                       "error）が必要ですが、'{}' が書かれています{}",
                                       v->value, did_you_mean(v->value, state_names())));
      continue;
    }
    t.expect.push_back({k->value, state, k->origin});
  }
}

void read_failing(const yaml::Node* n, RuleTest& t, Diagnostics& diags) {
  if (!n || !load::expect_list(*n, bilingual("'failing' (the rules that fail)", "'failing'（不備になるルール）"), diags))
    return;
  t.exact_failing = true;
  const LocalizedText a_rule_id{"ルール id", "a rule id"};
  for (const yaml::Node* item : n->items)
    if (load::expect_scalar(*item, a_rule_id, diags)) t.failing.push_back({item->value, State::fail, item->origin});
}

// `file:` relative to the test file, or `date:` with inline `answers:`.
void read_answers(load::MapReader& r, const yaml::Node& n, const Source& test_file, RuleTest& t,
                  Diagnostics& diags) {
  const yaml::Node* file = r.optional("file");
  const yaml::Node* date = r.optional("date");
  const yaml::Node* answers = r.optional("answers");
  if (file && (date || answers)) {
    diags.error((date ? date : answers)->origin,
                {"'file'（回答ファイル）か、'date' と 'answers'（ここに書く回答）のどちらか一方が必要ですが、"
                 "両方が書かれています",
                 "expected either 'file' (an answer file) or 'date' and 'answers' (answers written "
                 "here), found both"});
    return;
  }
  if (file) {
    if (!load::expect_scalar(*file, bilingual("'file' (an answer file)", "'file'（回答ファイル）"), diags)) return;
    auto path = (std::filesystem::path(test_file.path()).parent_path() / file->value).lexically_normal();
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) {
      diags.error(file->origin, bilingual("expected an answer file at '{}', found nothing there (the path "
                                          "is relative to this test file)",
                                          "'{}' に回答ファイルが必要ですが、何もありません（パスはこのテストファイル"
                                          "からの相対パスです）",
                                          path.string()));
      return;
    }
    auto source = read_source(path.string(), diags);
    if (auto loaded = source ? load_answers(source, diags) : std::nullopt) t.answers = std::move(*loaded);
    return;
  }
  if (!date) {
    diags.error(n.origin, {"テストに 'file'（回答ファイル）も 'date'（'answers' とともに書く）もありません",
                           "missing 'file' (an answer file) or 'date' (with 'answers') in a test"});
    return;
  }
  t.answers.path = test_file.path();
  load::read_assessment_date(*date, "'date'", t.answers, diags);
  if (answers) load::read_answer_entries(*answers, t.answers, diags);
}

void read_test(const yaml::Node& n, const Source& file, std::vector<RuleTest>& out, Diagnostics& diags) {
  const LocalizedText a_test{"テスト", "a test"};
  if (!load::expect_map(n, a_test, diags)) return;
  int errors_before = diags.error_count();
  load::MapReader r(n, a_test, diags, {"name", "file", "date", "answers", "failing", "expect"});
  RuleTest t;
  t.origin = n.origin;
  t.name = r.string("name", true);
  read_answers(r, n, file, t, diags);
  read_failing(r.optional("failing"), t, diags);
  read_expect(r.optional("expect"), t, diags);
  r.finish();
  if (!t.exact_failing && t.expect.empty())
    diags.error(n.origin, {"テストには 'failing' か 'expect' が必要ですが、どちらも書かれていません。テストは何かを"
                           "確かめるものでなければなりません",
                           "expected 'failing' or 'expect' in a test, found neither: a test must check "
                           "something"});
  t.loaded = diags.error_count() == errors_before;
  out.push_back(std::move(t));
}

// Every rule id a test names must be in the library.
bool rules_exist(const Library& lib, const RuleTest& t, Diagnostics& diags) {
  std::vector<std::string> ids;
  for (const Rule& r : lib.rules) ids.push_back(r.id);
  bool ok = true;
  for (const auto* list : {&t.failing, &t.expect})
    for (const RuleExpectation& e : *list)
      if (std::find(ids.begin(), ids.end(), e.rule) == ids.end()) {
        diags.error(e.origin, bilingual("unknown rule '{}'{}", "'{}' というルールはありません{}", e.rule,
                                        did_you_mean(e.rule, ids)));
        ok = false;
      }
  return ok;
}

const RuleResult* find(const Result& result, const std::string& rule) {
  for (const RuleResult& r : result.rules)
    if (r.rule == rule) return &r;
  return nullptr;
}

}  // namespace

std::vector<RuleTest> load_rule_tests(const std::shared_ptr<const Source>& file, Diagnostics& diags) {
  std::vector<RuleTest> out;
  yaml::Document doc;
  if (!yaml::parse(file, doc, diags)) return out;
  if (!doc.root) {
    diags.error({file, 0}, {"'tests:' を持つマッピングが必要ですが、ファイルが空です",
                            "expected a mapping with 'tests:', found an empty file"});
    return out;
  }
  const LocalizedText a_test_file{"テストファイル", "a test file"};
  if (!load::expect_map(*doc.root, a_test_file, diags)) return out;
  load::MapReader r(*doc.root, a_test_file, diags, {"tests"});
  if (const yaml::Node* tests = r.required("tests"); tests && load::expect_list(*tests, load::key_named("tests"), diags))
    for (const yaml::Node* n : tests->items) read_test(*n, *file, out, diags);
  r.finish();
  return out;
}

RuleTestOutcome run_rule_test(const CompiledLibrary& library, const RuleTest& test, Diagnostics& diags) {
  RuleTestOutcome outcome;
  bool known = rules_exist(library_of(library), test, diags);  // reported even for a broken test
  if (!test.loaded || !known) return outcome;
  AnswerSetPtr bound = bind_answers(library, test.answers, diags);
  if (!bound) return outcome;
  Result result = evaluate(library, *bound);
  outcome.ran = true;
  for (const RuleExpectation& e : test.expect)
    if (State got = find(result, e.rule)->state; got != e.state)
      outcome.problems.push_back(bilingual("{}: expected {}, got {}", "{}: {} になるはずが {} になりました", e.rule,
                                           format_as(e.state), format_as(got)));
  if (!test.exact_failing) return outcome;
  auto listed = [&](const std::string& id) {
    return std::any_of(test.failing.begin(), test.failing.end(), [&](const RuleExpectation& e) { return e.rule == id; });
  };
  for (const RuleExpectation& e : test.failing)
    if (State got = find(result, e.rule)->state; got != State::fail)
      outcome.problems.push_back(bilingual("{}: listed in 'failing' but got {}",
                                           "{}: 'failing' に書かれていますが、結果は {} です", e.rule, format_as(got)));
  for (const RuleResult& r : result.rules)
    if (r.state == State::fail && !listed(r.rule))
      outcome.problems.push_back(bilingual("{}: fails but is not listed in 'failing'",
                                           "{}: fail ですが、'failing' に書かれていません", r.rule));
  return outcome;
}

}  // namespace tenken
