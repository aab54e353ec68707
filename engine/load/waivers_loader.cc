// Loads a waivers file (waivers.h), YAML or CSV. Both forms are read into the same records of
// named fields with their positions, then checked the same way, so a CSV row and a YAML entry get
// the same messages.
#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <unordered_map>

#include "tenken/dates.h"
#include "load/csv_table.h"
#include "load/fields.h"
#include "load/yaml_document.h"
#include "tenken/waivers.h"

namespace tenken {
namespace {

const std::vector<std::string> kFields = {"rule", "justification", "approved_by", "expires"};

struct Field {
  std::string value;
  Origin origin;
};

// One waiver as written: its fields by name, and where it starts.
struct Record {
  Origin origin;
  std::map<std::string, Field> fields;

  const Field* get(const std::string& name) const {
    auto it = fields.find(name);
    return it == fields.end() ? nullptr : &it->second;
  }
};

std::string trimmed(std::string_view s) {
  size_t b = s.find_first_not_of(" \t\r\n"), e = s.find_last_not_of(" \t\r\n");
  return b == std::string_view::npos ? std::string() : std::string(s.substr(b, e - b + 1));
}

// A required field present and not blank; reports "missing" or "empty" otherwise.
const Field* required(const Record& r, const std::string& name, const LocalizedText& why, Diagnostics& diags) {
  const Field* f = r.get(name);
  if (!f)
    diags.error(r.origin, bilingual("missing '{}' in a waiver: give {}", "免除に '{}' がありません。{}を書いてください",
                                    name, why));
  else if (trimmed(f->value).empty())
    diags.error(f->origin, bilingual("expected {} in '{}', found an empty text", "'{1}' が空です。{0}を書いてください",
                                     why, name));
  else return f;
  return nullptr;
}

// The rule ids waived so far, each with its first waiver's index in Waivers::waivers: a file of
// many waivers is checked for repeats in one pass, not by comparing each with all before it.
using FirstWaiver = std::unordered_map<std::string, size_t>;

void check_record(const Record& r, Waivers& out, FirstWaiver& first, Diagnostics& diags) {
  Waiver w;
  w.origin = r.origin;
  const Field* rule = required(r, "rule", {"免除するルールの id", "the id of the rule it waives"}, diags);
  const Field* why =
      required(r, "justification", {"リスクを受け入れる理由", "the reason the risk is accepted"}, diags);
  if (const Field* by = r.get("approved_by")) w.approved_by = trimmed(by->value);
  if (const Field* until = r.get("expires"); until && !trimmed(until->value).empty()) {
    w.expires = trimmed(until->value);
    w.expires_origin = until->origin;
    if (!dates::parse_date(w.expires)) {
      diags.error(until->origin, bilingual("expected the expiry date as YYYY-MM-DD, found '{}': {}",
                                           "期限には YYYY-MM-DD の形の日付が必要ですが、'{}' が書かれています。{}",
                                           w.expires, dates::date_problem(w.expires)));
      return;
    }
  }
  if (!rule || !why) return;
  w.rule = trimmed(rule->value);
  w.rule_origin = rule->origin;
  w.justification = trimmed(why->value);
  auto [it, added] = first.try_emplace(w.rule, out.waivers.size());
  if (!added) {
    diags.error(rule->origin, bilingual("rule '{}' is waived twice (first at line {}); keep one waiver",
                                        "ルール '{}' が二度免除されています（最初は {} 行目）。免除は一つにしてください",
                                        w.rule, out.waivers[it->second].rule_origin.where().line));
    return;
  }
  out.waivers.push_back(std::move(w));
}

void read_yaml_entry(const yaml::Node& n, std::vector<Record>& out, Diagnostics& diags) {
  if (!load::expect_map(n, {"免除（rule、justification、approved_by、expires）",
                            "a waiver (rule, justification, approved_by, expires)"},
                        diags))
    return;
  load::MapReader reader(n, {"免除", "a waiver"}, diags, kFields);
  Record r{n.origin, {}};
  for (const std::string& name : kFields)
    if (const yaml::Node* v = reader.optional(name); v && load::expect_scalar(*v, load::key_named(name), diags))
      r.fields[name] = {v->value, v->origin};
  reader.finish();
  out.push_back(std::move(r));
}

bool read_yaml(const std::shared_ptr<const Source>& file, std::vector<Record>& out, Diagnostics& diags) {
  yaml::Document doc;
  if (!yaml::parse(file, doc, diags)) return false;
  if (!doc.root) {
    diags.error({file, 0}, {"免除ファイル（'waivers:' と免除のリスト）が必要ですが、ファイルが空です",
                            "expected a waivers file ('waivers:' and a list of waivers), found an empty file"});
    return false;
  }
  const LocalizedText waivers_file{"免除ファイル", "the waivers file"};
  if (!load::expect_map(*doc.root, waivers_file, diags)) return false;
  const yaml::Node* written = doc.root->get("waivers");
  load::MapReader reader(*doc.root, waivers_file, diags, {"waivers"});
  const yaml::Node* list = written ? reader.optional("waivers") : reader.required("waivers");
  reader.finish();
  if (written && !list) return true;  // `waivers:` with none yet
  if (!list) return false;
  if (!load::expect_list(*list, {"'waivers'（免除のリスト）", "'waivers' (a list of waivers)"}, diags)) return false;
  for (const yaml::Node* item : list->items) read_yaml_entry(*item, out, diags);
  return true;
}

bool read_csv(const std::shared_ptr<const Source>& file, std::vector<Record>& out, Diagnostics& diags) {
  std::vector<load::CsvRow> rows;
  if (!load::read_csv(file, rows, diags)) return false;
  if (rows.empty()) {
    diags.error({file, 0}, bilingual("expected a header row ({}), found an empty file",
                                     "見出し行（{}）が必要ですが、ファイルが空です",
                                     fmt::format("{}", fmt::join(kFields, ","))));
    return false;
  }
  const load::CsvRow& header = rows.front();
  bool ok = true;
  for (const load::CsvCell& c : header.cells)
    if (std::find(kFields.begin(), kFields.end(), trimmed(c.text)) == kFields.end()) {
      diags.error(c.origin, bilingual("unknown column '{}' in the header; expected {}{}",
                                      "見出しの '{}' という列は使えません。使える列は {} です{}", c.text,
                                      fmt::format("{}", fmt::join(kFields, ", ")),
                                      did_you_mean(trimmed(c.text), kFields)));
      ok = false;
    }
  std::vector<int> columns;  // of each of kFields
  if (!load::find_columns(header, kFields, columns, diags)) ok = false;
  for (size_t i = 1; ok && i < rows.size(); ++i) {
    const load::CsvRow& row = rows[i];
    if (row.cells.size() != header.cells.size()) {
      diags.error(row.origin, bilingual("expected {} fields as in the header, found {}",
                                        "見出し行と同じ {} 個の欄が必要ですが、この行には {} 個あります",
                                        header.cells.size(), row.cells.size()));
      continue;
    }
    Record r{row.origin, {}};
    for (size_t f = 0; f < kFields.size(); ++f)
      if (columns[f] >= 0) r.fields[kFields[f]] = {row.cells[columns[f]].text, row.cells[columns[f]].origin};
    out.push_back(std::move(r));
  }
  return ok;
}

bool is_csv(const std::string& path) {
  return path.size() >= 4 && std::equal(path.end() - 4, path.end(), ".csv", [](char a, char b) {
           return std::tolower(static_cast<unsigned char>(a)) == b;
         });
}

}  // namespace

std::optional<Waivers> load_waivers(const std::shared_ptr<const Source>& file, Diagnostics& diags) {
  int errors_before = diags.error_count();
  std::vector<Record> records;
  bool read = is_csv(file->path()) ? read_csv(file, records, diags) : read_yaml(file, records, diags);
  Waivers out;
  out.path = file->path();
  FirstWaiver first;
  for (const Record& r : records) check_record(r, out, first, diags);
  if (!read || diags.error_count() > errors_before) return std::nullopt;
  return out;
}

}  // namespace tenken
