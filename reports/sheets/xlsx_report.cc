// The XLSX report (render_xlsx): a workbook for auditors, with a Summary sheet, a Findings sheet
// (the rule table, filterable) and, when questions are still open, a sheet of them
// (xlsx_sheets.h), made by make_workbook (xlsx_workbook.h). The bytes are the same for the same
// Result: the document's creation time is the assessment date (midnight UTC), never the clock;
// libxlsxwriter dates every zip entry 1 January 1980 and names no temporary file in the output;
// formats and sheets are made in a fixed order.
#include <fmt/format.h>
#include <xlsxwriter.h>

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fstream>
#include <iterator>

#include "common/messages.h"
#include "common/priorities.h"
#include "sheets/xlsx_library.h"
#include "sheets/xlsx_sheets.h"
#include "sheets/xlsx_workbook.h"
#include "tenken/reports/render.h"

namespace tenken {
namespace {

// The sheets; the first libxlsxwriter error goes to `error`.
void write_book(lxw_workbook* book, const Result& r, Lang lang, lxw_error& error) {
  xlsx::Styles styles = xlsx::make_styles(book);
  auto sheet = [&](Msg name, auto write) {
    lxw_worksheet* ws = xlsx::lxw().workbook_add_worksheet(book, message(name, lang));
    if (!ws) {
      if (error == LXW_NO_ERROR) error = LXW_ERROR_SHEETNAME_ALREADY_USED;
      return;
    }
    xlsx::Sheet s(ws, error);
    write(s, styles, r, lang);
  };
  sheet(Msg::sheet_summary, xlsx::write_summary);
  if (!action_plan(r).empty()) sheet(Msg::plan_heading, xlsx::write_plan);
  sheet(Msg::sheet_findings, xlsx::write_findings);
  if (!r.questions_needed.empty()) sheet(Msg::sheet_questions, xlsx::write_questions);
}

}  // namespace

StatusOr<std::string> render_xlsx(const Result& r, const RenderOptions& o) {
  return xlsx::make_workbook(message(Msg::report_title, o.lang), r.assessment.date,
                             [&](lxw_workbook* book, lxw_error& error) { write_book(book, r, o.lang, error); });
}

}  // namespace tenken
