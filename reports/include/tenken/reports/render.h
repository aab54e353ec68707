// Renderers: a Result turned into what people and programs read. Every format is made from the
// Result alone (never from the rules or the answers), so a saved Result JSON renders the same
// report years later and every format shows the same facts. Renderers are pure: they return
// text, write no files and read no clock, and the same Result gives the same bytes. Only the
// workbook can fail (it goes through a temporary file); it says why as a Status (status.h).
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "tenken/diagnostic.h"
#include "tenken/engine.h"
#include "tenken/result.h"
#include "tenken/source.h"
#include "tenken/status.h"
#include "tenken/text.h"

namespace tenken {

struct RenderOptions {
  Lang lang = Lang::en;
  bool color = false;    // ANSI colours and bold; only for a terminal that shows them
  bool csv_bom = false;  // CSV: start with a UTF-8 byte order mark, for Excel
  // HTML: the previous assessment of the same organisation, drawn on the radar of category scores
  // beside this one (matched by category id). Not owned; null: none. Other renderers ignore it.
  const Result* previous = nullptr;
};

// The gap report for an operator at a terminal: header, scores, coverage, score per category,
// then the failed rules (most severe first) with why, what to do, the cases and the answers
// behind each, the rules that need an answer, those that need an auditor, and one-line lists of
// the rest. Lines are wrapped at 100 columns, counting Japanese characters as two.
std::string render_terminal(const Result& r, const RenderOptions& o);

// The gap report as Markdown (GitHub-flavoured), for consultants to paste into documents:
// summary, score per category (before and after waivers), gaps by severity with why, what to do,
// the case behind each and the answers that led to it; questions still to answer; waived items;
// passes listed compactly. Text from answers is escaped so it cannot add Markdown or HTML.
std::string render_markdown(const Result& r, const RenderOptions& o);

// One self-contained HTML page (inline CSS, JS and SVG; nothing fetched): header, SVG score per
// category (a radar, with o.previous's scores dashed when given, and bars), a bar of findings by
// severity, findings filterable by state, severity and category and searchable, each expanding
// to its details; a print stylesheet.
std::string render_html(const Result& r, const RenderOptions& o);

// One row per rule (RFC 4180, CRLF line ends, UTF-8, optional BOM): rule, title, state, waiver,
// severity, category, answers, references... Cells that a spreadsheet would run as a formula
// (starting with = + - @, tab or carriage return) are prefixed with an apostrophe.
std::string render_csv(const Result& r, const RenderOptions& o);

// An XLSX workbook (bytes) for auditors: a summary sheet and a findings sheet with filters. On
// failure a Status whose message is one line such as "cannot create a temporary file in /tmp:
// No space left on device" or "libxlsxwriter: ...".
StatusOr<std::string> render_xlsx(const Result& r, const RenderOptions& o);

// JUnit XML: a testsuite per category, a testcase per rule; failure for fail, skipped for
// notapplicable and waived, error for error.
std::string render_junit(const Result& r, const RenderOptions& o);

// SARIF 2.1.0: a result per failed or unknown rule, located at the answer that decided it
// (the answer file and line); waived rules carry an accepted suppression.
std::string render_sarif(const Result& r, const RenderOptions& o);

// OSCAL 1.0.6 assessment-results JSON: observations with the answers, findings with target
// status satisfied / not-satisfied, risks for failures, controls from the rules' CSF 2.0 refs.
std::string render_oscal(const Result& r, const RenderOptions& o);

// The Result's JSON form, version kResultFormatVersion (docs/result.schema.json): keys in a
// fixed order, 2-space indent, scores rounded to 2 decimals, UTF-8, a trailing newline.
std::string render_json(const Result& r);

// Reads the JSON form back from a file read with read_source (json/json_read.cc, beside the
// writer). Each problem is a Diagnostic at the line and column of the value (or of the object
// that lacks a key), naming its place in the document and what was expected and found:
//   old.json:120:16: error: expected one of pass, fail, ... for 'results[2].state', found the
//   string "passed"
// Syntax errors, values out of range (counts, scores, dates), unknown states and duplicate rule
// ids are all problems; unknown keys are ignored; a "version" other than 1 or 2 is read no
// further. A version-2 Result takes its rules' texts from `library` by rule id, with a warning
// when `library` is not the one it names (its digest) or lacks some of its rules; version 1
// carries its own. Returns the Result, or nullopt after adding the diagnostics.
// `quiet`: no warning about another library, for a caller that reads many Results and says it
// once (aggregate); Result::library_digest tells which.
enum class OtherLibrary { warn, quiet };
std::optional<Result> result_from_json(const std::shared_ptr<const Source>& file, const CompiledLibrary& library,
                                       Diagnostics& diags, OtherLibrary other_library = OtherLibrary::warn);
// The same for a Result held in memory, named "Result" in messages: on failure a Status whose
// message is the diagnostics, rendered ("Result:3:12: error: ...", with excerpt and caret).
StatusOr<Result> result_from_json(const std::string& text, const CompiledLibrary& library);

}  // namespace tenken
