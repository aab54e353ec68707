// Renderers: a Result turned into what people and programs read. Every format is made from the
// Result alone (never from the rules or the answers), so a saved Result JSON renders the same
// report years later and every format shows the same facts. Renderers are pure: they return
// text, write no files and read no clock, and the same Result gives the same bytes.
#pragma once

#include <string>

#include "tenken/result.h"
#include "tenken/text.h"

namespace tenken {

struct RenderOptions {
  Lang lang = Lang::en;
  bool color = false;  // ANSI colours and bold; only for a terminal that shows them
};

// The gap report for an operator at a terminal: header, scores, coverage, score per category,
// then the failed rules (most severe first) with why, what to do, the cases and the answers
// behind each, the rules that need an answer, those that need an auditor, and one-line lists of
// the rest. Lines are wrapped at 100 columns, counting Japanese characters as two.
std::string render_terminal(const Result& r, const RenderOptions& o);

// The Result's JSON form, version kResultFormatVersion (docs/result.schema.json): keys in a
// fixed order, 2-space indent, scores rounded to 2 decimals, UTF-8, a trailing newline.
std::string render_json(const Result& r);

// Reads the JSON form back. On success returns the Result and clears `error`; on failure
// returns an empty Result and sets `error` to one message naming where in the document the
// problem is ("results[2].state: expected one of pass, fail, ...; got \"passed\"").
// Unknown keys are ignored; a different "version" is an error.
Result result_from_json(const std::string& text, std::string& error);

}  // namespace tenken
