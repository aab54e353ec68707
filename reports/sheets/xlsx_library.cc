// Loading libxlsxwriter on first use (xlsx_library.h).
#include "sheets/xlsx_library.h"

#include <dlfcn.h>
#include <fmt/format.h>

#include <string>

namespace tenken::xlsx {
namespace {

// Finds each function by its name; the first one missing is the reason to give up.
class Binder {
 public:
  explicit Binder(void* handle) : handle_(handle) {}
  template <typename F>
  void bind(F& function, const char* name) {
    function = reinterpret_cast<F>(dlsym(handle_, name));
    if (!function && missing_.empty()) missing_ = name;
  }
  const std::string& missing() const { return missing_; }

 private:
  void* handle_;
  std::string missing_;
};

StatusOr<const Api*> load() {
  void* handle = dlopen(TENKEN_XLSXWRITER_SONAME, RTLD_NOW | RTLD_LOCAL);
  if (!handle)
    return Status::io_error(fmt::format("cannot load {} for the workbook: {}", TENKEN_XLSXWRITER_SONAME, dlerror()));
  static Api api;
  Binder b(handle);
  b.bind(api.workbook_new_opt, "workbook_new_opt");
  b.bind(api.workbook_close, "workbook_close");
  b.bind(api.workbook_add_worksheet, "workbook_add_worksheet");
  b.bind(api.workbook_add_format, "workbook_add_format");
  b.bind(api.workbook_set_properties, "workbook_set_properties");
  b.bind(api.worksheet_write_string, "worksheet_write_string");
  b.bind(api.worksheet_write_number, "worksheet_write_number");
  b.bind(api.worksheet_write_blank, "worksheet_write_blank");
  b.bind(api.worksheet_set_column, "worksheet_set_column");
  b.bind(api.worksheet_freeze_panes, "worksheet_freeze_panes");
  b.bind(api.worksheet_autofilter, "worksheet_autofilter");
  b.bind(api.worksheet_repeat_rows, "worksheet_repeat_rows");
  b.bind(api.worksheet_fit_to_pages, "worksheet_fit_to_pages");
  b.bind(api.worksheet_set_landscape, "worksheet_set_landscape");
  b.bind(api.worksheet_set_paper, "worksheet_set_paper");
  b.bind(api.format_set_bold, "format_set_bold");
  b.bind(api.format_set_font_size, "format_set_font_size");
  b.bind(api.format_set_font_color, "format_set_font_color");
  b.bind(api.format_set_bg_color, "format_set_bg_color");
  b.bind(api.format_set_align, "format_set_align");
  b.bind(api.format_set_text_wrap, "format_set_text_wrap");
  b.bind(api.format_set_num_format, "format_set_num_format");
  b.bind(api.format_set_bottom, "format_set_bottom");
  b.bind(api.lxw_strerror, "lxw_strerror");
  if (!b.missing().empty())
    return Status::io_error(fmt::format("{} has no function {}", TENKEN_XLSXWRITER_SONAME, b.missing()));
  return &api;
}

}  // namespace

StatusOr<const Api*> load_api() {
  static const StatusOr<const Api*> loaded = load();
  return loaded;
}

const Api& lxw() { return *load_api().value(); }

}  // namespace tenken::xlsx
