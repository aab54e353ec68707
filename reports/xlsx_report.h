// The XLSX workbook, with the reason when it cannot be made. render_xlsx (render.h) returns an
// empty string on failure; this form also says why, for the command line to report.
#pragma once

#include <string>

#include "reports/render.h"

namespace tenken {

// The workbook's bytes; on failure an empty string and `error` set to one line such as
// "cannot write a temporary file in /tmp: No space left on device" or "libxlsxwriter: ...".
// `error` is cleared on success.
std::string render_xlsx(const Result& r, const RenderOptions& o, std::string& error);

}  // namespace tenken
