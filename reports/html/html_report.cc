// The HTML gap report (render_html): one self-contained page an operator hands to management or
// an auditor. It opens with who was assessed and the headline numbers (score, coverage, gaps,
// questions open), then the gaps by severity and the score per category as inline SVG (a radar,
// with the previous assessment's when RenderOptions::previous is given, and bars), then every
// rule as an expandable finding, and last the questions still to answer.
//
// The page works without script: every finding is written open and visible, and the filter form
// is hidden. The page's script (html_page.h, the same bytes for every Result) closes the findings
// and shows the form, whose initial choices (the `checked` attributes) give the default view:
// the gaps and what is still open, most severe first. The filters read data-* attributes only.
// Every text from the Result is escaped; the layout and the print stylesheet are in html_assets.cc.
#include <fmt/format.h>

#include <algorithm>
#include <initializer_list>
#include <string>
#include <utility>
#include <vector>

#include "common/findings.h"
#include "common/messages.h"
#include "common/priorities.h"
#include "html/html_page.h"
#include "tenken/diff.h"
#include "tenken/reports/escape.h"
#include "tenken/reports/render.h"

namespace tenken {
namespace {

// The order of the findings and of the state filter: what to act on first.
constexpr State kStateOrder[] = {State::fail,  State::unknown, State::notchecked,   State::waived,
                                 State::error, State::pass,    State::notapplicable};
constexpr Severity kSeverityOrder[] = {Severity::critical, Severity::high, Severity::medium,
                                       Severity::low, Severity::info};

// Shown by default: what someone still has to act on.
bool open_item(State s) {
  return s == State::fail || s == State::unknown || s == State::notchecked || s == State::error;
}

struct Html : Speaker {
  const Result& r;
  std::string out;
  const Result* previous = nullptr;  // the previous assessment, drawn on the radar too

