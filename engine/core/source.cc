// Source and Origin: byte offsets to line:column, counting columns in code points; and
// read_source(), which turns an input file into a Source.
#include "tenken/source.h"

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <utility>

#include <sys/stat.h>

#include "tenken/diagnostic.h"
#include "tenken/utf8.h"

namespace tenken {

Source::Source(std::string path, std::string text)
    : path_(std::move(path)), owned_(std::move(text)), text_(owned_) {}

std::shared_ptr<const Source> Source::of_static_text(std::string path, std::string_view text) {
  return std::shared_ptr<const Source>(new Source(std::move(path), text, StaticText{}));
}

const std::vector<uint32_t>& Source::line_starts() const {
  std::call_once(lines_found_, [this] {
    line_starts_.push_back(0);
    for (uint32_t i = 0; i < text_.size(); ++i)
      if (text_[i] == '\n') line_starts_.push_back(i + 1);
  });
  return line_starts_;
}

LineColumn Source::locate(uint32_t offset) const {
  const std::vector<uint32_t>& starts = line_starts();
  offset = std::min<uint32_t>(offset, static_cast<uint32_t>(text_.size()));
  auto it = std::upper_bound(starts.begin(), starts.end(), offset);
  int line = static_cast<int>(it - starts.begin());
  int column = 1;
  for (uint32_t i = starts[line - 1]; i < offset; ++i)
    if (!utf8::is_continuation(text_[i])) ++column;  // count lead bytes only
  return {line, column};
}

std::string_view Source::line(int line) const {
  const std::vector<uint32_t>& starts = line_starts();
  if (line < 1 || line > static_cast<int>(starts.size())) return {};
  uint32_t begin = starts[line - 1];
  uint32_t end = line < static_cast<int>(starts.size()) ? starts[line] - 1 : static_cast<uint32_t>(text_.size());
  std::string_view v = text_.substr(begin, end - begin);
  if (!v.empty() && v.back() == '\r') v.remove_suffix(1);
  return v;
}

uint32_t Source::offset_of(LineColumn lc) const {
  const std::vector<uint32_t>& starts = line_starts();
  if (lc.line < 1) return 0;
  if (lc.line > static_cast<int>(starts.size())) return static_cast<uint32_t>(text_.size());
  uint32_t i = starts[lc.line - 1];
  for (int col = 1; col < lc.column && i < text_.size() && text_[i] != '\n';) {
    ++i;
    while (i < text_.size() && utf8::is_continuation(text_[i])) ++i;
    ++col;
  }
  return i;
}

const std::string& Origin::path() const {
  static const std::string none;
  return source ? source->path() : none;
}

namespace {

// Reads to the end in chunks rather than trusting a size from seeking: a pipe, /dev/stdin or a
// /proc file reports -1 or 0 there. Stops once past kMaxInputBytes, so that the cap holds for
// input whose size is not known in advance.
std::string read_capped(std::istream& in) {
  std::string text, chunk(1 << 16, '\0');
  while (text.size() <= static_cast<size_t>(kMaxInputBytes) &&
         (in.read(chunk.data(), static_cast<std::streamsize>(chunk.size())), in.gcount() > 0))
    text.append(chunk.data(), static_cast<size_t>(in.gcount()));
  return text;
}

// What a path names, said as "expected a regular file, found ..." needs it; empty for a regular
// file (or one whose type cannot be read: opening it then says why).
LocalizedText special_kind(const std::string& path) {
  struct stat st;
  if (::stat(path.c_str(), &st) != 0 || S_ISREG(st.st_mode)) return {};
  if (S_ISDIR(st.st_mode)) return {"フォルダ（ディレクトリ）", "a directory"};
  if (S_ISFIFO(st.st_mode)) return {"名前付きパイプ（FIFO）", "a named pipe (FIFO)"};
  if (S_ISCHR(st.st_mode)) return {"キャラクタデバイス", "a character device"};
  if (S_ISBLK(st.st_mode)) return {"ブロックデバイス", "a block device"};
  if (S_ISSOCK(st.st_mode)) return {"ソケット", "a socket"};
  return {"特殊ファイル", "a special file"};
}

// After strerror's English, what the commonest reasons a file cannot be opened mean for the
// operator, in Japanese: 「（このパスにファイルがありません。…）」; "" for other errors.
std::string open_hint_ja(int err) {
  switch (err) {
    case ENOENT: return "（このパスにファイルがありません。パスとファイル名のつづりを確かめてください）";
    case EACCES:
    case EPERM: return "（このファイルを読む権限がありません）";
    default: return {};
  }
}

// Text that is not UTF-8 in a way worth naming: UTF-16 (with or without its byte-order mark) and
// line ends of a lone CR, which YAML and CSV readers would take as one endless line.
std::optional<std::pair<size_t, LocalizedText>> encoding_problem(std::string_view text) {
  if (text.rfind("\xFF\xFE", 0) == 0 || text.rfind("\xFE\xFF", 0) == 0)
    return std::pair<size_t, LocalizedText>{
        0, {"UTF-8 のテキストが必要ですが、このファイルは UTF-16 です（先頭に UTF-16 のバイト順マークがあります）。"
            "ファイルを UTF-8 で保存し直してください",
            "expected UTF-8 text, found UTF-16 (its byte-order mark); save the file as UTF-8"}};
  if (size_t nul = text.find('\0'); nul != std::string_view::npos)
    return std::pair<size_t, LocalizedText>{
        nul, {"UTF-8 のテキストが必要ですが、NUL バイト (0x00) が書かれています（UTF-16 のテキストでは 1 バイトおきに"
              "現れます）。ファイルを UTF-8 で保存し直してください",
              "expected UTF-8 text, found a NUL byte (UTF-16 text has one in "
              "every other byte); save the file as UTF-8"}};
  for (size_t cr = text.find('\r'); cr != std::string_view::npos; cr = text.find('\r', cr + 1))
    if (cr + 1 == text.size() || text[cr + 1] != '\n')
      return std::pair<size_t, LocalizedText>{
          cr, {"行の終わりには LF か CR LF が必要ですが、CR だけで終わる行があります。改行コードを Unix (LF) か "
               "Windows (CR LF) にして保存し直してください",
               "expected lines ending in LF or CR LF, found a line ending in CR "
               "alone; save the file with Unix (LF) or Windows (CR LF) line ends"}};
  return std::nullopt;
}

}  // namespace

std::shared_ptr<const Source> read_source(const std::string& path, Diagnostics& diags) {
  bool from_stdin = path == "-";
  if (LocalizedText kind = from_stdin ? LocalizedText{} : special_kind(path); !kind.empty()) {
    LocalizedText stdin_hint = kind.en == "a directory"
                                   ? LocalizedText{}
                                   : LocalizedText{"。標準入力から読むには '-' を指定してください",
                                                   "; to read standard input, give '-'"};
    diags.file_error(path, bilingual("expected a regular file, found {}{}",
                                     "読み込むファイルが必要ですが、指定されたのは{}です{}", kind, stdin_hint));
    return nullptr;
  }
  std::ifstream file;
  if (!from_stdin) {
    file.open(path, std::ios::binary);
    if (!file) {
      int err = errno;
      LocalizedText message = bilingual("cannot open: {}", "ファイルを開けません: {}", std::strerror(err));
      message.ja += open_hint_ja(err);
      diags.file_error(path, message);
      return nullptr;
    }
  }
  std::istream& in = from_stdin ? std::cin : file;
  // `size`: "8388609" / 「8388609 バイト」, or "more than 8388608" / 「8388608 バイト超」.
  auto too_large = [&](const LocalizedText& size) {
    diags.file_error(path, bilingual("the file is {} bytes; tenken reads files of at most {} bytes "
                                     "({} MiB)",
                                     "ファイルが大きすぎます（{0}）。tenken が読み込めるのは {1} バイト（{2} MiB）"
                                     "までのファイルです",
                                     size, kMaxInputBytes, kMaxInputBytes >> 20));
    return nullptr;
  };
  std::error_code ec;
  if (!from_stdin) {
    auto size = std::filesystem::file_size(path, ec);
    if (!ec && size > static_cast<uintmax_t>(kMaxInputBytes))
      return too_large(bilingual("{}", "{} バイト", size));
  }
  std::string text = read_capped(in);
  if (in.bad()) {  // a read that failed part way must not pass for the end of a shorter file
    diags.file_error(path, bilingual("cannot read: {}", "ファイルを読み込めません: {}", std::strerror(errno)));
    return nullptr;
  }
  if (text.size() > static_cast<size_t>(kMaxInputBytes))
    return too_large(bilingual("more than {}", "{} バイト超", kMaxInputBytes));
  if (text.rfind("\xEF\xBB\xBF", 0) == 0) text.erase(0, 3);
  auto source = std::make_shared<Source>(from_stdin ? "<stdin>" : path, std::move(text));
  if (auto problem = encoding_problem(source->text())) {
    diags.error({source, static_cast<uint32_t>(problem->first)}, problem->second);
    return nullptr;
  }
  if (size_t bad = utf8::first_invalid(source->text()); bad != std::string_view::npos) {
    diags.error({source, static_cast<uint32_t>(bad)},
                bilingual("expected UTF-8 text, found the byte 0x{:02X}; save the file as UTF-8",
                          "UTF-8 のテキストが必要ですが、UTF-8 として読めないバイト 0x{:02X} が書かれています。"
                          "ファイルを UTF-8 で保存し直してください（Shift_JIS などの文字コードでは読めません）",
                          static_cast<unsigned char>(source->text()[bad])));
    return nullptr;
  }
  return source;
}

}  // namespace tenken
