// Reads the Result's JSON form back (result_from_json, render.h). The text is parsed with the
// positions of its values kept (json_document.h); then every field is checked for its type and
// its range (counts are whole numbers that fit an int, scores lie in 0..100, dates are real
// days, states and severities are known words, rule ids are unique, answers read are in the
// table), each problem a Diagnostic at the line and column of the value, or of the object that
// lacks a key. Problems in one document are all reported, up to kMaxDiagnosticsKept.
//
// Version 2 leaves the rules' texts to the library: they are joined again by rule id from the
// library given (attach_texts), with a warning when it is not the library the Result names.
// Version 1 carried them, and still reads; its fields added after it was first written (waivers,
// formerly, scores after waivers, the quick set) are optional. Unknown keys are ignored.
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <array>
#include <charconv>
#include <cmath>
#include <initializer_list>
#include <limits>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "tenken/bilingual.h"
#include "tenken/json_document.h"
#include "tenken/diagnostic.h"
#include "tenken/engine.h"
#include "tenken/reports/render.h"
// The engine's calendar (a private header of the engine, reached through the source tree: the
// reports library has no include path into engine/).
#include "tenken/dates.h"

namespace tenken {
namespace {

using json::JsonDocument;
using json::JsonKind;
using json::JsonNode;

// What the whole text should be, for parse_json's message when it is not JSON at all.
LocalizedText result_document() {
  return {"tenken の結果ファイル（tenken check --format json で書き出した JSON）",
          "a tenken Result (JSON written by tenken check --format json)"};
}
constexpr int kMaxCount = std::numeric_limits<int>::max();

constexpr std::initializer_list<State> kStates = {
    State::pass,       State::fail,   State::unknown, State::notapplicable,
    State::notchecked, State::waived, State::error};

// Reads one parsed document. Every reader below takes the node it reads, or null when that node
// is missing or was already reported (a member of something that is not an object): a null
// reads as an empty value without a second message, so one mistake is reported once.
class ResultReader {
 public:
  ResultReader(const JsonDocument& doc, std::shared_ptr<const Source> file, const CompiledLibrary& library,
               OtherLibrary other_library, Diagnostics& diags)
      : doc_(doc), file_(std::move(file)), library_(library), other_library_(other_library), diags_(diags) {}

  std::optional<Result> read();

 private:
  void error(const JsonNode& at, LocalizedText message) {
    ++errors_;
    diags_.error({file_, at.offset}, std::move(message));
  }
  // Past this many problems the document is read no further: the rest would not be shown.
  bool enough_errors() const { return errors_ >= static_cast<int>(kMaxDiagnosticsKept); }
  LocalizedText name(const JsonNode& n) const;
  LocalizedText describe(const JsonNode& n) const;
  LocalizedText first_given(uint32_t first, uint32_t then) const;

  const JsonNode* typed(const JsonNode* n, JsonKind kind, const LocalizedText& expected);
  const JsonNode* object(const JsonNode* n) { return typed(n, JsonKind::object, {"オブジェクト", "an object"}); }
  const JsonNode* array(const JsonNode* n) { return typed(n, JsonKind::array, {"配列", "an array"}); }
  const JsonNode* member(const JsonNode* obj, const char* key);
  const JsonNode* present(const JsonNode* obj, const char* key) const {
    return obj ? doc_.member(*obj, key) : nullptr;
  }
  std::vector<const JsonNode*> items(const JsonNode* arr) const {
    return arr ? doc_.children(*arr) : std::vector<const JsonNode*>{};
  }

