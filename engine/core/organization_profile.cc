// The sector and size lists; see organization_profile.h.
#include "tenken/organization_profile.h"

#include "tenken/utf8.h"

namespace tenken {

const std::vector<Sector>& sectors() {
  static const std::vector<Sector> list = {
      {"information_communications", {"情報通信", "Information and communications"}},
      {"finance", {"金融", "Finance"}},
      {"aviation", {"航空", "Aviation"}},
      {"airport", {"空港", "Airports"}},
      {"railway", {"鉄道", "Railways"}},
      {"electricity", {"電力", "Electricity"}},
      {"gas", {"ガス", "Gas"}},
      {"government", {"政府・行政サービス（地方公共団体を含む）", "Government and administrative services (local governments included)"}},
      {"medical", {"医療", "Medical"}},
      {"water", {"水道", "Water"}},
      {"logistics", {"物流", "Logistics"}},
      {"chemicals", {"化学", "Chemicals"}},
      {"credit", {"クレジット", "Credit cards"}},
      {"oil", {"石油", "Oil"}},
      {"port", {"港湾", "Ports"}},
      {"other", {"その他", "Other"}},
  };
  return list;
}

const std::vector<SizeBand>& size_bands() {
  static const std::vector<SizeBand> list = {
      {"under_100", {"100人未満", "Fewer than 100 staff"}},
      {"100_to_999", {"100〜999人", "100 to 999 staff"}},
      {"1000_to_9999", {"1,000〜9,999人", "1,000 to 9,999 staff"}},
      {"10000_or_more", {"10,000人以上", "10,000 staff or more"}},
  };
  return list;
}

namespace {

template <class List>
const typename List::value_type* find_id(const List& list, std::string_view id) {
  for (const auto& e : list)
    if (e.id == id) return &e;
  return nullptr;
}

// As compared with the lists: letters in lower case, full-width forms (Ａ, １, ～) as ASCII, the
// wave dash 〜 as ~, and no spaces or digit-group commas, so that `Medical`, `ＭＥＤＩＣＡＬ`,
// `100～999人` and `1000〜9999人` are all found.
std::string folded(std::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size();) {
    char32_t c = utf8::decode(text, i);
    if (c >= U'！' && c <= U'～') c -= U'！' - U'!';
    else if (c == U'〜') c = U'~';
    if (c == U' ' || c == U'\u3000' || c == U',') continue;
    if (c >= U'A' && c <= U'Z') c += U'a' - U'A';
    out += utf8::encode(c);
  }
  return out;
}

// Whether `written` (folded) is the entry's id or name, a name's note in parentheses left out or not.
template <class Entry>
bool is_named(const Entry& e, const std::string& written) {
  if (folded(e.id) == written) return true;
  for (const std::string* name : {&e.name.ja, &e.name.en}) {
    std::string n = folded(*name);
    if (n == written) return true;
    size_t note = n.find('(');
    if (note != std::string::npos && note > 0 && n.back() == ')' && n.substr(0, note) == written) return true;
  }
  return false;
}

template <class List>
const typename List::value_type* find_named(const List& list, std::string_view written) {
  std::string f = folded(written);
  for (const auto& e : list)
    if (is_named(e, f)) return &e;
  return nullptr;
}

}  // namespace

const Sector* sector_named(std::string_view written) { return find_named(sectors(), written); }
const SizeBand* size_band_named(std::string_view written) { return find_named(size_bands(), written); }

const Sector* find_sector(std::string_view id) { return find_id(sectors(), id); }
const SizeBand* find_size_band(std::string_view id) { return find_id(size_bands(), id); }

}  // namespace tenken
