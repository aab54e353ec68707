// The XLSX report (render_xlsx): a workbook for auditors, with a Summary sheet, a Findings sheet
// (the rule table, filterable) and, when questions are still open, a sheet of them
// (xlsx_sheets.h). libxlsxwriter 1.1.4 writes only to a file, so the workbook is written to a
// private temporary file (mkstemp in $TMPDIR, else /tmp), read back and removed; nothing is left
// behind, whether it succeeds or not. The bytes are the same for the same Result: the document's
// creation time is the assessment date (midnight UTC), never the clock; libxlsxwriter dates every
// zip entry 1 January 1980 and names no temporary file in the output; formats and sheets are
// made in a fixed order.
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
#include "sheets/xlsx_library.h"
#include "sheets/xlsx_sheets.h"
#include "tenken/reports/render.h"

namespace tenken {
namespace {

constexpr std::time_t kNoDate = 315532800;  // 1980-01-01T00:00:00Z, when the date is not a date

// A private temporary file, removed when this goes out of scope.
class TempFile {
 public:
  TempFile() = default;
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;
  ~TempFile() {
    if (!path_.empty()) std::remove(path_.c_str());
  }

  Status create() {
    const char* env = std::getenv("TMPDIR");
    dir_ = env && *env ? env : "/tmp";
    std::string name = dir_ + "/tenken-xlsx-XXXXXX";
    int fd = mkstemp(name.data());
    if (fd < 0)
      return Status::io_error(fmt::format("cannot create a temporary file in {}: {}", dir_, std::strerror(errno)));
    close(fd);
    path_ = name;
    return Status::ok();
  }
  const std::string& path() const { return path_; }
  const std::string& dir() const { return dir_; }

 private:
  std::string dir_, path_;
};

// Midnight UTC at the start of a YYYY-MM-DD date.
std::time_t creation_time(const std::string& date) {
  std::tm tm{};
  int y = 0, m = 0, d = 0;
  char tail = 0;
  if (date.size() != 10 || std::sscanf(date.c_str(), "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3 ||
      y < 1980 || m < 1 || m > 12 || d < 1 || d > 31)
    return kNoDate;
  tm.tm_year = y - 1900;
  tm.tm_mon = m - 1;
  tm.tm_mday = d;
  return timegm(&tm);
}

StatusOr<std::string> read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::string bytes(std::istreambuf_iterator<char>(in), {});
  if (in.bad() || !in.is_open()) return Status::io_error(fmt::format("cannot read the temporary file {}", path));
  return bytes;
}

// The sheets and the document properties; the first libxlsxwriter error goes to `error`.
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
  sheet(Msg::sheet_findings, xlsx::write_findings);
  if (!r.questions_needed.empty()) sheet(Msg::sheet_questions, xlsx::write_questions);

  std::string title = message(Msg::report_title, lang);
  lxw_doc_properties properties{};
  properties.title = title.data();
  properties.created = creation_time(r.assessment.date);
  lxw_error e = xlsx::lxw().workbook_set_properties(book, &properties);
  if (error == LXW_NO_ERROR) error = e;
}

}  // namespace

StatusOr<std::string> render_xlsx(const Result& r, const RenderOptions& o) {
  if (StatusOr<const xlsx::Api*> loaded = xlsx::load_api(); !loaded.is_ok()) return loaded.status();
  TempFile file;
  if (Status created = file.create(); !created.is_ok()) return created;
  lxw_workbook_options options{};
  options.tmpdir = const_cast<char*>(file.dir().c_str());
  lxw_workbook* book = xlsx::lxw().workbook_new_opt(file.path().c_str(), &options);
  if (!book) return Status::io_error(fmt::format("libxlsxwriter cannot start a workbook in {}", file.dir()));
  lxw_error failed = LXW_NO_ERROR;
  write_book(book, r, o.lang, failed);
  lxw_error closed = xlsx::lxw().workbook_close(book);  // writes the file and frees the workbook
  if (failed == LXW_NO_ERROR) failed = closed;
  if (failed != LXW_NO_ERROR) return Status::io_error(fmt::format("libxlsxwriter: {}", xlsx::lxw().lxw_strerror(failed)));
  return read_file(file.path());
}

}  // namespace tenken
