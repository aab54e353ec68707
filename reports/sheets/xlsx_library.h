// libxlsxwriter, loaded when the first workbook is made instead of at every start of tenken.
// Linked the usual way, it and the libraries it needs (minizip, zlib, libcrypto) cost every run,
// whatever it writes, about 4 ms and 150 page faults; only --format xlsx uses it. The functions
// keep the types of <xlsxwriter.h>, so every call is checked by the compiler as before.
// Internal to the XLSX report.
#pragma once

#include <xlsxwriter.h>

#include "tenken/status.h"

namespace tenken::xlsx {

struct Api {
  decltype(&::workbook_new_opt) workbook_new_opt;
  decltype(&::workbook_close) workbook_close;
  decltype(&::workbook_add_worksheet) workbook_add_worksheet;
  decltype(&::workbook_add_format) workbook_add_format;
  decltype(&::workbook_set_properties) workbook_set_properties;
  decltype(&::worksheet_write_string) worksheet_write_string;
  decltype(&::worksheet_write_number) worksheet_write_number;
  decltype(&::worksheet_write_blank) worksheet_write_blank;
  decltype(&::worksheet_set_column) worksheet_set_column;
  decltype(&::worksheet_freeze_panes) worksheet_freeze_panes;
  decltype(&::worksheet_autofilter) worksheet_autofilter;
  decltype(&::worksheet_repeat_rows) worksheet_repeat_rows;
  decltype(&::worksheet_fit_to_pages) worksheet_fit_to_pages;
  decltype(&::worksheet_set_landscape) worksheet_set_landscape;
  decltype(&::worksheet_set_paper) worksheet_set_paper;
  decltype(&::format_set_bold) format_set_bold;
  decltype(&::format_set_font_size) format_set_font_size;
  decltype(&::format_set_font_color) format_set_font_color;
  decltype(&::format_set_bg_color) format_set_bg_color;
  decltype(&::format_set_align) format_set_align;
  decltype(&::format_set_text_wrap) format_set_text_wrap;
  decltype(&::format_set_num_format) format_set_num_format;
  decltype(&::format_set_bottom) format_set_bottom;
  decltype(&::lxw_strerror) lxw_strerror;
};

// Loads libxlsxwriter once (safe from several threads); fails with the loader's reason.
StatusOr<const Api*> load_api();

// The loaded functions; only after load_api() has succeeded.
const Api& lxw();

}  // namespace tenken::xlsx
