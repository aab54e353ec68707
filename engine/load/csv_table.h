// A small RFC 4180 CSV reader that keeps where every cell was written, so that problems in a
// spreadsheet-kept file are reported at file:line:col like problems in YAML. Quoted cells may hold
// commas, doubled quotes and line breaks; CRLF and LF line ends are accepted; blank lines are
// skipped. Nothing here knows what the columns mean.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "tenken/diagnostic.h"
#include "tenken/source.h"

namespace tenken::load {

struct CsvCell {
  std::string text;  // unquoted
  Origin origin;     // the cell's first character (its opening quote when quoted)
};

struct CsvRow {
  Origin origin;
  std::vector<CsvCell> cells;
};

// Reads every row. Returns false after reporting a quote that is never closed or text after a
// closing quote.
bool read_csv(const std::shared_ptr<const Source>& file, std::vector<CsvRow>& rows, Diagnostics& diags);

// Where a header row names each of `names`: columns[i] is the index of the cell naming names[i]
// (blanks around a name are ignored), or -1 when no cell does; cells naming anything else are the
// caller's to judge. A name given in two cells is reported at the second, "the column 'rule' is
// named twice in the header row (first as column 1); keep one", and then it returns false, after
// reporting every repeat.
bool find_columns(const CsvRow& header, const std::vector<std::string>& names, std::vector<int>& columns,
                  Diagnostics& diags);

}  // namespace tenken::load
