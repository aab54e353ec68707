// A workbook made from start to end: libxlsxwriter 1.1.4 writes only to a file, so the workbook
// is written to a private temporary file (mkstemp in $TMPDIR, else /tmp), read back and removed;
// nothing is left behind, whether it succeeds or not. Its creation time is a date of the content
// (midnight UTC), never the clock, so the same content gives the same bytes. Internal to the
// XLSX reports (the Result's and the aggregate's).
#pragma once

#include <xlsxwriter.h>

#include <functional>
#include <string>

#include "tenken/status.h"

namespace tenken::xlsx {

// The bytes of a workbook whose sheets `write` adds, the first libxlsxwriter error to its second
// argument; titled `title`, created on `date` (YYYY-MM-DD; 1980-01-01 if it is not a date).
StatusOr<std::string> make_workbook(const std::string& title, const std::string& date,
                                    const std::function<void(lxw_workbook*, lxw_error&)>& write);

}  // namespace tenken::xlsx
