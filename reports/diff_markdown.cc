// The Markdown form of a comparison (render_diff_markdown), for the annual report to management:
// the score table, then one table per kind of change. Every text from the Results is escaped.
#include <fmt/format.h>

#include "reports/escape.h"
#include "reports/render_diff.h"

namespace tenken {
namespace {

void write_header(std::string& out, const ResultDiff& d, Lang lang) {
  out += fmt::format("# {}\n\n", say(Msg::diff_title, lang));
  auto row = [&](Msg m, const std::string& value) {
    out += fmt::format("- **{}**: {}\n", bare_label(m, lang), markdown_escape(value));
  };
  row(Msg::organization, d.new_organization.name);
  row(Msg::diff_before, say(Msg::diff_assessment_value, lang, format_date(d.old_date, lang), d.old_path));
  row(Msg::diff_now, say(Msg::diff_assessment_value, lang, format_date(d.new_date, lang), d.new_path));
  row(Msg::diff_changes,
      say(Msg::diff_changes_value, lang, changes_of(d, Change::resolved).size(), changes_of(d, Change::new_gap).size(),
          changes_of(d, Change::regressed).size(), changes_of(d, Change::still_open).size(),
          changes_of(d, Change::now_unknown).size()));
}

void write_scores(std::string& out, const ResultDiff& d, Lang lang) {
  out += fmt::format("\n## {}\n\n| {} | {} | {} | {} |\n|---|---:|---:|---:|\n", say(Msg::diff_score_heading, lang),
                     bare_label(Msg::column_category, lang), bare_label(Msg::diff_before, lang), bare_label(Msg::diff_now, lang),
                     bare_label(Msg::diff_column_change, lang));
  auto row = [&](const std::string& name, const ScoreChange& s) {
    out += fmt::format("| {} | {} | {} | {} |\n", markdown_escape(name), score_text(s.old_score),
                       score_text(s.new_score), score_delta_text(s));
  };
  row(say(Msg::diff_overall, lang), d.score);
  if (d.score_after_waivers.old_score != d.score.old_score || d.score_after_waivers.new_score != d.score.new_score)
    row(say(Msg::diff_overall_after_waivers, lang), d.score_after_waivers);
  for (const ScoreChange& s : d.categories) row(s.title.in(lang), s);
}

void write_section(std::string& out, const ResultDiff& d, const std::vector<const RuleChange*>& rules,
                   Msg heading, Lang lang) {
  if (rules.empty()) return;
  out += fmt::format("\n## {}\n\n| {} | {} | {} | {} |\n|---|---|---|---|\n", say(heading, lang, rules.size()),
                     bare_label(Msg::label_severity, lang), bare_label(Msg::diff_column_rule, lang), bare_label(Msg::label_category, lang),
                     bare_label(Msg::diff_changes, lang));
  for (const RuleChange* c : rules) {
    std::string change = state_change_text(*c, lang);
    out += fmt::format("| {} | {} — {} | {} | {} |\n", severity_name(c->severity, lang),
                       markdown_escape(c->rule), markdown_escape(c->title.in(lang)),
                       markdown_escape(category_title(d, c->category, lang)), markdown_escape(change));
  }
}

}  // namespace

std::string render_diff_markdown(const ResultDiff& d, const RenderOptions& o) {
  std::string out;
  write_header(out, d, o.lang);
  write_scores(out, d, o.lang);
  for (const DiffSection& s : diff_sections()) write_section(out, d, changes_of(d, s.change), s.heading, o.lang);
  write_section(out, d, renamed_rules(d), Msg::diff_renamed_heading, o.lang);
  return out;
}

}  // namespace tenken
