// The questionnaire as one self-contained HTML page (`tenken form`), for operators who never open
// a terminal: they open the file in a browser, answer, and save an answer file that `tenken
// check` reads (docs/answers.md).
//
// The page holds the checklist as JSON in a <script type="application/json"> element (sections,
// questions, types, choices, units, bounds, help, `never` labels, quick flags, ask_if conditions,
// the organisation's sectors and sizes, and every text of the page in Japanese and English), its
// stylesheet and its script (form.css, form.js) and js-yaml for opening YAML answer files, all
// inline. A Content-Security-Policy lets the page fetch nothing and apply no style or script but
// these, named by their SHA-256 hashes. The page is built here from the checklist alone: no clock, no
// environment, so the same checklist and options give the same bytes.
//
// This stage only reads a Checklist; it evaluates nothing. The skip logic, validation, drafts,
// opening and saving files all happen in the browser (form.js).
#pragma once

#include <string>
#include <string_view>

#include "tenken/checklist.h"
#include "tenken/text.h"

namespace tenken::answering {

struct FormOptions {
  Lang lang = Lang::en;  // the page's first language; the reader can switch
  // The quick first pass: only questions with `quick` are asked (the others stay in the data,
  // so that answers to them opened from a file are kept and skip logic reads them).
  bool quick = false;
};

// The page's data as JSON text (UTF-8, not yet safe inside a script element: see
// script_safe_json). Deterministic.
std::string form_data_json(const Checklist& checklist, const FormOptions& options);

// JSON text made safe as the content of a <script> element: every '<', '>' and '&' and the
// characters U+2028 and U+2029 become \u escapes, which JSON reads back as the same characters,
// so no text in it can end the element, open a comment, or break a line in a script.
std::string script_safe_json(std::string_view json);

// The page's Content-Security-Policy: nothing may be fetched, and only the page's own
// stylesheet and two scripts (by their SHA-256 hashes) apply.
std::string form_content_security_policy();

// The whole page.
std::string render_form_page(const Checklist& checklist, const FormOptions& options);

}  // namespace tenken::answering
