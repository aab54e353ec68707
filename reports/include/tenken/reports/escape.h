// Escaping for every format a report is written in. Everything that comes from an answer file or
// a rule (names, comments, evidence, free text) goes through one of these before it lands in
// HTML, XML, Markdown or CSV, so that it shows as the text it is and can never become markup,
// a script or a spreadsheet formula.
#pragma once

#include <string>
#include <string_view>

namespace tenken {

// Every function here first shows hidden characters visibly, by the one rule of utf8::make_visible
// (tenken/utf8.h): a control character as its control picture (ESC as "␛"), a bidirectional
// override as "<U+202E>", U+FFFE and U+FFFF as U+FFFD; tab, line feed and carriage return are kept.
// So no text from a file can reorder what a reader sees, drive a terminal that shows the file, or
// make an XML document ill-formed.
extern const std::u32string_view kKeptControls;  // U"\t\n\r"

// & < > " ' as character references: safe in HTML text and in quoted attribute values.
std::string html_escape(std::string_view text);

// As html_escape: what it leaves is also what XML 1.0 can hold, so the document stays well-formed.
std::string xml_escape(std::string_view text);

// Inline Markdown text: Markdown punctuation is backslash-escaped, & < > become references (so
// no HTML passes through), a "|" cannot end a table cell, and line breaks become <br>, so the
// text stays on its line, in its table cell or list item. An underscore inside a word
// (backup.offline_copy) is left alone, as it cannot start emphasis.
std::string markdown_escape(std::string_view text);

// One CSV field (RFC 4180): quoted when it holds a comma, quote or line break, quotes doubled.
// A field a spreadsheet would read as a formula (first character = + - @, tab or carriage
// return) is prefixed with an apostrophe first, so it shows as text and never runs.
std::string csv_field(std::string_view text);

// True when a spreadsheet would take a cell starting like this for a formula (see csv_field).
bool looks_like_formula(std::string_view text);

}  // namespace tenken
