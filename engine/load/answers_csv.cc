// Loads an answer file kept as CSV (docs/answers.md), as a spreadsheet saves the sheet that
// `tenken template --format csv` writes, into the same Answers the YAML loader produces. Columns are
// found by their header names in any order; columns other than id, answer, na_reason, alternative,
// comment and evidence are there for people and ignored. Cells are read with their positions
// (csv_table.h), and every value keeps the line and column of the cell — of the very item, for the
// items of a multiple choice — so that bind_answers() reports a wrong choice or date at its cell.
//
// A CSV cell has no types, so the checklist decides how a cell is read: for a multiple-choice
// question the cell is a list ("a, b", "[]", "has: a; lacks: b"); for a date question 2024/10/01
// (how Excel writes a date) is 2024-10-01; for a number question "at_least: 30; at_most: 60" is an
// approximate number; every other cell is one value, commas included. The
// values themselves are checked against the questions later, in bind_answers(), as for YAML; the
// organisation's sector and size are checked here, against their lists, as the YAML loader does.
#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <string_view>

#include "tenken/dates.h"
#include "load/csv_table.h"
#include "load/loaders.h"
#include "tenken/engine.h"
#include "tenken/utf8.h"

namespace tenken {
namespace {

const std::vector<std::string> kMetaIds = {"organization.name", "organization.sector", "organization.size",
                                           "assessment.date", "assessment.assessor", "assessment.scope"};
const std::vector<std::string> kColumns = {"id", "answer", "na_reason", "alternative", "comment", "evidence"};
enum Column { col_id, col_answer, col_na, col_alternative, col_comment, col_evidence };

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// The source offset of character `index` of a cell's text: past the opening quote of a quoted cell,
// where each doubled quote stands for one character.
Origin origin_in(const load::CsvCell& cell, size_t index) {
  std::string_view src = cell.origin.source->text();
  uint32_t pos = cell.origin.offset;
  if (pos >= src.size() || src[pos] != '"') return cell.origin.advanced(static_cast<uint32_t>(index));
  ++pos;
  for (size_t i = 0; i < index && pos < src.size(); ++i) pos += src[pos] == '"' ? 2 : 1;
  return {cell.origin.source, pos};
}

// A cell's value: its text without surrounding blanks, and without the apostrophe a spreadsheet
// writer puts before = + - @ so that it is not run as a formula (reports/include/tenken/reports/escape.h). Empty for a
// cell the row does not have.
struct Value {
  std::string_view text;
  const load::CsvCell* cell = nullptr;
  size_t start = 0;  // where `text` starts in the cell's text
  Origin origin_row;

