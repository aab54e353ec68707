// Reads the Result's JSON form back (result_from_json, render.h): every field checked for its
// type, each problem named by its path in the document ("results[2].state: ..."). Fields added
// after version 1 was first written (waivers, formerly, scores after waivers) are optional, so
// older saved Results still read. nlohmann exceptions are caught here; none leaves this file.
#include <array>
#include <initializer_list>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "tenken/reports/render.h"

namespace tenken {
namespace {

using Json = nlohmann::ordered_json;

// Thrown by the readers below and caught in result_from_json.
struct ReadError {
  std::string message;
};

std::string child(const std::string& path, const std::string& key) {
  return path.empty() ? key : path + "." + key;
}
std::string item(const std::string& path, size_t i) { return path + "[" + std::to_string(i) + "]"; }

// `j` when it has the type (number_float: any number; number_integer: any integer); otherwise
// throws a ReadError naming `path`.
const Json& expect(const Json& j, Json::value_t type, const char* type_name,
                   const std::string& path) {
  bool ok = j.type() == type || (type == Json::value_t::number_float && j.is_number()) ||
            (type == Json::value_t::number_integer && j.is_number_integer());
  if (!ok)
    throw ReadError{(path.empty() ? std::string("document") : path) + ": expected " + type_name +
                    ", got " + j.type_name()};
  return j;
}

const Json& object_at(const Json& j, const std::string& path) {
  return expect(j, Json::value_t::object, "an object", path);
}

const Json& member(const Json& obj, const char* key, const std::string& path) {
  auto it = object_at(obj, path).find(key);
  if (it == obj.end()) throw ReadError{child(path, key) + ": missing"};
  return *it;
}

std::string string_at(const Json& obj, const char* key, const std::string& path) {
  return expect(member(obj, key, path), Json::value_t::string, "a string", child(path, key))
      .get<std::string>();
}

std::string optional_string_at(const Json& obj, const char* key, const std::string& path) {
  return obj.contains(key) ? string_at(obj, key, path) : std::string();
}

double number_at(const Json& obj, const char* key, const std::string& path) {
  return expect(member(obj, key, path), Json::value_t::number_float, "a number", child(path, key))
      .get<double>();
}

double optional_number_at(const Json& obj, const char* key, const std::string& path,
                          double absent) {
  return object_at(obj, path).contains(key) ? number_at(obj, key, path) : absent;
}

int int_at(const Json& obj, const char* key, const std::string& path) {
  return expect(member(obj, key, path), Json::value_t::number_integer, "an integer",
                child(path, key))
      .get<int>();
}

const Json& array_at(const Json& obj, const char* key, const std::string& path) {
  return expect(member(obj, key, path), Json::value_t::array, "an array", child(path, key));
}

std::vector<std::string> strings_in(const Json& arr, const std::string& path) {
  std::vector<std::string> out;
  for (size_t i = 0; i < arr.size(); ++i)
    out.push_back(
        expect(arr[i], Json::value_t::string, "a string", item(path, i)).get<std::string>());
  return out;
}

std::vector<std::string> strings_at(const Json& obj, const char* key, const std::string& path) {
  return strings_in(array_at(obj, key, path), child(path, key));
}

LocalizedText text_at(const Json& obj, const char* key, const std::string& path) {
  const Json& t = member(obj, key, path);
  std::string p = child(path, key);
  return {string_at(t, "ja", p), string_at(t, "en", p)};
}

// An enum written as its format_as() name; `values` lists every value of the enum.
template <class Enum>
Enum enum_at(const Json& obj, const char* key, const std::string& path,
             std::initializer_list<Enum> values) {
  std::string word = string_at(obj, key, path), names;
  for (Enum e : values) {
    if (word == format_as(e)) return e;
    names += (names.empty() ? "" : ", ") + std::string(format_as(e));
  }
  throw ReadError{child(path, key) + ": expected one of " + names + "; got \"" + word + "\""};
}

constexpr std::initializer_list<State> kStates = {
    State::pass,       State::fail,   State::unknown, State::notapplicable,
    State::notchecked, State::waived, State::error};

std::array<int, kStateCount> counts_at(const Json& obj, const char* key, const std::string& path) {
  const Json& c = member(obj, key, path);
  std::array<int, kStateCount> counts{};
  for (State s : kStates) counts[static_cast<int>(s)] = int_at(c, format_as(s), child(path, key));
  return counts;
}

Coverage coverage_at(const Json& obj, const std::string& path) {
  const Json& c = member(obj, "coverage", path);
  std::string p = child(path, "coverage");
  Coverage out{int_at(c, "asked", p),          int_at(c, "answered", p),   int_at(c, "dont_know", p),
               int_at(c, "not_applicable", p), int_at(c, "unanswered", p), number_at(c, "percent", p)};
  // Results saved before the quick set existed have neither field.
  if (object_at(c, p).contains("quick_pass")) {
    out.quick_pass = member(c, "quick_pass", p).is_boolean() && member(c, "quick_pass", p).get<bool>();
    out.quick_questions = int_at(c, "quick_questions", p);
  }
  return out;
}

Summary summary_at(const Json& obj, const std::string& path) {
  const Json& s = member(obj, "summary", path);
  std::string p = child(path, "summary");
  Summary out;
  out.counts = counts_at(s, "counts", p);
  out.score = number_at(s, "score", p);
  out.score_flat = number_at(s, "score_flat", p);
  // Results saved before waivers existed have no after-waiver scores: they equal the scores.
  out.score_after_waivers = optional_number_at(s, "score_after_waivers", p, out.score);
  out.score_flat_after_waivers = optional_number_at(s, "score_flat_after_waivers", p, out.score_flat);
  if (s.contains("waivers")) {
    std::string wp = child(p, "waivers");
    const Json& w = member(s, "waivers", p);
    out.waivers = {int_at(w, "active", wp), int_at(w, "expired", wp), int_at(w, "not_needed", wp)};
  }
  const Json& cats = array_at(s, "categories", p);
  for (size_t i = 0; i < cats.size(); ++i) {
    std::string cp = item(child(p, "categories"), i);
    CategoryScore c{string_at(cats[i], "category", cp), text_at(cats[i], "title", cp),
                    number_at(cats[i], "score", cp),
                    number_at(cats[i], "weight_met", cp),
                    number_at(cats[i], "weight_scored", cp),
                    counts_at(cats[i], "counts", cp)};
    c.score_after_waivers = optional_number_at(cats[i], "score_after_waivers", cp, c.score);
    c.weight_scored_after_waivers =
        optional_number_at(cats[i], "weight_scored_after_waivers", cp, c.weight_scored);
    out.categories.push_back(c);
  }
  out.coverage = coverage_at(s, p);
  return out;
}

AnswerUsed answer_at(const Json& a, const std::string& path) {
  AnswerUsed out;
  out.question = string_at(a, "question", path);
  out.status =
      enum_at(a, "status", path,
              {AnswerStatus::answered, AnswerStatus::dont_know, AnswerStatus::not_applicable,
               AnswerStatus::alternative, AnswerStatus::unanswered, AnswerStatus::not_asked});
  out.value = string_at(a, "value", path);
  out.na_reason = optional_string_at(a, "na_reason", path);
  out.alternative = optional_string_at(a, "alternative", path);
  out.comment = optional_string_at(a, "comment", path);
  if (object_at(a, path).contains("evidence")) out.evidence = strings_at(a, "evidence", path);
  out.line = int_at(a, "line", path);
  return out;
}

RuleResult rule_at(const Json& j, const std::string& path) {
  RuleResult r;
  r.rule = string_at(j, "rule", path);
  r.state = enum_at(j, "state", path, kStates);
  r.severity = enum_at(
      j, "severity", path,
      {Severity::info, Severity::low, Severity::medium, Severity::high, Severity::critical});
  r.category = string_at(j, "category", path);
  r.weight = number_at(j, "weight", path);
  r.title = text_at(j, "title", path);
  r.rationale = text_at(j, "rationale", path);
  r.recommendation = text_at(j, "recommendation", path);
  r.evidence = text_at(j, "evidence", path);
  r.cases = strings_at(j, "cases", path);
  const Json& refs = object_at(member(j, "refs", path), child(path, "refs"));
  for (const auto& [framework, ids] : refs.items())
    r.refs[framework] = strings_in(
        expect(ids, Json::value_t::array, "an array", child(child(path, "refs"), framework)),
        child(child(path, "refs"), framework));
  const Json& answers = array_at(j, "answers", path);
  for (size_t i = 0; i < answers.size(); ++i)
    r.answers.push_back(answer_at(answers[i], item(child(path, "answers"), i)));
  r.needs = strings_at(j, "needs", path);
  if (object_at(j, path).contains("needs_options")) {
    std::string np = child(path, "needs_options");
    for (const auto& [question, options] : object_at(member(j, "needs_options", path), np).items())
      r.needs_options[question] = strings_in(expect(options, Json::value_t::array, "an array", child(np, question)),
                                             child(np, question));
  }
  if (object_at(j, path).contains("formerly")) r.formerly = strings_at(j, "formerly", path);
  if (j.contains("waiver")) {
    const Json& w = member(j, "waiver", path);
    std::string wp = child(path, "waiver");
    r.waiver = RuleWaiver{string_at(w, "justification", wp), string_at(w, "approved_by", wp),
                          string_at(w, "expires", wp),
                          enum_at(w, "status", wp,
                                  {WaiverStatus::active, WaiverStatus::expired,
                                   WaiverStatus::not_needed}),
                          string_at(w, "origin", wp)};
  }
  return r;
}

bool is_iso_date(const std::string& s) {
  auto digits = [&](size_t at, size_t n) {
    int v = 0;
    for (size_t i = at; i < at + n; ++i) {
      if (s[i] < '0' || s[i] > '9') return -1;
      v = v * 10 + (s[i] - '0');
    }
    return v;
  };
  if (s.size() != 10 || s[4] != '-' || s[7] != '-' || digits(0, 4) < 0) return false;
  int month = digits(5, 2), day = digits(8, 2);
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

Result result_at(const Json& j) {
  Result r;
  r.format_version = int_at(j, "version", "");
  if (r.format_version != kResultFormatVersion)
    throw ReadError{"version: this tenken reads version " + std::to_string(kResultFormatVersion) +
                    ", got " + std::to_string(r.format_version)};
  r.tool_version = string_at(member(j, "tool", ""), "version", "tool");
  r.organization = {string_at(member(j, "organization", ""), "name", "organization"),
                    string_at(member(j, "organization", ""), "sector", "organization")};
  const Json& a = member(j, "assessment", "");
  r.assessment.date = string_at(a, "date", "assessment");
  if (!is_iso_date(r.assessment.date))
    throw ReadError{"assessment.date: expected a date as YYYY-MM-DD, got \"" + r.assessment.date + "\""};
  r.assessment.assessor = string_at(a, "assessor", "assessment");
  r.assessment.scope = string_at(a, "scope", "assessment");
  r.answers_path = string_at(j, "answers_file", "");
  r.waivers_path = optional_string_at(j, "waivers_file", "");
  r.summary = summary_at(j, "");
  const Json& rules = array_at(j, "results", "");
  for (size_t i = 0; i < rules.size(); ++i)
    r.rules.push_back(rule_at(rules[i], item("results", i)));
  const Json& needed = array_at(j, "questions_needed", "");
  for (size_t i = 0; i < needed.size(); ++i) {
    std::string p = item("questions_needed", i);
    r.questions_needed.push_back({string_at(needed[i], "question", p),
                                  text_at(needed[i], "text", p),
                                  strings_at(needed[i], "rules", p),
                                  object_at(needed[i], p).contains("options") ? strings_at(needed[i], "options", p)
                                                                             : std::vector<std::string>{}});
  }
  const Json& cases = array_at(j, "cases", "");
  for (size_t i = 0; i < cases.size(); ++i) {
    std::string p = item("cases", i);
    r.cases.push_back({string_at(cases[i], "id", p), text_at(cases[i], "title", p),
                       text_at(cases[i], "summary", p)});
  }
  return r;
}

}  // namespace

StatusOr<Result> result_from_json(const std::string& text) {
  try {
    return result_at(Json::parse(text));
  } catch (const ReadError& e) {
    return Status::io_error(e.message);
  } catch (const Json::parse_error& e) {
    std::string what = e.what();  // "[json.exception.parse_error.101] parse error at line 1, ..."
    size_t bracket = what.find("] ");
    return Status::io_error(bracket == std::string::npos ? what : what.substr(bracket + 2));
  } catch (const Json::exception& e) {
    return Status::io_error(e.what());  // e.g. a count beyond int: a fault in the writer, not in a person's text
  }
}

}  // namespace tenken
