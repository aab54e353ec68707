// Tests of the XLSX report: the sheets and cells of the sample's workbook (read with
// tests/reports/xlsx_dump.py, as the golden tests read theirs, and compared whole with
// testdata/sample.en.xlsx.txt), the same bytes each time, no temporary file left behind, and a
// failure that says why.
#include <doctest/doctest.h>

#include <dirent.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "common/sample_result_test.h"
#include "tenken/reports/render.h"

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

// The workbook as text (tests/reports/xlsx_dump.py): each sheet, its frozen pane and filter, and
// every cell as REF TYPE VALUE.
std::string dump(const std::string& workbook) {
  namespace fs = std::filesystem;
  fs::path script = fs::path(__FILE__).parent_path() / "../../tests/reports/xlsx_dump.py";
  char name[] = "/tmp/tenken-xlsx-dump-XXXXXX";
  int fd = mkstemp(name);
  REQUIRE(fd >= 0);
  close(fd);
  std::ofstream(name, std::ios::binary) << workbook;
  std::string text;
  if (FILE* out = popen(("python3 '" + script.string() + "' '" + name + "'").c_str(), "r")) {
    char buffer[4096];
    for (size_t n; (n = fread(buffer, 1, sizeof buffer, out)) > 0;) text.append(buffer, n);
    CHECK(pclose(out) == 0);
  }
  std::remove(name);
  return text;
}

TEST_CASE("XLSX report of the sample: its sheets and cells") {
  StatusOr<std::string> book = render_xlsx(testing::sample_result(), {Lang::en});
  REQUIRE(book.is_ok());
  std::string actual = dump(book.value());
  CHECK(actual == testing::expected_beside(__FILE__, "testdata/sample.en.xlsx.txt", actual));
}

TEST_CASE("XLSX report is the same bytes each time, and leaves no file behind") {
  char dir_template[] = "/tmp/tenken-xlsx-test-XXXXXX";
  std::string dir = mkdtemp(dir_template);
  {
    TmpdirFor tmpdir(dir);
    StatusOr<std::string> first = render_xlsx(testing::sample_result(), {Lang::ja});
    REQUIRE(first.is_ok());
    CHECK(render_xlsx(testing::sample_result(), {Lang::ja}).value() == first.value());
    CHECK(files_in(dir).empty());
  }
  rmdir(dir.c_str());
}

// Excel's limit is 32,767 characters a cell; libxlsxwriter refuses a longer string.
TEST_CASE("XLSX report cuts text longer than a cell holds instead of failing") {
  Result r = testing::sample_result();
  std::string longest;
  for (int i = 0; i < 20000; ++i) longest += "長い";
  testing::edit(r.rules[0]).rationale.en = longest + "<end>";
  CHECK(render_xlsx(r, {Lang::en}).is_ok());
}

TEST_CASE("XLSX report that cannot be written fails and says why") {
  TmpdirFor tmpdir("/nonexistent/tenken");
  StatusOr<std::string> book = render_xlsx(testing::sample_result(), {Lang::en});
  CHECK(!book.is_ok());
  CHECK(book.status().message() == "cannot create a temporary file in /nonexistent/tenken: No such file or directory");
}

}  // namespace
}  // namespace tenken