  bool empty() const { return text.empty(); }
  Origin at(size_t i = 0) const { return cell ? origin_in(*cell, start + i) : origin_row; }
};

Value value_of(const load::CsvRow& row, int column) {
  Value v{{}, nullptr, 0, row.origin};
  if (column < 0 || static_cast<size_t>(column) >= row.cells.size()) return v;
  const load::CsvCell& c = row.cells[column];
  std::string_view t = c.text;
  size_t b = 0, e = t.size();
  while (b < e && is_space(t[b])) ++b;
  while (e > b && is_space(t[e - 1])) --e;
  if (e - b >= 2 && t[b] == '\'' && std::string_view("=+-@").find(t[b + 1]) != std::string_view::npos) ++b;
  v.text = t.substr(b, e - b);
  v.cell = &c;
  v.start = b;
  v.origin_row = c.origin;
  return v;
}

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

// A piece of a cell: its text and where it starts in the cell's value.
struct Piece {
  std::string_view text;
  size_t at = 0;
};

Piece trimmed(std::string_view s, size_t at) {
  size_t b = 0, e = s.size();
  while (b < e && is_space(s[b])) ++b;
  while (e > b && is_space(s[e - 1])) --e;
  return {s.substr(b, e - b), at + b};
}

// Splits at the separators given as code points (ASCII or not), trimming each piece.
std::vector<Piece> split(Piece whole, std::u32string_view separators) {
  std::vector<Piece> out;
  size_t begin = 0;
  for (size_t i = 0; i <= whole.text.size();) {
    size_t here = i;
    bool end = i == whole.text.size();
    char32_t cp = end ? 0 : utf8::decode(whole.text, i);
    if (!end && separators.find(cp) == std::u32string_view::npos) continue;
    out.push_back(trimmed(whole.text.substr(begin, here - begin), whole.at + begin));
    begin = i;
    if (end) break;
  }
  return out;
}

// "2024/10/1" → "2024-10-01", "2024/10" → "2024-10"; nullopt for any other text.
std::optional<std::string> slashed_date(std::string_view t) {
  std::vector<std::string_view> parts;
  for (size_t b = 0;;) {
    size_t e = t.find('/', b);
    parts.push_back(t.substr(b, e == std::string_view::npos ? std::string_view::npos : e - b));
    if (e == std::string_view::npos) break;
    b = e + 1;
  }
  auto digits = [](std::string_view p, size_t lo, size_t hi) {
    auto digit = [](char c) { return c >= '0' && c <= '9'; };
    return p.size() >= lo && p.size() <= hi && std::all_of(p.begin(), p.end(), digit);
  };
  if (parts.size() < 2 || parts.size() > 3 || !digits(parts[0], 4, 4)) return std::nullopt;
  std::string out(parts[0]);
  for (size_t i = 1; i < parts.size(); ++i) {
    if (!digits(parts[i], 1, 2)) return std::nullopt;
    out += parts[i].size() == 1 ? "-0" : "-";
    out += parts[i];
  }
  return out;
}

class CsvAnswersReader {
 public:
  CsvAnswersReader(const std::shared_ptr<const Source>& file, const Checklist& checklist, Diagnostics& diags)
      : file_(file), checklist_(checklist), diags_(diags) {
    out_.path = file->path();
    out_.syntax = AnswerSyntax::csv;
  }

  bool read() {
    std::vector<load::CsvRow> rows;
    if (!load::read_csv(file_, rows, diags_)) return false;
    if (rows.empty()) {
      diags_.error({file_, 0}, bilingual("expected a header row naming the columns ({}), found an empty file",
                                         "列の名前を並べた見出し行（{}）が必要ですが、ファイルが空です",
                                         fmt::format("{}", fmt::join(kColumns, ", "))));
      return false;
    }
    if (!header(rows.front())) return false;
    for (size_t i = 1; i < rows.size(); ++i) row(rows[i]);
    required_meta();
    return true;
  }

  Answers take() { return std::move(out_); }

 private:
  bool header(const load::CsvRow& h) {
    if (!load::find_columns(h, kColumns, columns_, diags_)) return false;
    std::vector<std::string> names;
    for (const load::CsvCell& c : h.cells) names.emplace_back(trimmed(c.text, 0).text);
    bool ok = true;
    for (int required : {col_id, col_answer})
      if (columns_[required] < 0) {
        const std::string& want = kColumns[required];
        LocalizedText hint;
        if (std::string near = closest_match(want, names); !near.empty())
          hint = bilingual("; is '{}' meant to be '{}'?", "。'{}' は '{}' のつもりですか？", near, want);
        else if (h.cells.size() == 1 && h.cells[0].text.find_first_of(";\t") != std::string::npos)
          hint = {"。セルがセミコロンかタブで区切られているようです。シートをカンマ区切りの CSV として保存してください",
                  "; the cells seem to be separated by semicolons or tabs: save the sheet as CSV, with commas"};
        diags_.error(h.origin, bilingual("expected a column named '{}' in the header row, found {}{}",
                                         "見出し行に '{}' という列が必要ですが、見出しは {} です{}", want,
                                         fmt::format("{}", fmt::join(names, ", ")), hint));
        ok = false;
      }
    header_cells_ = h.cells.size();
    return ok;
  }

  // Cells past the header's last column are a misplaced value unless they are blank.
  bool fits_header(const load::CsvRow& r) {
    for (size_t c = header_cells_; c < r.cells.size(); ++c)
      if (!trimmed(r.cells[c].text, 0).text.empty()) {
        diags_.error(r.cells[c].origin,
                     bilingual("expected at most {} cells, as the header row has, found {}",
                               "セルは見出し行と同じ {} 個までにしてください。この行には {} 個あります",
                               header_cells_, r.cells.size()));
        return false;
      }
    return true;
  }

