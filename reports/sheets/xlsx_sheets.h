// The sheets of the XLSX workbook (xlsx_report.cc makes the workbook itself): the cell formats
// they share, a writer that keeps libxlsxwriter's first error, and one function per sheet.
// Internal to the XLSX report.
#pragma once

#include "sheets/xlsx_library.h"

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "tenken/result.h"
#include "tenken/text.h"

namespace tenken::xlsx {

// Formats are made once per workbook, in a fixed order, so that the bytes are the same each time.
struct Styles {
  lxw_format* title;     // the report title
  lxw_format* label;     // a bold label in the first column
  lxw_format* header;    // a table's header row: bold, shaded, wrapped
  lxw_format* cell;      // top-aligned
  lxw_format* wrapped;   // top-aligned, text wrapped
  lxw_format* score;     // a number with one decimal
  lxw_format* percent;   // a ratio as a percentage with one decimal
  lxw_format* right;     // text aligned right, for "-" in a number column
  std::array<lxw_format*, kStateCount> state;  // coloured by State
  std::array<lxw_format*, 5> severity;         // coloured by Severity
};
Styles make_styles(lxw_workbook* book);

// Writes cells, keeping the first error libxlsxwriter reports.
class Sheet {
 public:
  Sheet(lxw_worksheet* sheet, lxw_error& error) : sheet_(sheet), error_(error) {}

  // Text is always a string cell, never a formula, whatever it starts with; text longer than a
  // cell holds (32,767 characters) is cut and ends in "…". Empty text writes only the format.
  void text(int row, int col, std::string_view text, lxw_format* format);
  void number(int row, int col, double value, lxw_format* format);
  void width(int col, double width, lxw_format* format = nullptr);
  // A table's header row.
  void header(int row, const std::vector<std::string>& headings, lxw_format* format);
  // The header row and first `cols_frozen` columns stay in view; filters over the table; printed
  // landscape on A4, one page wide, the header row on every page.
  void table_view(int last_row, int last_col, int cols_frozen);
  void check(lxw_error e) {
    if (error_ == LXW_NO_ERROR) error_ = e;
  }
  lxw_worksheet* get() const { return sheet_; }

 private:
  lxw_worksheet* sheet_;
  lxw_error& error_;
};

void write_summary(Sheet& sheet, const Styles& styles, const Result& r, Lang lang);
void write_findings(Sheet& sheet, const Styles& styles, const Result& r, Lang lang);
// Every action that closes a gap, most urgent first: severity, the action, the rules it closes,
// the cases behind them (the reports show the first kPlanItems).
void write_plan(Sheet& sheet, const Styles& styles, const Result& r, Lang lang);
// Only called when questions are still to be answered.
void write_questions(Sheet& sheet, const Styles& styles, const Result& r, Lang lang);

}  // namespace tenken::xlsx
