// Loads an answer file: organisation, assessment, and the answers in their written form. Values
// are checked against question types later, in bind_answers(), where the checklist is known; the
// organisation's sector and size are checked here, against their fixed lists, and kept as ids.
#include <fmt/format.h>

#include <algorithm>
#include <tuple>

#include "tenken/dates.h"
#include "load/fields.h"
#include "load/json_tree.h"
#include "load/loaders.h"
#include "load/yaml_document.h"
#include "tenken/engine.h"
#include "tenken/organization_profile.h"
#include "tenken/utf8.h"

namespace tenken {
namespace {

RawScalar raw(const yaml::Node& n) {
  return {n.value, n.quoted, n.kind == yaml::Kind::null, n.origin};
}

// A file that opens with '{' is JSON, read by a JSON parser (json_tree.h); any other is YAML.
bool looks_like_json(std::string_view text) {
  size_t first = text.find_first_not_of(" \t\r\n");
  return first != std::string_view::npos && text[first] == '{';
}

bool is_dont_know(const yaml::Node& n) { return n.is_scalar() && !n.quoted && n.value == "unknown"; }

void read_value(const yaml::Node& v, Answer& a, Diagnostics& diags) {
  a.value_origin = v.origin;
  if (is_dont_know(v)) {
    a.form = AnswerForm::dont_know;
  } else if (v.is_seq()) {
    a.is_list = true;
    for (const yaml::Node* item : v.items)
      if (load::expect_scalar(*item, bilingual("an item of the answer to '{}'", "'{}' の回答の項目", a.question),
                              diags))
        a.raw.push_back(raw(*item));
  } else if (v.is_map()) {
    diags.error(v.origin, bilingual("expected a value for '{}', found a mapping",
                                    "'{}' には値が必要ですが、マッピングが書かれています", a.question));
  } else {
    a.raw.push_back(raw(v));
  }
}

void read_options(const yaml::Node* n, std::vector<RawScalar>& out, const Answer& a, const char* key,
                  Diagnostics& diags) {
  if (!n) return;
  LocalizedText what = bilingual("'{}' (a list of choices) in the answer to '{}'",
                                 "'{1}' の回答の '{0}'（選択肢のリスト）", key, a.question);
  if (!load::expect_list(*n, what, diags)) return;
  LocalizedText item_of = bilingual("an item of '{}' in the answer to '{}'", "'{1}' の回答の '{0}' の項目", key,
                                    a.question);
  for (const yaml::Node* item : n->items)
    if (load::expect_scalar(*item, item_of, diags)) out.push_back(raw(*item));
}

// {has: [...], lacks: [...]}: what is known of a multiple-choice answer, the rest not known.
void read_partial(const yaml::Node& n, const yaml::Node* has, const yaml::Node* lacks, Answer& a,
                  Diagnostics& diags) {
  a.is_list = a.is_partial = true;
  a.value_origin = n.origin;
  read_options(has, a.raw, a, "has", diags);
  read_options(lacks, a.lacks, a, "lacks", diags);
}

// {at_least: n, at_most: m}, either or both: what is known of a number.
void read_range(const yaml::Node& n, const yaml::Node* at_least, const yaml::Node* at_most, Answer& a,
                Diagnostics& diags) {
  a.is_range = true;
  a.value_origin = n.origin;
  for (auto [key, node, out] : {std::tuple{"at_least", at_least, &a.at_least}, std::tuple{"at_most", at_most, &a.at_most}})
    if (node && load::expect_scalar(*node,
                                    bilingual("'{}' (a number) in the answer to '{}'", "'{1}' の回答の '{0}'（数値）",
                                              key, a.question),
                                    diags))
      *out = raw(*node);
}

// A required text under `key`: the reason for N/A, the justification of an alternative. `reason`
// says what the text is.
bool read_reason(const yaml::Node& n, const char* key, const LocalizedText& reason, std::string& out,
                 Diagnostics& diags) {
  LocalizedText what = bilingual("'{}' ({})", "'{}'（{}）", key, reason);
  if (!load::expect_scalar(n, what, diags)) return false;
  if (n.kind == yaml::Kind::null || n.value.empty()) {
    diags.error(n.origin, bilingual("expected {0}, found nothing", "'{1}' が空です。{2}を書いてください", what, key,
                                    reason));
    return false;
  }
  out = n.value;
  return true;
}

void read_detailed(const yaml::Node& n, Answer& a, Diagnostics& diags) {
  load::MapReader r(n, bilingual("the answer to '{}'", "'{}' の回答", a.question), diags,
                    {"value", "na", "alternative", "has", "lacks", "at_least", "at_most", "comment", "evidence"});
  const yaml::Node* value = r.optional("value");
  const yaml::Node* na = r.optional("na");
  const yaml::Node* alternative = r.optional("alternative");
  const yaml::Node* has = r.optional("has");
  const yaml::Node* lacks = r.optional("lacks");
  const yaml::Node* at_least = r.optional("at_least");
  const yaml::Node* at_most = r.optional("at_most");
  a.comment = r.string("comment", false);
  a.evidence = r.strings("evidence");
  r.finish();
  std::vector<std::pair<const char*, const yaml::Node*>> given;  // one is allowed
  if (value) given.emplace_back("value", value);
  if (na) given.emplace_back("na", na);
  if (alternative) given.emplace_back("alternative", alternative);
  if (has || lacks) given.emplace_back(has ? "has" : "lacks", has ? has : lacks);
  if (at_least || at_most) given.emplace_back(at_least ? "at_least" : "at_most", at_least ? at_least : at_most);
  std::sort(given.begin(), given.end(),  // in the order written
            [](const auto& a, const auto& b) { return a.second->origin.offset < b.second->origin.offset; });
  if (given.size() > 1) {
    diags.error(given[1].second->origin,
                bilingual("the answer to '{}' has both '{}' and '{}'; give one",
                          "'{}' の回答に '{}' と '{}' の両方が書かれています。どちらか一方にしてください", a.question,
                          given[0].first, given[1].first));
  } else if (na) {
    a.form = AnswerForm::not_applicable;
    a.value_origin = na->origin;
    read_reason(*na, "na", {"質問が該当しない理由", "the reason the question does not apply"}, a.na_reason, diags);
  } else if (alternative) {
    a.form = AnswerForm::alternative;
    a.value_origin = alternative->origin;
    read_reason(*alternative, "alternative",
                {"別の方法でどのように対策しているか", "how the practice is met another way"}, a.alternative, diags);
  } else if (has || lacks) {
    read_partial(n, has, lacks, a, diags);
  } else if (at_least || at_most) {
    read_range(n, at_least, at_most, a, diags);
  } else if (value && value->is_map() && (value->get("has") || value->get("lacks"))) {
    load::MapReader v(*value, bilingual("the value of '{}'", "'{}' の値", a.question), diags, {"has", "lacks"});
    const yaml::Node* h = v.optional("has");
    const yaml::Node* l = v.optional("lacks");
    v.finish();
    read_partial(*value, h, l, a, diags);
  } else if (value && value->is_map() && (value->get("at_least") || value->get("at_most"))) {
    load::MapReader v(*value, bilingual("the value of '{}'", "'{}' の値", a.question), diags, {"at_least", "at_most"});
    const yaml::Node* lo = v.optional("at_least");
    const yaml::Node* hi = v.optional("at_most");
    v.finish();
    read_range(*value, lo, hi, a, diags);
  } else if (value) {
    read_value(*value, a, diags);
  } else {
    diags.error(n.origin, bilingual("expected 'value', 'na', 'alternative', 'has'/'lacks' or "
                                    "'at_least'/'at_most' in the answer to '{}', found none of them",
                                    "'{}' の回答には 'value'、'na'、'alternative'、'has'/'lacks'、'at_least'/'at_most' "
                                    "のどれかが必要ですが、どれも書かれていません",
                                    a.question));
  }
}

}  // namespace

void load::read_answer_entries(const yaml::Node& n, Answers& out, Diagnostics& diags) {
  if (!load::expect_map(n, {"'answers'（質問 id: 回答）", "'answers' (question id: answer)"}, diags)) return;
  for (auto& [k, v] : n.entries) {
    if (!k->is_scalar()) continue;  // reported by the YAML reader
    Answer a;
    a.question = k->value;
    a.origin = k->origin;
    a.value_origin = v->origin;
    // An empty value is a question not answered yet, as a template leaves it.
    if (v->kind == yaml::Kind::null) continue;
    if (v->is_map()) read_detailed(*v, a, diags);
    else read_value(*v, a, diags);
    out.answers.push_back(std::move(a));
  }
}

void load::read_assessment_date(const yaml::Node& d, std::string_view what, Answers& out,
                                Diagnostics& diags) {
  if (!load::expect_scalar(d, as_is(std::string(what)), diags)) return;
  out.assessment.date = d.value;
  out.assessment.date_origin = d.origin;
  if (!dates::parse_date(d.value))
    diags.error(d.origin, bilingual("expected the assessment date as YYYY-MM-DD, found '{}': {}",
                                    "評価日には YYYY-MM-DD の形の日付が必要ですが、'{}' が書かれています。{}", d.value,
                                    dates::date_problem(d.value)));
}

namespace {

// The id of the entry of `list` that `written` names (sector_named, size_band_named); an error if none.
template <class List, class Named>
std::string profile_id(const List& list, Named named, std::string_view key, std::string_view written,
                       const Origin& at, Diagnostics& diags) {
  if (written.empty()) return "";
  if (const auto* e = named(written)) return e->id;
  std::vector<std::string> ids;
  for (const auto& e : list) ids.push_back(e.id);
  std::string typed(written);
  for (char& c : typed) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  diags.error(at, bilingual("expected one of {} for '{}', found '{}'{}",
                            "'{1}' には {0} のいずれかが必要ですが、'{2}' が書かれています{3}",
                            fmt::format("{}", fmt::join(ids, ", ")), key, written, did_you_mean(typed, ids)));
  return "";
}

// organization.sector or .size: a single value, read as the id of its list; absent or empty is "".
std::string read_profile(const yaml::Node* n, std::string_view key,
                         std::string (*id)(std::string_view, const Origin&, Diagnostics&), Diagnostics& diags) {
  if (!n || n->kind == yaml::Kind::null || !load::expect_scalar(*n, load::key_named(key), diags)) return "";
  return id(n->value, n->origin, diags);
}

void read_organization(const yaml::Node& n, Answers& out, Diagnostics& diags) {
  if (!load::expect_map(n, load::key_named("organization"), diags)) return;
  load::MapReader r(n, load::key_named("organization"), diags, {"name", "sector", "size"});
  out.organization.name = r.string("name", true);
  out.organization.sector = read_profile(r.optional("sector"), "organization.sector", load::sector_id, diags);
  out.organization.size = read_profile(r.optional("size"), "organization.size", load::size_band_id, diags);
  r.finish();
}

void read_assessment(const yaml::Node& n, Answers& out, Diagnostics& diags) {
  if (!load::expect_map(n, load::key_named("assessment"), diags)) return;
  load::MapReader r(n, load::key_named("assessment"), diags, {"date", "assessor", "scope"});
  if (const yaml::Node* d = r.required("date")) load::read_assessment_date(*d, "'assessment.date'", out, diags);
  out.assessment.assessor = r.string("assessor", false);
  out.assessment.scope = r.string("scope", false);
  r.finish();
}

}  // namespace

std::string load::sector_id(std::string_view written, const Origin& at, Diagnostics& diags) {
  return profile_id(sectors(), sector_named, "organization.sector", written, at, diags);
}

std::string load::size_band_id(std::string_view written, const Origin& at, Diagnostics& diags) {
  return profile_id(size_bands(), size_band_named, "organization.size", written, at, diags);
}

std::optional<Answers> load_answers(const std::shared_ptr<const Source>& file, Diagnostics& diags) {
  int errors_before = diags.error_count();
  yaml::Document doc;
  bool json = looks_like_json(file->text());
  if (json ? !load::parse_json_tree(file,
                                    {"回答ファイル（organization、assessment、answers）",
                                     "an answer file (organization, assessment, answers)"},
                                    doc, diags)
           : !yaml::parse(file, doc, diags))
    return std::nullopt;
  if (!doc.root) {
    diags.error({file, 0}, {"回答ファイル（organization、assessment、answers を書いたもの）が必要ですが、ファイルが空です",
                            "expected an answer file (organization, assessment, answers), found an empty file"});
    return std::nullopt;
  }
  const LocalizedText answer_file{"回答ファイル", "the answer file"};
  if (!load::expect_map(*doc.root, answer_file, diags)) return std::nullopt;
  Answers out;
  out.path = file->path();
  out.syntax = json ? AnswerSyntax::json : AnswerSyntax::yaml;
  load::MapReader r(*doc.root, answer_file, diags, {"organization", "assessment", "answers"});
  if (const yaml::Node* org = r.required("organization")) read_organization(*org, out, diags);
  if (const yaml::Node* a = r.required("assessment")) read_assessment(*a, out, diags);
  if (const yaml::Node* a = r.optional("answers")) load::read_answer_entries(*a, out, diags);
  r.finish();
  if (diags.error_count() > errors_before) return std::nullopt;
  return out;
}

}  // namespace tenken
