// The terminal form of a comparison (render_diff_terminal): laid out like the gap report
// (term_page.h), wrapped at 100 columns.
#include <fmt/format.h>

#include "diff/diff_text.h"
#include "tenken/reports/render_diff.h"
#include "term/term_page.h"

namespace tenken {
namespace {

using namespace term;

void write_header(Page& page, const ResultDiff& d) {
  page.heading(page.say(Msg::diff_title), "=");
  page.line();
  std::vector<std::pair<Msg, std::string>> rows = {
      {Msg::organization, d.new_organization.name},
      {Msg::diff_before, page.say(Msg::diff_assessment_value, format_date(d.old_date, page.lang), d.old_path)},
      {Msg::diff_now, page.say(Msg::diff_assessment_value, format_date(d.new_date, page.lang), d.new_path)},
      {Msg::diff_changes, changes_text(d, page.lang)}};
  int column = 0;
  for (const auto& [label, text] : rows) column = std::max(column, layout::display_width(page.say(label)));
  for (const auto& [label, text] : rows) field(page, 0, page.say(label), text, column + 2);
}

void write_scores(Page& page, const ResultDiff& d) {
  page.line();
  page.heading(page.say(Msg::diff_score_heading));
  std::vector<std::vector<std::string>> rows = {{page.say(Msg::column_category), page.say(Msg::diff_before),
                                                 page.say(Msg::diff_now), page.say(Msg::diff_column_change)}};
  for (const auto& [name, s] : score_lines(d, page.lang))
    rows.push_back({layout::printable(name), score_text(s.old_score), score_text(s.new_score), score_delta_text(s)});
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
