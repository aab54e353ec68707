// The text every diff format shares (diff_text.h).
#include "diff/diff_text.h"

#include <fmt/format.h>

#include <cmath>

namespace tenken {

const std::vector<DiffSection>& diff_sections() {
  static const std::vector<DiffSection> kSections = {
      {Change::resolved, Msg::diff_resolved_heading},   {Change::new_gap, Msg::diff_new_heading},
      {Change::regressed, Msg::diff_regressed_heading}, {Change::still_open, Msg::diff_still_open_heading},
      {Change::now_unknown, Msg::diff_now_unknown_heading}, {Change::removed, Msg::diff_removed_heading}};
  return kSections;
}

namespace {

std::string side(const std::optional<State>& state, bool waived, Lang lang) {
  if (!state) return message(Msg::diff_not_in_library, lang);
  std::string name = state_name(*state, lang);
  return waived ? say(Msg::state_waived, lang, name) : name;
}

}  // namespace

std::string state_change_text(const RuleChange& c, Lang lang) {
  std::string text = say(Msg::diff_state_change, lang, side(c.old_state, c.old_waived, lang), side(c.new_state, c.new_waived, lang));
  if (!c.old_rule.empty()) text += message(Msg::list_separator, lang) + say(Msg::diff_was_named, lang, c.old_rule);
  return text;
}

std::string score_text(const std::optional<double>& score) {
  return score ? fmt::format("{:.1f}", *score) : "-";
}

std::string score_delta_text(const ScoreChange& s) {
  if (!s.old_score || !s.new_score) return "-";
  double delta = std::round((*s.new_score - *s.old_score) * 10) / 10;
  return delta > 0 ? fmt::format("+{:.1f}", delta) : fmt::format("{:.1f}", delta == 0 ? 0.0 : delta);
}

std::vector<ScoreLine> score_lines(const ResultDiff& d, Lang lang) {
  std::vector<ScoreLine> lines = {{message(Msg::diff_overall, lang), d.score}};
  if (d.score_after_waivers.old_score != d.score.old_score || d.score_after_waivers.new_score != d.score.new_score)
    lines.push_back({message(Msg::diff_overall_after_waivers, lang), d.score_after_waivers});
  for (const ScoreChange& s : d.categories) lines.push_back({s.title.in(lang), s});
  return lines;
}

std::string changes_text(const ResultDiff& d, Lang lang) {
  return say(Msg::diff_changes_value, lang, changes_of(d, Change::resolved).size(),
             changes_of(d, Change::new_gap).size(), changes_of(d, Change::regressed).size(),
             changes_of(d, Change::still_open).size(), changes_of(d, Change::now_unknown).size());
}

}  // namespace tenken
