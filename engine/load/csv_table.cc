// RFC 4180 reading with positions (csv_table.h).
#include "load/csv_table.h"

#include <fmt/format.h>

#include <algorithm>
#include <string_view>

namespace tenken::load {
namespace {

class CsvReader {
 public:
  CsvReader(const std::shared_ptr<const Source>& file, Diagnostics& diags)
      : file_(file), text_(file->text()), diags_(diags) {}

  bool read(std::vector<CsvRow>& rows) {
    while (pos_ < text_.size()) {
      if (at_line_end()) {  // a blank line
        skip_line_end();
        continue;
      }
      CsvRow row{origin(pos_), {}};
      do {
        CsvCell cell;
        if (!read_cell(cell)) return false;
        row.cells.push_back(std::move(cell));
      } while (pos_ < text_.size() && text_[pos_] == ',' && ++pos_);
      skip_line_end();
      rows.push_back(std::move(row));
    }
    return true;
  }

 private:
  Origin origin(size_t at) const { return {file_, static_cast<uint32_t>(at)}; }
  bool at_line_end() const { return text_[pos_] == '\n' || text_[pos_] == '\r'; }
  void skip_line_end() {
    if (pos_ < text_.size() && text_[pos_] == '\r') ++pos_;
    if (pos_ < text_.size() && text_[pos_] == '\n') ++pos_;
  }

  bool read_cell(CsvCell& cell) {
    cell.origin = origin(pos_);
    if (pos_ < text_.size() && text_[pos_] == '"') return read_quoted(cell);
    while (pos_ < text_.size() && text_[pos_] != ',' && !at_line_end()) cell.text += text_[pos_++];
    return true;
  }

  bool read_quoted(CsvCell& cell) {
    size_t open = pos_++;
    for (;;) {
      if (pos_ >= text_.size()) {
        diags_.error(origin(open), {"引用符で囲んだこのセルを閉じる '\"' が必要ですが、ファイルが終わっています",
                                    "expected a closing '\"' for this quoted cell, found the end of the file"});
        return false;
      }
      char c = text_[pos_++];
      if (c != '"') {
        cell.text += c;
      } else if (pos_ < text_.size() && text_[pos_] == '"') {
        cell.text += '"';
        ++pos_;
      } else {
        break;
      }
    }
    if (pos_ < text_.size() && text_[pos_] != ',' && !at_line_end()) {
      diags_.error(origin(pos_), bilingual("expected ',' or the end of the line after a quoted cell, "
                                           "found '{}'",
                                           "引用符で囲んだセルの後には ',' か行の終わりが必要ですが、'{}' が書かれています",
                                           text_[pos_]));
      return false;
    }
    return true;
  }

  std::shared_ptr<const Source> file_;
  std::string_view text_;
  Diagnostics& diags_;
  size_t pos_ = 0;
};

std::string_view without_blanks(std::string_view s) {
  size_t b = s.find_first_not_of(" \t\r\n"), e = s.find_last_not_of(" \t\r\n");
  return b == std::string_view::npos ? std::string_view() : s.substr(b, e - b + 1);
}

}  // namespace

bool find_columns(const CsvRow& header, const std::vector<std::string>& names, std::vector<int>& columns,
                  Diagnostics& diags) {
  columns.assign(names.size(), -1);
  bool ok = true;
  for (size_t c = 0; c < header.cells.size(); ++c) {
    const CsvCell& cell = header.cells[c];
    auto known = std::find(names.begin(), names.end(), without_blanks(cell.text));
    if (known == names.end()) continue;
    int& column = columns[known - names.begin()];
    if (column >= 0) {
      diags.error(cell.origin, bilingual("the column '{}' is named twice in the header row "
                                         "(first as column {}); keep one",
                                         "見出し行に列 '{}' が二度書かれています（最初は {} 列目）。一つだけにしてください",
                                         *known, column + 1));
      ok = false;
    } else {
      column = static_cast<int>(c);
    }
  }
  return ok;
}

bool read_csv(const std::shared_ptr<const Source>& file, std::vector<CsvRow>& rows, Diagnostics& diags) {
  return CsvReader(file, diags).read(rows);
}

}  // namespace tenken::load