  int count(State s) const { return r.summary.counts[static_cast<int>(s)]; }
  bool any_waiver() const {
    return r.summary.waivers.any();
  }
};

void write_header(Html& h) {
  const Result& r = h.r;
  bool named = !r.organization.name.empty();
  h.out += "<header class=\"report-header\">\n";
  if (named)
    h.out += fmt::format("<p class=\"eyebrow\">{}</p>\n", html_escape(h.say(Msg::report_title)));
  h.out += fmt::format("<h1>{}</h1>\n<dl class=\"facts\">\n",
                       html_escape(named ? r.organization.name : h.say(Msg::report_title)));
  // The scope, often a sentence, takes a whole row.
  struct Fact {
    Msg label;
    std::string text;
    bool wide;
  };
  for (const Fact& f :
       {Fact{Msg::sector, r.organization.sector, false},
        Fact{Msg::assessment_date, format_date(r.assessment.date, h.lang), false},
        Fact{Msg::assessor, r.assessment.assessor, false},
        Fact{Msg::scope, r.assessment.scope, true}, Fact{Msg::answers_file, file_name_of(r.answers_path), false},
        Fact{Msg::waivers_file, file_name_of(r.waivers_path), false}})
    if (!f.text.empty())
      h.out += fmt::format("<div{}><dt>{}</dt><dd>{}</dd></div>\n", f.wide ? " class=\"wide\"" : "",
                           h.say(f.label), html_escape(f.text));
  h.out += "</dl>\n</header>\n";
}

// A headline number: its label, the number (markup) and a caption line or two.
void card(Html& h, std::string_view cls, Msg label, std::string_view big,
          const std::vector<std::string>& captions) {
  h.out +=
      fmt::format("<div class=\"card {}\"><p class=\"card-label\">{}</p><p class=\"big\">{}</p>",
                  cls, h.say(label), big);
  for (const std::string& caption : captions)
    h.out += fmt::format("<p class=\"caption\">{}</p>", html_escape(caption));
  h.out += "</div>\n";
}

// The number of gaps of each severity, critical first.
std::vector<std::pair<Severity, int>> gaps_by_severity(const Result& r) {
  std::vector<const RuleResult*> gaps = rules_in(r, State::fail);
  std::vector<std::pair<Severity, int>> counts;
  for (Severity s : kSeverityOrder)
    counts.push_back(
        {s, static_cast<int>(std::count_if(
                gaps.begin(), gaps.end(), [s](const RuleResult* g) { return g->severity == s; }))});
  return counts;
}

// "critical 3, high 7": the severities that have gaps.
std::string severity_counts_text(const Html& h) {
  std::vector<std::string> parts;
  for (const auto& [severity, n] : gaps_by_severity(h.r))
    if (n > 0) parts.push_back(fmt::format("{} {}", severity_name(severity, h.lang), n));
  return joined(parts, h.lang);
}

void write_summary(Html& h) {
  const Summary& s = h.r.summary;
  const Coverage& c = s.coverage;
  ScoreView v = score_view(h.r);
  h.out += "<section class=\"summary\">\n<div class=\"cards\">\n";
  // The score of what the answers decide, and the XCCDF score beside it, each saying what it is;
  // no score at all while too little is answered.
  std::vector<std::string> captions;
  if (v.known) captions.push_back(h.say(Msg::score_known_value, *v.known, v.decided));
  if (!v.enough_answered)
    card(h, "score", Msg::score, "–", {h.say(Msg::score_not_enough, v.coverage, kMinCoverageToScore)});
  else if (v.known)
    card(h, "score", Msg::score_known, fmt::format("{:.1f}", *v.known), captions);
  if (v.enough_answered && v.xccdf)
    card(h, "score", Msg::score_all, fmt::format("{:.1f}", *v.xccdf), {h.say(Msg::score_all_value, *v.xccdf, v.unknown)});
  if (v.enough_answered && s.waivers.active > 0)
    if (std::optional<double> after = overall_score(s, true))
      card(h, "score", Msg::score_after_waivers, fmt::format("{:.1f}", *after),
           {std::string(h.say(Msg::waivers_summary)) + " " +
            h.say(Msg::waivers_summary_value, s.waivers.active, s.waivers.expired, s.waivers.not_needed)});
  std::vector<std::string> coverage = {h.say(Msg::html_coverage_caption, c.asked, c.answered, c.not_applicable,
                                            c.dont_know, c.unanswered)};
  if (c.quick_pass)
    coverage.push_back(std::string(h.say(Msg::quick_pass)) + ": " + h.say(Msg::quick_pass_value, c.quick_questions));
  card(h, "coverage", Msg::coverage, fmt::format("{:.1f}<small>%</small>", c.percent), coverage);
  card(h, h.count(State::fail) > 0 ? "gaps alert" : "gaps", Msg::html_gaps,
       std::to_string(h.count(State::fail)),
       {h.count(State::fail) > 0 ? severity_counts_text(h) : h.say(Msg::no_gaps)});
  card(h, "open", Msg::html_needs_answer, std::to_string(h.count(State::unknown)),
       {h.say(Msg::html_questions_caption, h.r.questions_needed.size())});
  h.out += fmt::format("</div>\n<div class=\"state-counts\"><p class=\"card-label\">{}</p><ul>",
                       h.say(Msg::html_rules_by_state));
  for (State st : kStateOrder)
    h.out += fmt::format("\n<li><a href=\"#findings\" data-show-state=\"{}\">{} <b>{}</b></a></li>",
                         format_as(st), html_state_badge(st, h.lang), h.count(st));
  h.out += "\n</ul></div>\n</section>\n";
}

// The summary in sentences and the few actions that close the most serious gaps.
void write_plan(Html& h) {
  h.out += fmt::format("<section id=\"plan\" class=\"panel plan\">\n<h2>{}</h2>\n<p class=\"executive\">{}</p>\n",
                       h.say(Msg::summary_heading), html_escape(executive_summary(h.r, h.lang)));
  std::vector<PlannedAction> plan = action_plan(h.r);
  if (!plan.empty()) {
    h.out += fmt::format("<h3>{}</h3>\n<ol class=\"actions-plan\">\n", h.say(Msg::plan_heading));
    size_t shown = std::min(plan.size(), kPlanItems);
    for (size_t i = 0; i < shown; ++i) {
      const PlannedAction& a = plan[i];
      std::vector<std::string> rules;
      for (const RuleResult* rule : a.rules)
        rules.push_back(fmt::format("<a href=\"#rule-{0}\">{0}</a>", html_escape(rule->rule)));
      h.out += fmt::format("<li data-action=\"{}\">{} <span class=\"action-text\">{}</span>"
                           "<span class=\"action-rules\">{} {}</span></li>\n",
                           html_escape(a.id), html_severity_badge(a.severity, h.lang), html_escape(a.text.in(h.lang)),
                           h.say(Msg::plan_closes),
                           joined(rules, h.lang));
    }
    h.out += "</ol>\n";
    if (plan.size() > shown) {
      size_t gaps = 0;
      for (size_t i = shown; i < plan.size(); ++i) gaps += plan[i].rules.size();
      h.out += fmt::format("<p class=\"hint\">{}</p>\n", html_escape(h.say(Msg::plan_more, plan.size() - shown, gaps)));
    }
  }
  h.out += "</section>\n";
}

void write_severity(Html& h) {
  h.out += fmt::format("<section id=\"severity\" class=\"panel\">\n<h2>{}</h2>\n",
                       h.say(Msg::html_gaps_by_severity));
  if (h.count(State::fail) == 0) {
    h.out += fmt::format("<p>{}</p>\n</section>\n", h.say(Msg::no_gaps));
    return;
  }
  std::vector<std::pair<Severity, int>> counts = gaps_by_severity(h.r);
  std::string label =
      h.say(Msg::html_label_value, h.say(Msg::html_gaps_by_severity), severity_counts_text(h));
  h.out += svg_severity_bar(counts, label, h.lang) + html_severity_legend(counts, h.lang) +
           "</section>\n";
}

void write_category_table(Html& h) {
  bool waivers = h.any_waiver();
  std::string head = fmt::format("<th scope=\"col\">{}</th><th scope=\"col\" class=\"num\">{}</th>",
                                 h.say(Msg::column_category), h.say(Msg::column_score));
  if (waivers)
    head += fmt::format("<th scope=\"col\" class=\"num\">{}</th>", h.say(Msg::score_after_waivers));
  head += fmt::format("<th scope=\"col\" class=\"num\">{}</th>", h.say(Msg::column_weight));
  std::vector<State> states = {State::pass, State::fail, State::unknown};
  if (waivers) states.push_back(State::waived);
  for (State st : states)
    head += fmt::format("<th scope=\"col\" class=\"num\">{}</th>", state_name(st, h.lang));
  h.out += fmt::format("<div class=\"table-wrap\"><table class=\"category-table\">"
                       "<thead><tr>{}</tr></thead><tbody>\n",
                       head);
  for (const CategoryScore& c : h.r.summary.categories) {
    std::string row = fmt::format("<th scope=\"row\">{}</th><td class=\"num\">{}</td>",
                                  html_escape(c.title.in(h.lang)),
                                  c.weight_scored > 0 ? fmt::format("{:.1f}", c.score) : "–");
    if (waivers)
      row += fmt::format(
          "<td class=\"num\">{}</td>",
          c.weight_scored_after_waivers > 0 ? fmt::format("{:.1f}", c.score_after_waivers) : "–");
    row += fmt::format("<td class=\"num\">{:g}/{:g}</td>", c.weight_met, c.weight_scored);
    for (State st : states)
      row += fmt::format("<td class=\"num\">{}</td>", c.counts[static_cast<int>(st)]);
    h.out += "<tr>" + row + "</tr>\n";
  }
  h.out += "</tbody></table></div>\n";
}

// The category scores as a radar, the previous assessment's dashed under this one's when there is
// one: categories matched by id (diff_results), in this Result's order, then those only the
// previous one has.
void write_radar(Html& h) {
  std::vector<RadarAxis> axes;
  RadarChartText text{h.say(Msg::html_radar_title), "", ""};
  if (!h.previous) {
    for (const CategoryScore& c : h.r.summary.categories)
      axes.push_back({c.category, c.title.in(h.lang), score_of(c), std::nullopt});
  } else {
    for (const ScoreChange& s : diff_results(*h.previous, h.r).categories)
      axes.push_back({s.category, s.title.in(h.lang), s.new_score, s.old_score});
    text.first = h.say(Msg::html_radar_now, format_date(h.r.assessment.date, h.lang));
    text.second = h.say(Msg::html_radar_previous, format_date(h.previous->assessment.date, h.lang));
  }
  h.out += html_radar_chart("category-radar", axes, text, h.lang);
}

void write_categories(Html& h) {
  const std::vector<CategoryScore>& categories = h.r.summary.categories;
  if (categories.empty()) return;
  // The scores after waivers are drawn only when an active waiver changed one.
  bool differs = false;
  std::vector<ScoreRow> rows;
  for (const CategoryScore& c : categories) {
    ScoreRow row{c.title.in(h.lang), std::nullopt, std::nullopt};
    if (c.weight_scored > 0) row.first = c.score;
    if (c.weight_scored_after_waivers > 0) row.second = c.score_after_waivers;
    differs |= h.r.summary.waivers.active > 0 && row.first != row.second;
    rows.push_back(row);
  }
  ScoreChartText text{h.say(Msg::html_category_chart), h.say(Msg::html_before_waivers),
                      differs ? h.say(Msg::score_after_waivers) : "", h.say(Msg::html_not_scored)};
  h.out += fmt::format("<section id=\"categories\" class=\"panel\">\n<h2>{}</h2>\n",
                       h.say(Msg::by_category));
  write_radar(h);
  h.out += "<figure>" + svg_score_chart("category-chart", rows, text, h.lang) + "</figure>\n";
  write_category_table(h);
  h.out += "</section>\n";
}

void checkbox(Html& h, const char* name, const char* value, std::string_view label, int n,
              bool checked) {
  h.out += fmt::format(
      "<label class=\"check\"><input type=\"checkbox\" name=\"{}\" value=\"{}\"{}> {}{}</label>\n",
      name, value, checked ? " checked" : "", label,
      n < 0 ? "" : fmt::format(" <span class=\"n\">{}</span>", n));
}

void write_filters(Html& h) {
  h.out += "<form id=\"filters\" class=\"filters\" data-list=\"finding-list\" "
           "data-count=\"shown-count\" data-empty=\"no-match\" hidden>\n";
  h.out += fmt::format("<fieldset><legend>{}</legend>\n", bare_label(Msg::label_state, h.lang));
  // The default view: what is still open; every rule when nothing is.
  bool any_open = false;
  for (State st : kStateOrder) any_open |= open_item(st) && h.count(st) > 0;
  for (State st : kStateOrder)
    checkbox(h, "state", format_as(st), html_state_badge(st, h.lang), h.count(st),
             open_item(st) || !any_open);
  h.out += fmt::format("</fieldset>\n<fieldset><legend>{}</legend>\n",
                       bare_label(Msg::label_severity, h.lang));
  for (Severity s : kSeverityOrder)
    checkbox(h, "severity", format_as(s), html_severity_badge(s, h.lang), -1, true);
  h.out += fmt::format(
      "</fieldset>\n<div class=\"field\"><label for=\"filter-category\">{}</label>"
      "<select id=\"filter-category\" name=\"category\"><option value=\"\">{}</option>",
      bare_label(Msg::label_category, h.lang), h.say(Msg::html_all_categories));
  for (const CategoryScore& c : h.r.summary.categories)
    h.out += fmt::format("<option value=\"{}\">{}</option>", html_escape(c.category),
                         html_escape(c.title.in(h.lang)));
  h.out += fmt::format(
      "</select></div>\n<div class=\"field search\"><label for=\"filter-search\">{}</label>"
      "<input type=\"search\" id=\"filter-search\" name=\"search\" placeholder=\"{}\" "
      "autocomplete=\"off\"></div>\n<div class=\"actions\">"
      "<button type=\"button\" data-reset>{}</button>"
      "<button type=\"button\" data-show-all>{}</button>"
      "<button type=\"button\" data-open-all>{}</button>"
      "<button type=\"button\" data-close-all>{}</button></div>\n</form>\n",
      h.say(Msg::html_search), html_escape(h.say(Msg::html_search_placeholder)),
      h.say(Msg::html_reset), h.say(Msg::html_show_all), h.say(Msg::html_expand_all),
      h.say(Msg::html_collapse_all));
}

void write_findings(Html& h) {
  size_t total = h.r.rules.size();
  h.out += fmt::format("<section id=\"findings\">\n<h2>{}</h2>\n<p class=\"hint\">{}</p>\n",
                       h.say(Msg::html_findings_heading, total), h.say(Msg::html_findings_hint));
  write_filters(h);
  h.out += fmt::format(
      "<p id=\"shown-count\" class=\"shown-count\" role=\"status\" data-template=\"{}\">{}</p>\n",
      html_escape(h.say(Msg::html_shown_count, "{shown}", "{total}")),
      h.say(Msg::html_shown_count, total, total));
  h.out += "<ol id=\"finding-list\" class=\"findings\">\n";
  for (State st : kStateOrder)
    for (const RuleResult* rule : rules_in(h.r, st))
      h.out += html_finding(h.r, *rule, h.lang, true);
  h.out += fmt::format("</ol>\n<p id=\"no-match\" class=\"no-match\" hidden>{}</p>\n</section>\n",
                       h.say(Msg::html_no_match));
}

// Each question still to answer once, with the unknown rules that wait for it, those that decide
// the most first.
void write_questions(Html& h) {
  std::vector<DecidingQuestion> questions = deciding_questions(h.r);
  if (questions.empty()) return;
  h.out += fmt::format(
      "<section id=\"questions\" class=\"panel\">\n<h2>{}</h2>\n<p class=\"hint\">{}</p>\n"
      "<ol class=\"questions\">\n",
      h.say(Msg::questions_heading, questions.size(), rules_in(h.r, State::unknown).size()),
      h.say(Msg::html_questions_intro));
  for (const DecidingQuestion& d : questions) {
    std::vector<std::string> rules;
    for (const RuleResult* rule : d.rules)
      rules.push_back(fmt::format("<a href=\"#rule-{0}\">{0}</a>", html_escape(rule->rule)));
    std::string count = d.rules.size() == 1 ? h.say(Msg::question_needed_by_one)
                                            : h.say(Msg::question_needed_by, d.rules.size());
    h.out += fmt::format(
        "<li data-question=\"{0}\" data-rules=\"{1}\">{2} <code>{0}</code> <b class=\"decides\">{3}</b>"
        "<span class=\"question-text\">{4}</span><span class=\"question-rules\">{5} {6}</span></li>\n",
        html_escape(d.question->question), d.rules.size(), html_severity_badge(d.severity, h.lang), html_escape(count),
        html_escape(needed_question_detail(h.r, *d.rules.front(), d.question->question, h.lang)),
        h.say(Msg::label_rules), joined(rules, h.lang));
  }
  h.out += "</ol>\n</section>\n";
}

// Each case behind a gap or an open question, told once; findings link here.
void write_cases(Html& h) {
  std::vector<const CaseSummary*> cases;
  for (const CaseSummary& c : h.r.cases())
    for (const RuleResult& rule : h.r.rules)
      if (std::find(rule.texts->cases.begin(), rule.texts->cases.end(), c.id) != rule.texts->cases.end()) {
        cases.push_back(&c);
        break;
      }
  if (cases.empty()) return;
  h.out += fmt::format("<section id=\"cases\" class=\"panel\">\n<h2>{}</h2>\n<dl class=\"case-list\">\n",
                       h.say(Msg::cases_heading, cases.size()));
  for (const CaseSummary* c : cases)
    h.out += fmt::format("<div id=\"case-{0}\"><dt><span class=\"case-id\">{0}</span> {1}</dt><dd>{2}</dd></div>\n",
                         html_escape(c->id), html_escape(c->title.in(h.lang)), html_paragraphs(c->summary.in(h.lang)));
  h.out += "</dl>\n</section>\n";
}

}  // namespace

std::string render_html(const Result& r, const RenderOptions& o) {
  Html h{{o.lang}, r, {}, o.previous};
  std::string title =
      r.organization.name.empty()
          ? h.say(Msg::report_title)
          : h.say(Msg::html_page_title, h.say(Msg::report_title), r.organization.name);
  h.out = html_head(title, o.lang) + "<main class=\"report\">\n";
  write_header(h);
  write_summary(h);
  write_plan(h);
  write_severity(h);
  write_categories(h);
  write_findings(h);
  write_questions(h);
  write_cases(h);
  h.out += fmt::format("<footer class=\"report-footer\">{}</footer>\n</main>\n",
                       html_escape(h.say(Msg::html_generated_by, r.tool_version)));
  return h.out + html_foot();
}

}  // namespace tenken
