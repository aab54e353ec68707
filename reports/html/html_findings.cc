// One rule of the HTML report as a <details> element (html_finding in html_page.h). The summary
// line is what a reader scans: severity, state, title, rule id and category, and a mark when the
// rule's waiver has expired. Opened, it shows what the terminal report shows for a gap (why, what
// to do, the cases, the answers) and what an auditor asks next: the evidence to ask for, where
// each answer sits in the answer file, the waiver and where it was written, and the references
// to NIST CSF 2.0, ISO/IEC 27001 and CIS Controls. All text is escaped (html_escape).
#include <fmt/format.h>

#include <algorithm>
#include <string>
#include <vector>

#include "common/findings.h"
#include "common/messages.h"
#include "html/html_page.h"
#include "tenken/frameworks.h"
#include "tenken/reports/escape.h"

namespace tenken {
namespace {

std::string field(Msg label, Lang lang, std::string_view body, std::string_view cls = "") {
  if (body.empty()) return "";
  return fmt::format("<div{}><dt>{}</dt><dd>{}</dd></div>\n",
                     cls.empty() ? "" : fmt::format(" class=\"{}\"", cls),
                     html_escape(bare_label(label, lang)), body);
}

std::string summary_line(const Result& r, const RuleResult& rule, Lang lang) {
  std::string expired;
  if (rule.waiver && rule.waiver->status == WaiverStatus::expired)
    expired = fmt::format(" <span class=\"tag waiver-expired\">{} {}</span>",
                          html_escape(message(Msg::label_waiver, lang)),
                          waiver_status_name(WaiverStatus::expired, lang));
  return fmt::format(
      "<summary><span class=\"badges\">{}{}</span><span class=\"heading\">"
      "<span class=\"title\">{}</span><span class=\"sub\"><code class=\"rule-id\">{}</code>"
      "<span class=\"category\">{}</span>{}</span></span></summary>\n",
      html_severity_badge(rule.severity, lang), html_state_badge(counted_state(rule), lang),
      html_escape(rule.texts->title.in(lang)), html_escape(rule.rule),
      html_escape(category_title(r, rule.category, lang)), expired);
}

std::string result_line(const RuleResult& rule, Lang lang) {
  return html_escape(state_text(rule, lang)) + "<span class=\"sep\"> · </span>" +
         html_escape(say(Msg::severity_value, lang, severity_name(rule.severity, lang), rule.weight));
}

std::string list(const std::vector<std::string>& items, std::string_view cls) {
  if (items.empty()) return "";
  std::string out = fmt::format("<ul class=\"{}\">", cls);
  for (const std::string& item : items) out += "\n<li>" + item + "</li>";
  return out + "\n</ul>";
}

std::string needed_questions(const Result& r, const RuleResult& rule, Lang lang) {
  std::vector<std::string> items;
  for (const std::string& q : rule.needs)
    items.push_back(html_escape(needed_question_text(r, rule, q, lang)));
  return list(items, "questions");
}

std::string answer_row(const Result& r, const AnswerUsed& a, Lang lang) {
  std::string answer =
      a.status == AnswerStatus::answered
          ? fmt::format("<span class=\"value\">{}</span>", html_escape(answer_value(r, a, lang)))
          : fmt::format("<span class=\"status\">{}</span>", answer_status_name(a.status, lang));
  for (const std::string* reason : {&a.na_reason, &a.alternative})
    if (!reason->empty()) answer += fmt::format(" <span class=\"reason\">{}</span>", html_escape(*reason));
  std::string notes = html_paragraphs(a.comment);
  if (!a.evidence.empty()) {
    std::vector<std::string> files;
    for (const std::string& e : a.evidence) files.push_back(html_escape(e));
    notes += fmt::format("<div class=\"attached\"><span>{}</span>{}</div>",
                         html_escape(message(Msg::html_attached, lang)), list(files, "files"));
  }
  return fmt::format(
      "\n<tr><th scope=\"row\"><code>{}</code></th><td>{}</td><td>{}</td>"
      "<td class=\"num\">{}</td></tr>",
      html_escape(a.question), answer, notes, a.line > 0 ? std::to_string(a.line) : "");
}

std::string answers_table(const Result& r, const RuleResult& rule, Lang lang) {
  std::vector<const AnswerUsed*> shown = answers_shown(rule);
  if (shown.empty()) return "";
  std::string out = fmt::format(
      "<table class=\"answers\"><thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th>"
      "<th scope=\"col\">{}</th><th scope=\"col\" class=\"num\">{}</th></tr></thead><tbody>",
      message(Msg::html_column_question, lang), message(Msg::html_column_answer, lang),
      message(Msg::html_column_notes, lang), message(Msg::html_column_line, lang));
  for (const AnswerUsed* a : shown) out += answer_row(r, *a, lang);
  return out + "\n</tbody></table>";
}

std::string cases(const Result& r, const RuleResult& rule, Lang lang) {
  std::vector<std::string> items;
  for (const std::string& id : rule.texts->cases) {
    const CaseSummary* c = find_case(r, id);
    // Told once, in the report's list of cases; a finding links to it.
    std::string item = c ? fmt::format("<a href=\"#case-{0}\"><span class=\"case-id\">{0}</span></a>", html_escape(id))
                         : fmt::format("<span class=\"case-id\">{}</span>", html_escape(id));
    if (c) item += fmt::format(" <span class=\"case-title\">{}</span>", html_escape(c->title.in(lang)));
    items.push_back(item);
  }
  return list(items, "cases");
}

std::string waiver(const RuleWaiver& w, Lang lang) {
  std::string origin;
  if (!w.origin.empty())
    origin = fmt::format(" <span class=\"origin\">{}</span>",
                         html_escape(say(Msg::html_waiver_origin, lang, w.origin)));
  return fmt::format("<span class=\"tag waiver-{}\">{}</span> {}{}", format_as(w.status),
                     waiver_status_name(w.status, lang), html_escape(waiver_text(w, lang)), origin);
}

// In the order of frameworks() (CSF 2.0, ISO/IEC 27001, CIS Controls), then any other key.
std::string references(const RuleResult& rule) {
  std::vector<std::string> items;
  auto add = [&](const std::string& name, const std::vector<std::string>& ids) {
    std::string text;
    for (const std::string& id : ids) text += (text.empty() ? "" : ", ") + html_escape(id);
    items.push_back(fmt::format("<span class=\"framework\">{}</span> {}", html_escape(name), text));
  };
  for (const ReferenceGroup& g : reference_groups(rule.texts->refs)) add(g.framework, g.ids);
  return list(items, "refs");
}

}  // namespace

std::string html_paragraphs(std::string_view text) {
  std::string out, paragraph;
  auto end_paragraph = [&] {
    if (!paragraph.empty()) out += "<p>" + paragraph + "</p>";
    paragraph.clear();
  };
  for (size_t start = 0; start <= text.size();) {
    size_t end = std::min(text.find('\n', start), text.size());
    std::string_view line = text.substr(start, end - start);
    if (line.ends_with('\r')) line.remove_suffix(1);
    if (line.find_first_not_of(" \t") == std::string_view::npos)
      end_paragraph();
    else
      paragraph += (paragraph.empty() ? "" : "<br>") + html_escape(line);
    start = end + 1;
  }
  end_paragraph();
  return out;
}

std::string html_finding(const Result& r, const RuleResult& rule, Lang lang, bool open) {
  auto text = [&](const LocalizedText& t) { return html_paragraphs(t.in(lang)); };
  std::string body =
      field(Msg::label_state, lang, result_line(rule, lang)) +
      field(Msg::label_why, lang, text(rule.texts->rationale)) +
      field(Msg::label_todo, lang, text(rule.texts->recommendation), "todo") +
      field(Msg::label_evidence, lang, text(rule.texts->evidence)) +
      field(Msg::label_questions, lang, needed_questions(r, rule, lang), "needs") +
      field(Msg::label_answers, lang, answers_table(r, rule, lang)) +
      field(Msg::label_cases, lang, cases(r, rule, lang)) +
      (rule.waiver ? field(Msg::label_waiver, lang, waiver(*rule.waiver, lang), "waiver") : "") +
      field(Msg::label_references, lang, references(rule));
  return fmt::format(
      "<li id=\"rule-{}\" class=\"finding\" data-state=\"{}\" data-severity=\"{}\" "
      "data-category=\"{}\">"
      "<details{}>\n{}<dl class=\"fields\">\n{}</dl></details></li>\n",
      html_escape(rule.rule), format_as(counted_state(rule)), format_as(rule.severity),
      html_escape(rule.category), open ? " open" : "", summary_line(r, rule, lang), body);
}

}  // namespace tenken