  Value get(const load::CsvRow& r, Column c) const { return value_of(r, columns_[c]); }

  void row(const load::CsvRow& r) {
    if (!fits_header(r)) return;
    Value id = get(r, col_id);
    if (id.empty()) {
      for (Column c : {col_answer, col_na, col_alternative})
        if (Value v = get(r, c); !v.empty()) {
          diags_.error(id.at(), bilingual("expected a question id in the 'id' column of this row, which has "
                                          "'{}' in '{}', found an empty cell",
                                          "この行は '{1}' 列に '{0}' が書かれていますが、'id' 列が空です。'id' 列に"
                                          "質問 id を書いてください",
                                          v.text, kColumns[c]));
          return;
        }
      return;  // an instruction row
    }
    std::string key(id.text);
    if (!first_row(key, id)) return;
    bool meta = std::find(kMetaIds.begin(), kMetaIds.end(), key) != kMetaIds.end();
    if (meta) return read_meta(key, r);
    if ((starts_with(key, "organization.") || starts_with(key, "assessment.")) && !checklist_.find(key)) {
      diags_.error(id.at(), bilingual("unknown id '{}'; expected one of {} or a question id{}",
                                      "'{}' という id はありません。{} のいずれか、または質問 id を書いてください{}",
                                      key, fmt::format("{}", fmt::join(kMetaIds, ", ")), did_you_mean(key, kMetaIds)));
      return;
    }
    read_answer(key, id, r);
  }

  // False after reporting an id given on an earlier row too.
  bool first_row(const std::string& key, const Value& id) {
    auto [it, inserted] = first_.emplace(key, id.at());
    if (inserted) return true;
    diags_.error(id.at(), bilingual("'{}' has two rows (first at line {}); keep one",
                                    "'{}' の行が二つあります（最初の行は {} 行目）。一つにしてください", key,
                                    it->second.where().line));
    return false;
  }

  void read_meta(const std::string& key, const load::CsvRow& r) {
    Value v = get(r, col_answer);
    std::string text(v.text);
    if (key == "organization.name") {
      if (v.empty()) return nothing(v, key, {"組織名", "the organisation's name"});
      out_.organization.name = text;
    } else if (key == "organization.sector") {
      out_.organization.sector = load::sector_id(text, v.at(), diags_);
    } else if (key == "organization.size") {
      out_.organization.size = load::size_band_id(text, v.at(), diags_);
    } else if (key == "assessment.date") {
      read_assessment_date(v);
    } else if (key == "assessment.assessor") {
      out_.assessment.assessor = text;
    } else if (key == "assessment.scope") {
      out_.assessment.scope = text;
    }
  }

  void nothing(const Value& v, const std::string& key, const LocalizedText& what) {
    diags_.error(v.at(), bilingual("expected {} in the 'answer' column of '{}', found an empty cell",
                                   "'{1}' の 'answer' 列には{0}が必要ですが、セルが空です", what, key));
  }

  void read_assessment_date(const Value& v) {
    if (v.empty()) return nothing(v, "assessment.date", {"評価日（YYYY-MM-DD）", "the assessment date (YYYY-MM-DD)"});
    std::string date = slashed_date(v.text).value_or(std::string(v.text));
    out_.assessment.date = date;
    out_.assessment.date_origin = v.at();
    if (!dates::parse_date(date))
      diags_.error(v.at(), bilingual("expected the assessment date as YYYY-MM-DD, found '{}': {}",
                                     "評価日には YYYY-MM-DD の形の日付が必要ですが、'{}' が書かれています。{}", v.text,
                                     dates::date_problem(date)));
  }

  void required_meta() {
    for (const char* key : {"organization.name", "assessment.date"})
      if (!first_.count(key))
        diags_.error({file_, 0}, bilingual("expected a row with the id '{}' ({}), found none",
                                           "id が '{}'（{}）の行が必要ですが、見つかりません", key,
                                           std::string_view(key) == "assessment.date"
                                               ? LocalizedText{"YYYY-MM-DD の形の評価日", "the assessment date, YYYY-MM-DD"}
                                               : LocalizedText{"組織名", "the organisation's name"}));
  }

