// The diff formats' shared pieces (render_diff.h) and the terminal form of a comparison: laid out
// like the gap report (reports/page.h), wrapped at 100 columns.
#include <fmt/format.h>

#include <cmath>

#include "reports/page.h"
#include "reports/render_diff.h"

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
  if (!c.old_rule.empty())
    text += message(Msg::list_separator, lang) +
            say(Msg::diff_was_named, lang, c.old_rule);
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

namespace {

using namespace term;

void write_header(Page& page, const ResultDiff& d) {
  page.heading(page.say(Msg::diff_title), "=");
  page.line();
  std::vector<std::pair<Msg, std::string>> rows = {
      {Msg::organization, d.new_organization.name},
      {Msg::diff_before, page.say(Msg::diff_assessment_value, format_date(d.old_date, page.lang), d.old_path)},
      {Msg::diff_now, page.say(Msg::diff_assessment_value, format_date(d.new_date, page.lang), d.new_path)},
      {Msg::diff_changes,
       page.say(Msg::diff_changes_value, changes_of(d, Change::resolved).size(), changes_of(d, Change::new_gap).size(),
                changes_of(d, Change::regressed).size(), changes_of(d, Change::still_open).size(),
                changes_of(d, Change::now_unknown).size())}};
  int column = 0;
  for (const auto& [label, text] : rows) column = std::max(column, layout::display_width(page.say(label)));
  for (const auto& [label, text] : rows) field(page, 0, page.say(label), text, column + 2);
}

void write_scores(Page& page, const ResultDiff& d) {
  page.line();
  page.heading(page.say(Msg::diff_score_heading));
  std::vector<std::vector<std::string>> rows = {{page.say(Msg::column_category), page.say(Msg::diff_before),
                                                 page.say(Msg::diff_now), page.say(Msg::diff_column_change)}};
  auto add = [&](const std::string& name, const ScoreChange& s) {
    rows.push_back({layout::printable(name), score_text(s.old_score), score_text(s.new_score), score_delta_text(s)});
  };
  add(page.say(Msg::diff_overall), d.score);
  if (d.score_after_waivers.old_score != d.score.old_score || d.score_after_waivers.new_score != d.score.new_score)
    add(page.say(Msg::diff_overall_after_waivers), d.score_after_waivers);
  for (const ScoreChange& s : d.categories) add(s.title.in(page.lang), s);
  write_table(page, rows);
}

void write_rule(Page& page, const RuleChange& c, int column) {
  std::string tag = fmt::format("[{}]", severity_name(c.severity, page.lang));
  std::string plain = fmt::format("{} {}  ", tag, layout::printable(c.rule));
  std::string shown = fmt::format("{} {}  ", page.paint(tag, severity_colour(c.severity)),
                                  page.paint(layout::printable(c.rule), kBold));
  page.hanging(shown, layout::display_width(plain), c.title.in(page.lang), column);
  page.hanging(std::string(column, ' '), column, state_change_text(c, page.lang), column);
}

void write_section(Page& page, const std::vector<const RuleChange*>& rules, Msg heading) {
  if (rules.empty()) return;
  page.line();
  page.heading(page.say(heading, rules.size()));
  for (const RuleChange* c : rules) write_rule(page, *c, 2 * kIndent);
}

}  // namespace

std::string render_diff_terminal(const ResultDiff& d, const RenderOptions& o) {
  Page page(o);
  write_header(page, d);
  write_scores(page, d);
  for (const DiffSection& s : diff_sections()) write_section(page, changes_of(d, s.change), s.heading);
  write_section(page, renamed_rules(d), Msg::diff_renamed_heading);
  return page.take();
}

}  // namespace tenken
