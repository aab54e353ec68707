// Tests of reading input files (read_source, source.h): size, UTF-8, BOM, files that are not
// there or cannot be read; each message compared whole.
#include <doctest/doctest.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include "tenken/diagnostic.h"
#include "tenken/source.h"
#include "tests/engine_fixtures.h"

namespace tenken {
namespace {

using testing::render;

// A temporary file removed when the test ends.
class TempFile {
 public:
  explicit TempFile(const std::string& bytes, const char* name = "tenken_test.yaml") {
    path_ = (std::filesystem::temp_directory_path() / fmt::format("{}.{}", getpid(), name)).string();
    std::ofstream(path_, std::ios::binary) << bytes;
  }
  ~TempFile() { std::remove(path_.c_str()); }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

TEST_CASE("read_source: invalid UTF-8 is refused with the position of the first bad byte") {
  TempFile f("rules:\n  - id: ab\xFF" "c\n");
  Diagnostics diags;
  CHECK(read_source(f.path(), diags) == nullptr);
  CHECK(render(diags) == fmt::format("{}:2:11: error: expected UTF-8 text, found the byte 0xFF; save the file "
                                     "as UTF-8\n"
                                     "    - id: ab\xEF\xBF\xBD" "c\n"
                                     "            ^\n",
                                     f.path()));
}

TEST_CASE("read_source: Shift_JIS text is not UTF-8") {
  TempFile f("title: \x83\x6F\x83\x62\x83\x4E\n");  // "バック" in Shift_JIS
  Diagnostics diags;
  CHECK(read_source(f.path(), diags) == nullptr);
  CHECK(render(diags).substr(f.path().size()) ==
        ":1:8: error: expected UTF-8 text, found the byte 0x83; save the file as UTF-8\n"
        "  title: \xEF\xBF\xBDo\xEF\xBF\xBD" "b\xEF\xBF\xBDN\n"
        "         ^\n");
  CHECK(diags.items().at(0).message.ja ==
        "UTF-8 のテキストが必要ですが、UTF-8 として読めないバイト 0x83 が書かれています。"
        "ファイルを UTF-8 で保存し直してください（Shift_JIS などの文字コードでは読めません）");
}

TEST_CASE("read_source: a leading byte-order mark is dropped") {
  TempFile f("\xEF\xBB\xBFrules: []\n");
  Diagnostics diags;
  auto s = read_source(f.path(), diags);
  REQUIRE(s);
  CHECK(s->text() == "rules: []\n");
  CHECK(render(diags) == "");
}

TEST_CASE("read_source: files over 8 MiB are refused before parsing") {
  std::string text = "# " + std::string(kMaxInputBytes - 3, 'x') + "\n";
  REQUIRE(text.size() == static_cast<size_t>(kMaxInputBytes));
  {
    TempFile f(text);
    Diagnostics diags;
    CHECK(read_source(f.path(), diags) != nullptr);
    CHECK(render(diags) == "");
  }
  {
    TempFile f(text + "\n");
    Diagnostics diags;
    CHECK(read_source(f.path(), diags) == nullptr);
    CHECK(render(diags) == fmt::format("{}: error: the file is 8388609 bytes; tenken reads files of at most "
                                       "8388608 bytes (8 MiB)\n",
                                       f.path()));
    CHECK(diags.items().at(0).message.ja ==
          "ファイルが大きすぎます（8388609 バイト）。tenken が読み込めるのは 8388608 バイト（8 MiB）までのファイルです");
  }
}

TEST_CASE("read_source: missing files and directories") {
  Diagnostics diags;
  CHECK(read_source("/nonexistent/answers.yaml", diags) == nullptr);
  CHECK(read_source(std::filesystem::temp_directory_path().string(), diags) == nullptr);
  CHECK(render(diags) == fmt::format("/nonexistent/answers.yaml: error: cannot open: No such file or directory\n"
                                     "{}: error: expected a regular file, found a directory\n",
                                     std::filesystem::temp_directory_path().string()));
  REQUIRE(diags.items().size() == 2);
  CHECK(format_diagnostic(diags.items()[0], false, Lang::ja) ==
        "/nonexistent/answers.yaml: エラー: ファイルを開けません: No such file or directory"
        "（このパスにファイルがありません。パスとファイル名のつづりを確かめてください）\n");
  CHECK(diags.items()[1].message.ja == "読み込むファイルが必要ですが、指定されたのはフォルダ（ディレクトリ）です");
}

TEST_CASE("read_source: a FIFO or a device is refused before it is opened, so nothing blocks") {
  std::string fifo = (std::filesystem::temp_directory_path() / fmt::format("{}.tenken_test.fifo", getpid())).string();
  REQUIRE(mkfifo(fifo.c_str(), 0600) == 0);
  Diagnostics diags;
  CHECK(read_source(fifo, diags) == nullptr);  // with no writer, opening it would wait forever
  std::remove(fifo.c_str());
  CHECK(render(diags) == fmt::format("{}: error: expected a regular file, found a named pipe (FIFO); to read "
                                     "standard input, give '-'\n", fifo));
  CHECK(diags.items().at(0).message.ja ==
        "読み込むファイルが必要ですが、指定されたのは名前付きパイプ（FIFO）です。標準入力から読むには '-' を指定してください");
}

TEST_CASE("read_source: UTF-16, NUL bytes and lines ending in CR alone are named") {
  std::string u16;
  for (char c : std::string("answers:\n")) u16 += {c, '\0'};
  for (auto [bytes, message] : std::initializer_list<std::pair<std::string, std::string>>{
           {"\xFF\xFE" + u16, ":1:1: error: expected UTF-8 text, found UTF-16 (its byte-order mark); save the file as UTF-8\n"},
           {u16, ":1:2: error: expected UTF-8 text, found a NUL byte (UTF-16 text has one in every other byte); save "
                 "the file as UTF-8\n"},
           {"a: 1\rb: 2\r", ":1:5: error: expected lines ending in LF or CR LF, found a line ending in CR alone; save "
                            "the file with Unix (LF) or Windows (CR LF) line ends\n"}}) {
    TempFile f(bytes);
    Diagnostics diags;
    CHECK(read_source(f.path(), diags) == nullptr);
    std::string m = render(diags);
    CHECK(m.substr(f.path().size(), m.find('\n') + 1 - f.path().size()) == message);
  }
  TempFile crlf("a: 1\r\nb: 2\r\n");
  Diagnostics diags;
  CHECK(read_source(crlf.path(), diags) != nullptr);
}

TEST_CASE("read_source: a file whose size is not known before reading (procfs, a pipe) is read whole") {
  Diagnostics diags;
  // /dev/stdin may be a terminal or closed under a test runner, so read this process's status
  // file from procfs, which cannot be measured by seeking to its end either.
  auto s = read_source("/proc/self/status", diags);
  REQUIRE(s);
  CHECK(render(diags) == "");
  CHECK(s->text().rfind("Name:", 0) == 0);
}

TEST_CASE("read_source: a read that fails part way is an error, not a shorter file") {
  Diagnostics diags;
  // Opening this process's memory succeeds; reading at offset 0, which is never mapped, fails.
  CHECK(read_source("/proc/self/mem", diags) == nullptr);
  CHECK(render(diags) == "/proc/self/mem: error: cannot read: Input/output error\n");
}

}  // namespace
}  // namespace tenken