  void read_answer(const std::string& key, const Value& id, const load::CsvRow& r) {
    Answer a;
    a.question = key;
    a.origin = id.at();
    Value answer = get(r, col_answer), na = get(r, col_na), alternative = get(r, col_alternative);
    Value comment = get(r, col_comment), evidence = get(r, col_evidence);
    using Given = std::pair<Column, const Value*>;
    std::vector<Given> given;  // one is allowed
    for (auto [c, v] : {Given{col_answer, &answer}, Given{col_na, &na}, Given{col_alternative, &alternative}})
      if (!v->empty()) given.emplace_back(c, v);
    if (given.empty()) return unanswered(key, comment, evidence);
    if (given.size() > 1) {
      diags_.error(given[1].second->at(),
                   bilingual("the answer to '{}' has both '{}' and '{}'; give one",
                             "'{}' の回答が '{}' 列と '{}' 列の両方に書かれています。どちらか一方にしてください", key,
                             kColumns[given[0].first], kColumns[given[1].first]));
      return;
    }
    a.value_origin = given[0].second->at();
    if (!na.empty()) {
      a.form = AnswerForm::not_applicable;
      a.na_reason = std::string(na.text);
    } else if (!alternative.empty()) {
      a.form = AnswerForm::alternative;
      a.alternative = std::string(alternative.text);
    } else if (!read_value(answer, a)) {
      return;
    }
    a.comment = std::string(comment.text);
    a.evidence = evidence_items(evidence.text);
    out_.answers.push_back(std::move(a));
  }

  // A comment or evidence on a question left unanswered would be lost without a word.
  void unanswered(const std::string& key, const Value& comment, const Value& evidence) {
    const Value& v = comment.empty() ? evidence : comment;
    if (v.empty()) return;
    diags_.warning(v.at(), bilingual("the {} of '{}' is not kept: the question has no answer yet; write the "
                                     "answer, or unknown, in the 'answer' column",
                                     "'{1}' の{0}は保存されません。この質問にはまだ回答がありません。'answer' 列に"
                                     "回答か unknown を書いてください",
                                     comment.empty() ? LocalizedText{"証跡", "evidence"}
                                                     : LocalizedText{"コメント", "comment"},
                                     key));
  }

  static std::vector<std::string> evidence_items(std::string_view text) {
    std::vector<std::string> out;
    for (const Piece& p : split({text, 0}, U"\r\n"))
      if (!p.text.empty()) out.emplace_back(p.text);
    return out;
  }

  RawScalar scalar(const Value& v, const Piece& p) const { return {std::string(p.text), false, false, v.at(p.at)}; }

  bool read_value(const Value& v, Answer& a) {
    if (v.text == "unknown" || v.text == "?" || v.text == "？") {
      a.form = AnswerForm::dont_know;
      return true;
    }
    const Question* q = checklist_.find(a.question);
    if (q && q->type == QuestionType::multi_choice) return read_list(v, a);
    if (q && q->type == QuestionType::date) return read_date(v, a);
    if (q && q->type == QuestionType::number && (starts_with(v.text, "at_least:") || starts_with(v.text, "at_most:")))
      return read_range(v, a);
    a.raw.push_back(scalar(v, {v.text, 0}));
    return true;
  }

  bool read_date(const Value& v, Answer& a) {
    std::optional<std::string> date = slashed_date(v.text);
    if (!date) {
      a.raw.push_back(scalar(v, {v.text, 0}));
      return true;
    }
    if (!dates::parse_period(*date)) {
      diags_.error(v.at(), bilingual("expected a date (YYYY-MM-DD, YYYY/MM/DD, YYYY-MM or YYYY) for '{}', "
                                     "found '{}': {}",
                                     "'{}' には日付（YYYY-MM-DD、YYYY/MM/DD、YYYY-MM、YYYY のいずれか）が必要ですが、"
                                     "'{}' が書かれています。{}",
                                     a.question, v.text, dates::period_problem(*date)));
      return false;
    }
    a.raw.push_back({*date, false, false, v.at()});
    return true;
  }

