// The sector list; see sectors.h.
#include "answering/interview/sectors.h"

namespace tenken::answering {

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

}  // namespace tenken::answering
