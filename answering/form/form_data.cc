// The questionnaire page's data (form_page.h): the checklist, the sectors, the sizes and the page's texts as
// JSON, and the escaping that lets that JSON sit inside a <script> element. Keys are written in a
// fixed order and empty fields are left out, so the same checklist gives the same bytes.
#include <cmath>
#include <nlohmann/json.hpp>

#include "answering/form/form_page.h"
#include "answering/form/form_text.h"
#include "tenken/organization_profile.h"
#include "tenken/engine.h"
#include "tenken/sha256.h"

namespace tenken::answering {
namespace {

using Json = nlohmann::ordered_json;

Json localized(const LocalizedText& t) { return Json{{"ja", t.ja}, {"en", t.en}}; }

// A bound as an integer when it is one (100, not 100.0).
Json number(double v) {
  if (std::trunc(v) == v && std::fabs(v) < 9.0e15) return Json(static_cast<int64_t>(v));
  return Json(v);
}

Json question_json(const Question& q) {
  Json j{{"id", q.id}, {"section", q.section}, {"type", format_as(q.type)}, {"text", localized(q.text)}};
  if (!q.help.empty()) j["help"] = localized(q.help);
  if (q.type == QuestionType::choice || q.type == QuestionType::multi_choice) {
    Json choices = Json::array();
    for (const Choice& c : q.choices) choices.push_back({{"id", c.id}, {"text", localized(c.text)}});
    j["choices"] = std::move(choices);
  }
  if (!q.unit.empty()) j["unit"] = localized(q.unit);
  if (q.min) j["min"] = number(*q.min);
  if (q.max) j["max"] = number(*q.max);
  if (q.accepts_never()) j["never"] = localized(q.never);
  if (q.quick) j["quick"] = true;
  if (!q.ask_if.empty()) j["ask_if"] = q.ask_if.text;
  return j;
}

Json section_json(const Section& s) {
  Json j{{"id", s.id}, {"title", localized(s.title)}};
  if (!s.ask_if.empty()) j["ask_if"] = s.ask_if.text;
  j["questions"] = s.question_ids;
  return j;
}

Json texts_json() {
  Json j = Json::object();
  for (const FormText& t : form_texts()) j[std::string(t.key)] = {{"ja", t.ja}, {"en", t.en}};
  return j;
}

// The sectors or the size bands, each {id, text}.
template <class List>
Json listed_json(const List& list) {
  Json j = Json::array();
  for (const auto& e : list) j.push_back({{"id", e.id}, {"text", localized(e.name)}});
  return j;
}

std::string dump(const Json& j) { return j.dump(-1, ' ', false, Json::error_handler_t::replace); }

}  // namespace

std::string form_data_json(const Checklist& checklist, const FormOptions& options) {
  Json questionnaire{{"sections", Json::array()}, {"questions", Json::array()}};
  for (const Section& s : checklist.sections) questionnaire["sections"].push_back(section_json(s));
  for (const Question& q : checklist.questions) questionnaire["questions"].push_back(question_json(q));
  // The draft in the browser belongs to this questionnaire: another one (a new library version)
  // starts afresh. The quick pass and the full form of one questionnaire share their draft.
  std::string key = "tenken-form:" + sha256_base64(dump(questionnaire));
  Json j{{"format", 1},
         {"tenken", tenken_version()},
         {"lang", lang_code(options.lang)},
         {"quick", options.quick},
         {"draft_key", key},
         {"text", texts_json()},
         {"sectors", listed_json(sectors())},
         {"sizes", listed_json(size_bands())},
         {"sections", std::move(questionnaire["sections"])},
         {"questions", std::move(questionnaire["questions"])}};
  return dump(j);
}

std::string script_safe_json(std::string_view json) {
  std::string out;
  out.reserve(json.size() + json.size() / 16);
  for (size_t i = 0; i < json.size(); ++i) {
    char c = json[i];
    if (c == '<') out += "\\u003c";
    else if (c == '>') out += "\\u003e";
    else if (c == '&') out += "\\u0026";
    else if (c == '\xE2' && i + 2 < json.size() && json[i + 1] == '\x80' && (json[i + 2] == '\xA8' || json[i + 2] == '\xA9'))
      out += json[i + 2] == '\xA8' ? "\\u2028" : "\\u2029", i += 2;
    else out += c;
  }
  return out;
}

}  // namespace tenken::answering
