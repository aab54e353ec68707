// Loads an answer file: organisation, assessment, and the answers in their written form. Values
// are checked against question types later, in bind_answers(), where the checklist is known.
#include <fmt/format.h>

#include "load/fields.h"
#include "load/loaders.h"
#include "load/yaml_document.h"
#include "tenken/engine.h"

namespace tenken {
namespace {

RawScalar raw(const yaml::Node& n) {
  return {n.value, n.quoted, n.kind == yaml::Kind::null, n.origin};
}

bool is_dont_know(const yaml::Node& n) { return n.is_scalar() && !n.quoted && n.value == "unknown"; }

void read_value(const yaml::Node& v, Answer& a, Diagnostics& diags) {
  a.value_origin = v.origin;
  if (is_dont_know(v)) {
    a.form = AnswerForm::dont_know;
  } else if (v.is_seq()) {
    a.is_list = true;
    for (const yaml::Node* item : v.items)
      if (load::expect_scalar(*item, fmt::format("an item of the answer to '{}'", a.question), diags))
        a.raw.push_back(raw(*item));
  } else if (v.is_map()) {
    diags.error(v.origin, fmt::format("expected a value for '{}', found a mapping", a.question));
  } else {
    a.raw.push_back(raw(v));
  }
}

void read_detailed(const yaml::Node& n, Answer& a, Diagnostics& diags) {
  load::MapReader r(n, fmt::format("the answer to '{}'", a.question), diags,
                    {"value", "na", "comment", "evidence"});
  const yaml::Node* value = r.optional("value");
  const yaml::Node* na = r.optional("na");
  a.comment = r.string("comment", false);
  a.evidence = r.strings("evidence");
  r.finish();
  if (value && na) {
    diags.error(na->origin, fmt::format("the answer to '{}' has both 'value' and 'na'; give one", a.question));
  } else if (na) {
    a.form = AnswerForm::not_applicable;
    a.value_origin = na->origin;
    if (load::expect_scalar(*na, "'na' (the reason the question does not apply)", diags)) a.na_reason = na->value;
  } else if (value) {
    read_value(*value, a, diags);
  } else {
    diags.error(n.origin, fmt::format("expected 'value' or 'na' in the answer to '{}', found neither",
                                      a.question));
  }
}

}  // namespace

void load::read_answer_entries(const yaml::Node& n, Answers& out, Diagnostics& diags) {
  if (!load::expect_map(n, "'answers' (question id: answer)", diags)) return;
  for (auto& [k, v] : n.entries) {
    if (!k->is_scalar()) continue;  // reported by the YAML reader
    Answer a;
    a.question = k->value;
    a.origin = k->origin;
    a.value_origin = v->origin;
    if (v->is_map()) read_detailed(*v, a, diags);
    else if (v->kind == yaml::Kind::null)
      // At the key: an empty value has no place of its own (yaml-cpp marks the next token).
      diags.error(k->origin, fmt::format("expected an answer to '{}', found nothing; write 'unknown' if "
                                         "you do not know, or leave the question out", a.question));
    else read_value(*v, a, diags);
    out.answers.push_back(std::move(a));
  }
}

void load::read_assessment_date(const yaml::Node& d, std::string_view what, Answers& out,
                                Diagnostics& diags) {
  if (!load::expect_scalar(d, what, diags)) return;
  out.assessment.date = d.value;
  out.assessment.date_origin = d.origin;
  if (!load::parse_date(d.value))
    diags.error(d.origin, fmt::format("expected the assessment date as YYYY-MM-DD, found '{}': {}",
                                      d.value, load::date_problem(d.value)));
}

namespace {

void read_assessment(const yaml::Node& n, Answers& out, Diagnostics& diags) {
  if (!load::expect_map(n, "'assessment'", diags)) return;
  load::MapReader r(n, "'assessment'", diags, {"date", "assessor", "scope"});
  if (const yaml::Node* d = r.required("date")) load::read_assessment_date(*d, "'assessment.date'", out, diags);
  out.assessment.assessor = r.string("assessor", false);
  out.assessment.scope = r.string("scope", false);
  r.finish();
}

}  // namespace

std::optional<Answers> load_answers(const std::shared_ptr<const Source>& file, Diagnostics& diags) {
  int errors_before = diags.error_count();
  yaml::Document doc;
  if (!yaml::parse(file, doc, diags)) return std::nullopt;
  if (!doc.root) {
    diags.error({file, 0}, "expected an answer file (organization, assessment, answers), found an empty file");
    return std::nullopt;
  }
  if (!load::expect_map(*doc.root, "the answer file", diags)) return std::nullopt;
  Answers out;
  out.path = file->path();
  load::MapReader r(*doc.root, "the answer file", diags, {"organization", "assessment", "answers"});
  if (const yaml::Node* org = r.required("organization"); org && load::expect_map(*org, "'organization'", diags)) {
    load::MapReader o(*org, "'organization'", diags, {"name", "sector"});
    out.organization.name = o.string("name", true);
    out.organization.sector = o.string("sector", false);
    o.finish();
  }
  if (const yaml::Node* a = r.required("assessment")) read_assessment(*a, out, diags);
  if (const yaml::Node* a = r.optional("answers")) load::read_answer_entries(*a, out, diags);
  r.finish();
  if (diags.error_count() > errors_before) return std::nullopt;
  return out;
}

}  // namespace tenken
