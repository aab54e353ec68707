// The Markdown form of a comparison (render_diff_markdown), for the annual report to management:
// the score table, then one table per kind of change. Written with the gap report's Markdown
// writer (markdown_doc.h), so it has the same padded tables and bold labels. Every text from the
// Results is escaped.
#include <string>
#include <vector>

#include "diff/diff_text.h"
#include "markdown/markdown_doc.h"
#include "tenken/reports/escape.h"
#include "tenken/reports/render_diff.h"

namespace tenken {
namespace {

using md::Doc;

void write_header(Doc& doc, const ResultDiff& d) {
  doc.heading(1, doc.say(Msg::diff_title));
  doc.field(Msg::organization, markdown_escape(d.new_organization.name));
  doc.field(Msg::diff_before,
            markdown_escape(doc.say(Msg::diff_assessment_value, format_date(d.old_date, doc.lang), d.old_path)));
  doc.field(Msg::diff_now,
            markdown_escape(doc.say(Msg::diff_assessment_value, format_date(d.new_date, doc.lang), d.new_path)));
  doc.field(Msg::diff_changes, markdown_escape(changes_text(d, doc.lang)));
}

void write_scores(Doc& doc, const ResultDiff& d) {
  std::vector<std::vector<std::string>> rows = {{doc.say(Msg::column_category), doc.say(Msg::diff_before),
                                                 doc.say(Msg::diff_now), doc.say(Msg::diff_column_change)}};
  for (const auto& [name, s] : score_lines(d, doc.lang))
    rows.push_back({markdown_escape(name), score_text(s.old_score), score_text(s.new_score), score_delta_text(s)});
  doc.heading(2, doc.say(Msg::diff_score_heading));
  doc.table(rows);
}

void write_section(Doc& doc, const ResultDiff& d, const std::vector<const RuleChange*>& rules, Msg heading) {
  if (rules.empty()) return;
  std::vector<std::vector<std::string>> rows = {{bare_label(Msg::label_severity, doc.lang), doc.say(Msg::diff_column_rule),
                                                 bare_label(Msg::label_category, doc.lang), doc.say(Msg::diff_changes)}};
  for (const RuleChange* c : rules)
    rows.push_back({severity_name(c->severity, doc.lang),
                    markdown_escape(c->rule) + " — " + markdown_escape(c->title.in(doc.lang)),
                    markdown_escape(category_title(d, c->category, doc.lang)),
                    markdown_escape(state_change_text(*c, doc.lang))});
  doc.heading(2, doc.say(heading, rules.size()));
  doc.table(rows, rows[0].size());  // all text
}

}  // namespace

std::string render_diff_markdown(const ResultDiff& d, const RenderOptions& o) {
  Doc doc(o.lang);
  write_header(doc, d);
  write_scores(doc, d);
  for (const DiffSection& s : diff_sections()) write_section(doc, d, changes_of(d, s.change), s.heading);
  write_section(doc, d, renamed_rules(d), Msg::diff_renamed_heading);
  return doc.take();
}

}  // namespace tenken