  std::string string(const JsonNode* n);
  std::string string(const JsonNode* obj, const char* key) { return string(member(obj, key)); }
  std::string optional_string(const JsonNode* obj, const char* key) {
    return string(present(obj, key));
  }
  bool boolean(const JsonNode* n);
  int count(const JsonNode* n);
  int count(const JsonNode* obj, const char* key) { return count(member(obj, key)); }
  double number(const JsonNode* n, double max, const LocalizedText& expected);
  double score(const JsonNode* obj, const char* key) {
    return number(member(obj, key), 100, {"0 から 100 までのスコア", "a score from 0 to 100"});
  }
  double weight(const JsonNode* obj, const char* key) {
    return number(member(obj, key), std::numeric_limits<double>::max(), {"0 以上の重み", "a weight of 0 or more"});
  }
  std::vector<std::string> strings(const JsonNode* n);
  std::vector<std::string> strings(const JsonNode* obj, const char* key) {
    return strings(member(obj, key));
  }
  std::map<std::string, std::vector<std::string>> lists_by_key(const JsonNode* n);
  LocalizedText text(const JsonNode* obj, const char* key);
  std::string date(const JsonNode* n, bool may_be_empty);
  template <class Enum>
  Enum choice(const JsonNode* n, std::initializer_list<Enum> values);

  int version(const JsonNode* root);
  std::array<int, kStateCount> counts(const JsonNode* obj);
  Coverage coverage(const JsonNode* c);
  CategoryScore category(const JsonNode* c);
  Summary summary(const JsonNode* s);
  AnswerUsed answer(const JsonNode* a);
  std::optional<RuleWaiver> waiver(const JsonNode* w);
  RuleResult rule(const JsonNode* j, const std::vector<AnswerRef>& answers);
  RuleTexts rule_texts(const JsonNode* j);
  void join_texts(const JsonNode* root, Result& r);
  void check_unique_ids(const std::vector<const JsonNode*>& rules);
  void report_missing_keys();