  // "[a, b]" or "a, b" (commas, semicolons or line breaks between); "[]" for none.
  void items(const Value& v, Piece p, std::vector<RawScalar>& into) {
    if (p.text.size() >= 2 && p.text.front() == '[' && p.text.back() == ']')
      p = trimmed(p.text.substr(1, p.text.size() - 2), p.at + 1);
    for (const Piece& item : split(p, U",;\n、，；"))
      if (!item.text.empty()) into.push_back(scalar(v, item));
  }

  bool read_list(const Value& v, Answer& a) {
    a.is_list = true;
    if (!starts_with(v.text, "has:") && !starts_with(v.text, "lacks:")) {
      items(v, {v.text, 0}, a.raw);
      return true;
    }
    a.is_partial = true;
    bool ok = true, has = false, lacks = false;
    for (const Piece& part : split({v.text, 0}, U";；")) {
      if (part.text.empty()) continue;
      bool is_has = starts_with(part.text, "has:"), is_lacks = starts_with(part.text, "lacks:");
      if (!is_has && !is_lacks) {
        diags_.error(v.at(part.at), bilingual("expected 'has:' or 'lacks:' before the choices of each part of the "
                                              "answer to '{}', found '{}'",
                                              "'{}' の回答では、';' で区切った各部分の選択肢の前に 'has:' か 'lacks:' "
                                              "が必要ですが、'{}' が書かれています",
                                              a.question, part.text));
        ok = false;
        continue;
      }
      bool& seen = is_has ? has : lacks;
      if (seen) {
        diags_.error(v.at(part.at), bilingual("'{}' is given twice in the answer to '{}'; list its choices once",
                                              "'{1}' の回答に '{0}' が二度書かれています。その選択肢は一か所にまとめて"
                                              "書いてください",
                                              is_has ? "has:" : "lacks:", a.question));
        ok = false;
        continue;
      }
      seen = true;
      size_t label = is_has ? 4 : 6;
      items(v, trimmed(part.text.substr(label), part.at + label), is_has ? a.raw : a.lacks);
    }
    return ok;
  }

  // "at_least: 30; at_most: 60", either part or both: what is known of a number.
  bool read_range(const Value& v, Answer& a) {
    a.is_range = true;
    bool ok = true;
    for (const Piece& part : split({v.text, 0}, U";；")) {
      if (part.text.empty()) continue;
      bool is_least = starts_with(part.text, "at_least:"), is_most = starts_with(part.text, "at_most:");
      if (!is_least && !is_most) {
        diags_.error(v.at(part.at), bilingual("expected 'at_least:' or 'at_most:' before each number of the "
                                              "answer to '{}', found '{}'",
                                              "'{}' の回答では、各数値の前に 'at_least:' か 'at_most:' が必要ですが、"
                                              "'{}' が書かれています",
                                              a.question, part.text));
        ok = false;
        continue;
      }
      std::optional<RawScalar>& bound = is_least ? a.at_least : a.at_most;
      if (bound) {
        diags_.error(v.at(part.at), bilingual("'{}' is given twice in the answer to '{}'; give it once",
                                              "'{1}' の回答に '{0}' が二度書かれています。一度だけにしてください",
                                              is_least ? "at_least:" : "at_most:", a.question));
        ok = false;
        continue;
      }
      size_t label = is_least ? 9 : 8;
      bound = scalar(v, trimmed(part.text.substr(label), part.at + label));
    }
    return ok;
  }

  std::shared_ptr<const Source> file_;
  const Checklist& checklist_;
  Diagnostics& diags_;
  Answers out_;
  std::vector<int> columns_;  // kColumns[i] is cell columns_[i] of a row, or -1
  size_t header_cells_ = 0;
  std::map<std::string, Origin> first_;  // id → its first row's id cell
};

}  // namespace

std::optional<Answers> load_answers_csv(const std::shared_ptr<const Source>& file, const Checklist& checklist,
                                        Diagnostics& diags) {
  int errors_before = diags.error_count();
  CsvAnswersReader reader(file, checklist, diags);
  bool read = reader.read();
  if (!read || diags.error_count() > errors_before) return std::nullopt;
  return reader.take();
}

}  // namespace tenken
