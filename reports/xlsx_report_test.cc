// Tests of the XLSX report's plumbing: a zip comes back, the same bytes each time, no temporary
// file is left behind, and a failure gives an empty result and a reason. The workbook's contents
// are checked by tests/reports/xlsx_workbook_test.py, which can open the zip.
#include "reports/xlsx_report.h"

#include <doctest/doctest.h>

#include <dirent.h>
#include <unistd.h>

#include <cstdlib>
#include <string>
#include <vector>

#include "reports/sample_result_test.h"

namespace tenken {
namespace {

std::vector<std::string> files_in(const std::string& dir) {
  std::vector<std::string> names;
  if (DIR* d = opendir(dir.c_str())) {
    while (dirent* e = readdir(d))
      if (std::string(e->d_name) != "." && std::string(e->d_name) != "..") names.push_back(e->d_name);
    closedir(d);
  }
  return names;
}

// Sets TMPDIR for the scope of a test, and puts back what it was.
class TmpdirFor {
 public:
  explicit TmpdirFor(const std::string& dir) {
    if (const char* old = std::getenv("TMPDIR")) old_ = old, had_ = true;
    setenv("TMPDIR", dir.c_str(), 1);
  }
  ~TmpdirFor() {
    if (had_) setenv("TMPDIR", old_.c_str(), 1);
    else unsetenv("TMPDIR");
  }

 private:
  std::string old_;
  bool had_ = false;
};

TEST_CASE("XLSX report is a zip with the same bytes each time, and leaves no file behind") {
  char dir_template[] = "/tmp/tenken-xlsx-test-XXXXXX";
  std::string dir = mkdtemp(dir_template);
  {
    TmpdirFor tmpdir(dir);
    std::string error = "stale";
    std::string first = render_xlsx(testing::sample_result(), {Lang::ja}, error);
    CHECK(error.empty());
    CHECK(first.rfind("PK\x03\x04", 0) == 0);
    CHECK(first.size() > 5000);
    CHECK(render_xlsx(testing::sample_result(), {Lang::ja}) == first);
    CHECK(render_xlsx(testing::sample_result(), {Lang::en}) != first);
    CHECK(files_in(dir).empty());
  }
  rmdir(dir.c_str());
}

// Excel's limit is 32,767 characters a cell; libxlsxwriter refuses a longer string.
TEST_CASE("XLSX report cuts text longer than a cell holds instead of failing") {
  Result r = testing::sample_result();
  std::string longest;
  for (int i = 0; i < 20000; ++i) longest += "長い";
  r.rules[0].rationale.en = longest + "<end>";
  std::string error;
  CHECK(!render_xlsx(r, {Lang::en}, error).empty());
  CHECK(error.empty());
}

TEST_CASE("XLSX report that cannot be written is empty and says why") {
  TmpdirFor tmpdir("/nonexistent/tenken");
  std::string error;
  CHECK(render_xlsx(testing::sample_result(), {Lang::en}, error).empty());
  CHECK(error == "cannot create a temporary file in /nonexistent/tenken: No such file or directory");
  CHECK(render_xlsx(testing::sample_result(), {Lang::en}).empty());
}

}  // namespace
}  // namespace tenken