  const JsonDocument& doc_;
  std::shared_ptr<const Source> file_;
  const CompiledLibrary& library_;
  OtherLibrary other_library_;
  Diagnostics& diags_;
  int errors_ = 0;
  // Keys found missing, by the offset of the object that lacks them; reported at the end.
  std::unordered_map<uint32_t, std::vector<const char*>> missing_;
  std::vector<const JsonNode*> missing_objects_;  // in the order first found
};

// 'results[2].state', or "the Result" for the document itself (「結果ファイル」).
LocalizedText ResultReader::name(const JsonNode& n) const {
  std::string path = doc_.path(n);
  return path.empty() ? LocalizedText{"結果ファイル", "the Result"} : as_is("'" + path + "'");
}

// A value as a message names what was found: the string "x", 12, true, null, an object.
LocalizedText ResultReader::describe(const JsonNode& n) const {
  switch (n.kind) {
    case JsonKind::object: return {"オブジェクト", "an object"};
    case JsonKind::array: return {"配列", "an array"};
    case JsonKind::string:
      return doc_.text(n).empty() ? LocalizedText{"空文字列", "the empty string"}
                                  : bilingual("the string \"{}\"", "文字列 \"{}\"", doc_.text(n));
    default: return as_is(std::string(doc_.text(n)));
  }
}

// "on line 12", or "at column 40" when both are on one line (a Result written without breaks).
LocalizedText ResultReader::first_given(uint32_t first, uint32_t then) const {
  LineColumn a = file_->locate(first), b = file_->locate(then);
  return a.line == b.line ? bilingual("at column {}", "{} 列目", a.column) : bilingual("on line {}", "{} 行目", a.line);
}

const JsonNode* ResultReader::typed(const JsonNode* n, JsonKind kind, const LocalizedText& expected) {
  if (!n || n->kind == kind) return n;
  error(*n, bilingual("expected {} for {}, found {}", "{1}には{0}が必要ですが、{2}が書かれています",
                      expected, name(*n), describe(*n)));
  return nullptr;
}

const JsonNode* ResultReader::member(const JsonNode* obj, const char* key) {
  if (!obj) return nullptr;
  if (const JsonNode* m = doc_.member(*obj, key)) return m;
  ++errors_;
  std::vector<const char*>& keys = missing_[obj->offset];
  if (keys.empty()) missing_objects_.push_back(obj);
  keys.push_back(key);
  return nullptr;
}

// One message per object for the keys it lacks (a Result cut short lacks many), with the key
// written instead where one is close: "found \"answer_file\" instead of \"answers_file\"".
void ResultReader::report_missing_keys() {
  for (const JsonNode* obj : missing_objects_) {
    const std::vector<const char*>& keys = missing_[obj->offset];
    std::vector<std::string> present, wanted, instead, instead_ja;
    // A near miss is looked for among the keys of an object of a Result's size, not of any size.
    std::vector<const JsonNode*> members = doc_.children(*obj);
    if (members.size() <= 64)
      for (const JsonNode* m : members) present.emplace_back(doc_.key(*m));
    for (const char* key : keys) {
      wanted.push_back(fmt::format("\"{}\"", key));
      std::string near = closest_match(key, present);
      if (!near.empty()) {
        instead.push_back(fmt::format("\"{}\" instead of \"{}\"", near, key));
        instead_ja.push_back(fmt::format("\"{}\" の代わりに \"{}\"", key, near));
      }
    }
    std::string list = wanted.back();
    if (wanted.size() > 1)
      list = fmt::format("{} and {}", fmt::join(wanted.begin(), wanted.end() - 1, ", "), list);
    std::string list_ja = fmt::format("{}", fmt::join(wanted, "、"));
    std::string found = keys.size() == 1 ? "none" : "none of them";
    std::string found_ja;  // what is written instead, if anything
    if (keys.size() == 1 && !instead.empty()) {
      found = fmt::format("\"{}\" instead", closest_match(keys[0], present));
      found_ja = fmt::format("。代わりに \"{}\" が書かれています", closest_match(keys[0], present));
    } else if (!instead.empty()) {
      found = fmt::format("{}", fmt::join(instead, ", "));
      found_ja = fmt::format("。{} が書かれています", fmt::join(instead_ja, "、"));
    }
    diags_.error({file_, obj->offset},
                 bilingual("expected the key{} {} in {}, found {}", "{2}にキー {1} がありません{3}",
                           keys.size() == 1 ? "" : "s", LocalizedText{list_ja, list}, name(*obj),
                           LocalizedText{found_ja, found}));
  }
}

std::string ResultReader::string(const JsonNode* n) {
  n = typed(n, JsonKind::string, {"文字列", "a string"});
  return n ? std::string(doc_.text(*n)) : std::string();
}

bool ResultReader::boolean(const JsonNode* n) {
  n = typed(n, JsonKind::boolean, {"true か false", "true or false"});
  return n && doc_.text(*n) == "true";
}

// A count, a line number: a whole number from 0 to the largest int, written without a fraction
// or exponent (the writer writes ints so).
int ResultReader::count(const JsonNode* n) {
  if (!n) return 0;
  std::string_view literal = doc_.text(*n);
  long long value = -1;
  if (n->kind == JsonKind::number) {
    auto [end, ec] = std::from_chars(literal.data(), literal.data() + literal.size(), value);
    if (ec != std::errc() || end != literal.data() + literal.size()) value = -1;
  }
  if (value >= 0 && value <= kMaxCount) return static_cast<int>(value);
  error(*n, bilingual("expected a whole number from 0 to {} for {}, found {}",
                      "{1}には 0 から {0} までの整数が必要ですが、{2}が書かれています", kMaxCount, name(*n),
                      describe(*n)));
  return 0;
}

// A number from 0 to `max`.
double ResultReader::number(const JsonNode* n, double max, const LocalizedText& expected) {
  if (!n) return 0;
  std::string_view literal = doc_.text(*n);
  double value = -1;
  if (n->kind == JsonKind::number) {
    auto [end, ec] = std::from_chars(literal.data(), literal.data() + literal.size(), value);
    if (ec != std::errc() || end != literal.data() + literal.size() || !std::isfinite(value)) value = -1;
  }
  if (value >= 0 && value <= max) return value;
  error(*n, bilingual("expected {} for {}, found {}", "{1}には{0}が必要ですが、{2}が書かれています",
                      expected, name(*n), describe(*n)));
  return 0;
}

std::vector<std::string> ResultReader::strings(const JsonNode* n) {
  std::vector<std::string> out;
  for (const JsonNode* item : items(array(n))) out.push_back(string(item));
  return out;
}

// An object whose every value is a list of strings: refs by framework, options by question.
std::map<std::string, std::vector<std::string>> ResultReader::lists_by_key(const JsonNode* n) {
  std::map<std::string, std::vector<std::string>> out;
  for (const JsonNode* m : items(object(n))) out[std::string(doc_.key(*m))] = strings(m);
  return out;
}

LocalizedText ResultReader::text(const JsonNode* obj, const char* key) {
  const JsonNode* t = object(member(obj, key));
  return {string(t, "ja"), string(t, "en")};
}

// A real day as YYYY-MM-DD (2026-02-30 is not one); `may_be_empty`: or "" for none.
std::string ResultReader::date(const JsonNode* n, bool may_be_empty) {
  std::string s = string(n);
  if (n && n->kind == JsonKind::string && !(may_be_empty && s.empty()) && !dates::parse_date(s))
    error(*n, bilingual("expected a date as YYYY-MM-DD{} for {}, found {}: {}",
                        "{1}には YYYY-MM-DD 形式の日付{0}が必要ですが、{2}が書かれています。{3}",
                        may_be_empty ? LocalizedText{"（または空文字列）", " (or the empty string)"} : LocalizedText{},
                        name(*n), describe(*n), dates::date_problem(s)));
  return s;
}

// An enum written as its format_as() name; `values` lists every value of the enum.
template <class Enum>
Enum ResultReader::choice(const JsonNode* n, std::initializer_list<Enum> values) {
  std::string word = string(n);
  std::vector<std::string> names;
  for (Enum e : values) {
    if (word == format_as(e)) return e;
    names.emplace_back(format_as(e));
  }
  if (n && n->kind == JsonKind::string)
    error(*n, bilingual("expected one of {} for {}, found {}{}", "{1}には {0} のいずれかが必要ですが、{2}が書かれています{3}",
                        fmt::format("{}", fmt::join(names, ", ")), name(*n), describe(*n),
                        did_you_mean(word, names)));
  return *values.begin();
}

// The format version, 1 or 2: anything else is read no further (0).
int ResultReader::version(const JsonNode* root) {
  const JsonNode* v = member(root, "version");
  if (!v) return 0;
  int errors_before = errors_;
  int found = count(v);
  if (errors_ > errors_before) return 0;
  if (found == 1 || found == kResultFormatVersion) return found;
  error(*v, bilingual("expected version 1 or {} (the Result formats this tenken reads) for 'version', found {}{}",
                      "'version' には 1 か {}（この tenken が読める結果ファイルの形式）が必要ですが、{} が書かれています{}",
                      kResultFormatVersion, found,
                      found > kResultFormatVersion
                          ? LocalizedText{"。新しい版の tenken で書き出されたファイルです", "; a newer tenken wrote it"}
                          : LocalizedText{}));
  return 0;
}

std::array<int, kStateCount> ResultReader::counts(const JsonNode* obj) {
  const JsonNode* c = object(member(obj, "counts"));
  std::array<int, kStateCount> out{};
  for (State s : kStates) out[static_cast<int>(s)] = count(c, format_as(s));
  return out;
}

Coverage ResultReader::coverage(const JsonNode* c) {
  Coverage out{count(c, "asked"),      count(c, "answered"),
               count(c, "dont_know"),  count(c, "not_applicable"),
               count(c, "unanswered"),
               number(member(c, "percent"), 100, {"0 から 100 までの百分率", "a percentage from 0 to 100"})};
  // Results saved before the quick set existed have neither field.
  if (const JsonNode* quick = present(c, "quick_pass")) {
    out.quick_pass = boolean(quick);
    out.quick_questions = count(c, "quick_questions");
  }
  return out;
}

CategoryScore ResultReader::category(const JsonNode* c) {
  // Version 2 leaves the title to the library (join_texts).
  LocalizedText title = present(c, "title") ? text(c, "title") : LocalizedText{};
  CategoryScore out{string(c, "category"), std::move(title), score(c, "score"),
                    weight(c, "weight_met"), weight(c, "weight_scored"), counts(c)};
  // Results saved before waivers existed have no after-waiver scores: they equal the scores.
  out.score_after_waivers = present(c, "score_after_waivers") ? score(c, "score_after_waivers") : out.score;
  out.weight_scored_after_waivers = present(c, "weight_scored_after_waivers")
                                        ? weight(c, "weight_scored_after_waivers")
                                        : out.weight_scored;
  return out;
}

Summary ResultReader::summary(const JsonNode* s) {
  Summary out;
  out.counts = counts(s);
  out.score = score(s, "score");
  out.score_flat = score(s, "score_flat");
  // Results saved before waivers existed have no after-waiver scores: they equal the scores.
  out.score_after_waivers = present(s, "score_after_waivers") ? score(s, "score_after_waivers") : out.score;
  out.score_flat_after_waivers =
      present(s, "score_flat_after_waivers") ? score(s, "score_flat_after_waivers") : out.score_flat;
  if (const JsonNode* w = present(s, "waivers")) {
    w = object(w);
    out.waivers = {count(w, "active"), count(w, "expired"), count(w, "not_needed")};
  }
  for (const JsonNode* c : items(array(member(s, "categories")))) {
    if (enough_errors()) break;
    out.categories.push_back(category(object(c)));
  }
  out.coverage = coverage(object(member(s, "coverage")));
  return out;
}

AnswerUsed ResultReader::answer(const JsonNode* a) {
  AnswerUsed out;
  out.question = string(a, "question");
  out.status = choice(member(a, "status"),
                      {AnswerStatus::answered, AnswerStatus::dont_know, AnswerStatus::not_applicable,
                       AnswerStatus::alternative, AnswerStatus::unanswered, AnswerStatus::not_asked});
  out.value = string(a, "value");
  out.na_reason = optional_string(a, "na_reason");
  out.alternative = optional_string(a, "alternative");
  out.comment = optional_string(a, "comment");
  if (const JsonNode* evidence = present(a, "evidence")) out.evidence = strings(evidence);
  out.line = count(a, "line");
  return out;
}

std::optional<RuleWaiver> ResultReader::waiver(const JsonNode* w) {
  if (!w) return std::nullopt;
  w = object(w);
  return RuleWaiver{string(w, "justification"), string(w, "approved_by"),
                    date(member(w, "expires"), true),
                    choice(member(w, "status"),
                           {WaiverStatus::active, WaiverStatus::expired, WaiverStatus::not_needed}),
                    string(w, "origin")};
}

// A rule's record. Version 1 lists the answers it read; version 2 gives their places in the
// Result's table of answers (`answers`).
RuleResult ResultReader::rule(const JsonNode* j, const std::vector<AnswerRef>& answers) {
  RuleResult r;
  r.rule = string(j, "rule");
  r.state = choice(member(j, "state"), kStates);
  r.severity = choice(member(j, "severity"), {Severity::info, Severity::low, Severity::medium,
                                              Severity::high, Severity::critical});
  r.category = string(j, "category");
  r.weight = weight(j, "weight");
  if (const JsonNode* reads = present(j, "reads")) {
    for (const JsonNode* place : items(array(reads))) {
      int at = count(place);
      if (place && at < static_cast<int>(answers.size())) r.answers.push_back(answers[at]);
      else if (place && place->kind == JsonKind::number)
        error(*place, bilingual("expected the place of an answer in 'answers' (0 to {}) for {}, found {}",
                                "{1}には 'answers' の中の回答の位置（0 から {0}）が必要ですが、{2}が書かれています",
                                static_cast<int>(answers.size()) - 1, name(*place),
                                describe(*place)));
    }
  } else {
    for (const JsonNode* a : items(array(member(j, "answers")))) r.answers.push_back(answer(object(a)));
  }
  r.needs = present(j, "needs") ? strings(j, "needs") : std::vector<std::string>{};
  if (const JsonNode* options = present(j, "needs_options")) r.needs_options = lists_by_key(options);
  r.waiver = waiver(present(j, "waiver"));
  return r;
}

// The texts a version-1 Result carries for a rule.
RuleTexts ResultReader::rule_texts(const JsonNode* j) {
  RuleTexts t;
  t.title = text(j, "title");
  t.rationale = text(j, "rationale");
  t.recommendation = text(j, "recommendation");
  t.evidence = text(j, "evidence");
  t.cases = strings(j, "cases");
  t.refs = lists_by_key(member(j, "refs"));
  if (const JsonNode* formerly = present(j, "formerly")) t.formerly = strings(formerly);
  return t;
}

// Version 2: the texts of the library given, by rule id; a warning if that is not the library the
// Result was evaluated with, or lacks some of its rules.
void ResultReader::join_texts(const JsonNode* root, Result& r) {
  const JsonNode* library = object(member(root, "library"));
  const JsonNode* digest = member(library, "digest");
  r.library_digest = string(digest);
  if (errors_ > 0) return;
  std::vector<std::string> missing = attach_texts(library_, r);
  if (other_library_ == OtherLibrary::quiet) return;
  const std::string& have = library_digest(library_);
  auto brief = [](const std::string& d) { return d.size() > 19 ? d.substr(0, 19) + "…" : d; };
  if (r.library_digest != have)
    diags_.warning({file_, digest->offset},
                   bilingual("this Result was evaluated with another rule library ({}) than the one "
                             "given now ({}): its rules are shown with the words of the library given. "
                             "For its own words, give the rules it was evaluated with (--rules, "
                             "--checklist), or the tenken that wrote it ({})",
                             "この結果ファイルは、今回指定されたルールライブラリ（{1}）とは別のライブラリ（{0}）で"
                             "評価されています。ルールの文言は今回指定されたライブラリのものを表示します。"
                             "評価時の文言で表示するには、評価に使ったルールを指定する（--rules、--checklist）か、"
                             "この結果ファイルを書き出した tenken（{2}）を使ってください",
                             r.library_digest.empty() ? LocalizedText{"記録なし", "not named"}
                                                      : as_is(brief(r.library_digest)),
                             brief(have),
                             r.tool_version.empty() ? LocalizedText{"バージョンの記録なし", "version not named"}
                                                    : as_is(r.tool_version)));
  if (!missing.empty()) {
    size_t shown = std::min<size_t>(missing.size(), 5);
    std::string list = fmt::format("{}", fmt::join(missing.begin(), missing.begin() + shown, ", "));
    std::string list_ja = fmt::format("{}", fmt::join(missing.begin(), missing.begin() + shown, "、"));
    if (missing.size() > shown) {
      list += fmt::format(" and {} more", missing.size() - shown);
      list_ja += fmt::format("、ほか {} 件", missing.size() - shown);
    }
    diags_.warning({file_, digest->offset},
                   LocalizedText{fmt::format("この結果ファイルのルールのうち {} 件は指定されたライブラリにないため、"
                                             "id で表示します: {}",
                                             missing.size(), list_ja),
                                 fmt::format("{} rule{} of this Result {} not in the library given, and {} shown "
                                             "by {} id: {}",
                                             missing.size(), missing.size() == 1 ? "" : "s",
                                             missing.size() == 1 ? "is" : "are", missing.size() == 1 ? "is" : "are",
                                             missing.size() == 1 ? "its" : "their", list)});
  }
}

// Rule ids name the findings that `diff` matches and waivers name: one id, one record.
void ResultReader::check_unique_ids(const std::vector<const JsonNode*>& rules) {
  std::unordered_map<std::string_view, uint32_t> first;
  for (const JsonNode* r : rules) {
    const JsonNode* id = r && r->kind == JsonKind::object ? doc_.member(*r, "rule") : nullptr;
    if (!id || id->kind != JsonKind::string) continue;  // reported as it was read
    std::string_view text = doc_.text(*id);
    if (text.empty()) {
      error(*id, bilingual("expected a rule id for {}, found the empty string",
                           "{}にはルール id が必要ですが、空文字列が書かれています", name(*id)));
      continue;
    }
    auto [it, added] = first.emplace(text, id->offset);
    if (!added)
      error(*id, bilingual("duplicate rule id '{}' (first given {})", "ルール id '{}' が二度書かれています（最初は {}）",
                           text, first_given(it->second, id->offset)));
  }
}

std::optional<Result> ResultReader::read() {
  const JsonNode& root = doc_.root();
  if (root.kind != JsonKind::object) {
    error(root, bilingual("expected a tenken Result (a JSON object written by tenken check --format json), found {}",
                          "tenken の結果ファイル（tenken check --format json で書き出した JSON オブジェクト）が"
                          "必要ですが、{}が書かれています",
                          describe(root)));
    return std::nullopt;
  }
  int format = version(&root);
  if (format == 0) {
    report_missing_keys();
    return std::nullopt;
  }
  Result r;
  r.format_version = format;
  r.tool_version = string(object(member(&root, "tool")), "version");
  const JsonNode* org = object(member(&root, "organization"));
  r.organization = {string(org, "name"), string(org, "sector"), optional_string(org, "size")};
  const JsonNode* a = object(member(&root, "assessment"));
  r.assessment.date = date(member(a, "date"), false);
  r.assessment.assessor = string(a, "assessor");
  r.assessment.scope = string(a, "scope");
  r.answers_path = string(&root, "answers_file");
  r.waivers_path = optional_string(&root, "waivers_file");
  r.summary = summary(object(member(&root, "summary")));
  std::vector<AnswerRef> answers;  // shared by the rules that read them
  if (format >= 2)
    for (const JsonNode* n : items(array(member(&root, "answers")))) {
      if (enough_errors()) break;
      answers.push_back(answer(object(n)));
    }
  std::vector<const JsonNode*> rules = items(array(member(&root, "results")));
  std::vector<RuleTexts> texts;
  for (const JsonNode*& j : rules) {
    if (enough_errors()) break;
    j = object(j);
    r.rules.push_back(rule(j, answers));
    if (format == 1) texts.push_back(rule_texts(j));
  }
  check_unique_ids(rules);
  for (const JsonNode* q : items(array(member(&root, "questions_needed")))) {
    if (enough_errors()) break;
    q = object(q);
    LocalizedText text = format == 1 ? this->text(q, "text") : LocalizedText{};
    r.questions_needed.push_back({string(q, "question"), std::move(text), strings(q, "rules"),
                                  present(q, "options") ? strings(q, "options") : std::vector<std::string>{}});
  }
  std::vector<CaseSummary> cases;
  if (format == 1)
    for (const JsonNode* c : items(array(member(&root, "cases")))) {
      if (enough_errors()) break;
      c = object(c);
      cases.push_back({string(c, "id"), text(c, "title"), text(c, "summary")});
    }
  if (format == 1) keep_texts(r, std::move(texts), std::move(cases));
  else join_texts(&root, r);
  report_missing_keys();
  if (errors_ > 0) return std::nullopt;
  return r;
}

}  // namespace

std::optional<Result> result_from_json(const std::shared_ptr<const Source>& file, const CompiledLibrary& library,
                                       Diagnostics& diags, OtherLibrary other_library) {
  json::JsonSyntaxError syntax;
  std::optional<JsonDocument> doc = json::parse_json(file->text(), result_document(), syntax);
  if (!doc) {
    diags.error({file, syntax.offset}, syntax.message);
    return std::nullopt;
  }
  return ResultReader(*doc, file, library, other_library, diags).read();
}

StatusOr<Result> result_from_json(const std::string& text, const CompiledLibrary& library) {
  Diagnostics diags;
  std::optional<Result> read = result_from_json(std::make_shared<Source>("Result", text), library, diags);
  if (read) return std::move(*read);
  // A Status has one language; its message is the diagnostics in English.
  std::string message;
  for (const Diagnostic& d : diags.items()) message += format_diagnostic(d);
  if (!message.empty()) message.pop_back();  // the final '\n'
  return Status::io_error(message);
}

}  // namespace tenken
