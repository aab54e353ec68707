// Escaping for every format a report is written in. Everything that comes from an answer file or
// a rule (names, comments, evidence, free text) goes through one of these before it lands in
// HTML, XML, Markdown or CSV, so that it shows as the text it is and can never become markup,
// a script or a spreadsheet formula.
#pragma once

#include <string>
#include <string_view>

namespace tenken {

// & < > " ' as character references: safe in HTML text and in quoted attribute values.
std::string html_escape(std::string_view text);

// As html_escape, and characters XML 1.0 cannot hold (controls other than tab, newline and
// carriage return) become U+FFFD, so the document stays well-formed.
std::string xml_escape(std::string_view text);

// Inline Markdown text: Markdown punctuation is backslash-escaped, & < > become references (so
// no HTML passes through), a "|" cannot end a table cell, and line breaks become <br>, so the
// text stays on its line, in its table cell or list item. An underscore inside a word
// (backup.offline_copy) is left alone, as it cannot start emphasis; control characters (C0
// other than tab, DEL and C1) become U+FFFD, so a terminal showing the file does not obey them.
std::string markdown_escape(std::string_view text);

// One CSV field (RFC 4180): quoted when it holds a comma, quote or line break, quotes doubled.
// A field a spreadsheet would read as a formula (first character = + - @, tab or carriage
// return) is prefixed with an apostrophe first, so it shows as text and never runs.
std::string csv_field(std::string_view text);

// True when a spreadsheet would take a cell starting like this for a formula (see csv_field).
bool looks_like_formula(std::string_view text);

}  // namespace tenken
