// The stylesheet and the script of tenken's HTML pages (html_page.h), as raw string literals.
//
// The look: a white report on a light grey page, system fonts only (Japanese fonts first for
// lang="ja", with strict line breaking), severities and states in colours that keep their
// contrast on white, and a print stylesheet that turns the page into a clean document: A4, black
// text on white, no controls, every finding shown and open, no break right after a heading.
//
// The script: closes the findings (written open for readers without script), shows the filter
// form and applies it (state, severity, category, words; "Showing 12 of 80"; reset to the
// choices the page was written with), opens and closes
// all, follows links to hidden findings, opens everything before printing and puts "/" on the
// search box. It reads only data-* attributes and element ids, holds no text, and is the same
// for every Result, so the Content-Security-Policy can name it by hash.
#include "html/html_page.h"

namespace tenken {
namespace {

constexpr std::string_view kStyle = R"css(
:root{--ink:#1c2430;--muted:#5b6675;--line:#d9dee5;--wash:#f3f5f8;--accent:#1f3a5f;--accent-soft:#8fb0d6;
--critical:#7f1d1d;--high:#c2410c;--medium:#a16207;--low:#1d4ed8;--info:#64748b;--fail:#b91c1c;
--mono:ui-monospace,SFMono-Regular,Menlo,Consolas,"Liberation Mono",monospace}
*{box-sizing:border-box}
[hidden]{display:none!important}
html{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,"Hiragino Sans","Noto Sans CJK JP",sans-serif;
font-size:15px;line-height:1.6;color:var(--ink);background:var(--wash);-webkit-text-size-adjust:100%}
html:lang(ja){font-family:"Hiragino Sans","Hiragino Kaku Gothic ProN","BIZ UDPGothic",Meiryo,"Yu Gothic",
"Noto Sans CJK JP","Noto Sans JP",system-ui,sans-serif;line-height:1.75;line-break:strict;word-break:normal;overflow-wrap:anywhere}
body{margin:0}
code{font-family:var(--mono);font-size:.86em}
a{color:var(--accent)}
:focus-visible{outline:3px solid #f59e0b;outline-offset:2px}
.report{max-width:1120px;margin:0 auto;padding:28px 24px 40px}
h1,h2{line-height:1.35;margin:0}
h2{font-size:1.2rem;margin-bottom:12px}
.report-header{background:#fff;border:1px solid var(--line);border-top:6px solid var(--accent);border-radius:8px;padding:20px 26px}
.eyebrow{margin:0;color:var(--muted);font-size:.85rem;font-weight:600;letter-spacing:.03em}
h1{font-size:1.75rem;margin:2px 0 14px}
.facts{display:grid;grid-template-columns:repeat(auto-fill,minmax(210px,1fr));gap:10px 28px;margin:0}
.facts div{min-width:0}.facts .wide{grid-column:1/-1}
.facts dt{font-size:.78rem;color:var(--muted);font-weight:600}
.facts dd{margin:0;overflow-wrap:anywhere}
.summary{margin:18px 0}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(190px,1fr));gap:14px}
.card{background:#fff;border:1px solid var(--line);border-radius:8px;padding:14px 18px}
.card.score{border-top:4px solid var(--accent)}
.card.alert{border-top:4px solid var(--fail)}.card.alert .big{color:var(--fail)}
.card-label{margin:0;font-size:.85rem;color:var(--muted);font-weight:600}
.big{margin:2px 0;font-size:2.2rem;font-weight:700;line-height:1.15;font-variant-numeric:tabular-nums}
.big small{font-size:1.1rem;margin-left:2px;color:var(--muted)}
.caption{margin:0;font-size:.82rem;color:var(--muted)}
.state-counts{margin-top:14px}
.state-counts ul{list-style:none;display:flex;flex-wrap:wrap;gap:8px;padding:0;margin:6px 0 0}
.state-counts a{display:inline-flex;align-items:center;gap:6px;padding:3px 12px 3px 4px;border:1px solid var(--line);
border-radius:999px;background:#fff;color:inherit;text-decoration:none;font-variant-numeric:tabular-nums}
.state-counts a:hover{border-color:var(--accent)}
.panel,#findings{background:#fff;border:1px solid var(--line);border-radius:8px;padding:18px 24px;margin:18px 0}
.hint{margin:-6px 0 12px;color:var(--muted);font-size:.88rem}
.badge{display:inline-block;font-size:.74rem;font-weight:700;line-height:1.55;padding:0 8px;border-radius:4px;
border:1px solid transparent;white-space:nowrap;text-align:center}
.badge.sev-critical{background:var(--critical);color:#fff}.badge.sev-high{background:var(--high);color:#fff}
.badge.sev-medium{background:var(--medium);color:#fff}.badge.sev-low{background:var(--low);color:#fff}
.badge.sev-info{background:var(--info);color:#fff}
.state-fail{background:#fde8e8;color:#9b1c1c;border-color:#f3b4b4}
.state-unknown{background:#fef3c7;color:#7c4a03;border-color:#efd185}
.state-notchecked{background:#ede9fe;color:#5b21b6;border-color:#cdc1fa}
.state-waived{background:#d5f5ef;color:#115e59;border-color:#94dccf}
.state-pass{background:#dcfce7;color:#166534;border-color:#a5dfb8}
.state-notapplicable{background:#f1f5f9;color:#475569;border-color:#d3dae3}
.state-error{background:#1f2937;color:#fff}
rect.sev-critical,.swatch.sev-critical{fill:var(--critical);background:var(--critical)}
rect.sev-high,.swatch.sev-high{fill:var(--high);background:var(--high)}
rect.sev-medium,.swatch.sev-medium{fill:var(--medium);background:var(--medium)}
rect.sev-low,.swatch.sev-low{fill:var(--low);background:var(--low)}
rect.sev-info,.swatch.sev-info{fill:var(--info);background:var(--info)}
.severity-bar{display:block;width:100%;height:28px;border-radius:4px}
.severity-bar .track{fill:#eef1f5}
.severity-bar rect+rect{stroke:#fff;stroke-width:2px;vector-effect:non-scaling-stroke}
.legend{list-style:none;display:flex;flex-wrap:wrap;gap:4px 22px;padding:0;margin:10px 0 0;font-variant-numeric:tabular-nums}
.swatch{display:inline-block;width:12px;height:12px;border-radius:2px;margin-right:6px;vertical-align:-1px}
figure{margin:0 0 16px}
.score-chart{display:block;width:100%;max-width:900px;height:auto}
.score-chart text{font-size:13px;fill:var(--ink)}
.score-chart .axis line{stroke:#e1e6ec}.score-chart .axis text{font-size:11px;fill:var(--muted)}
.score-chart .bar.first{fill:var(--accent)}.score-chart .bar.second{fill:var(--accent-soft)}
.score-chart .value{font-weight:600;font-variant-numeric:tabular-nums}
.score-chart .not-scored{fill:var(--muted);font-style:italic}
.radar{display:flex;flex-direction:column;align-items:center;margin-bottom:22px}
.radar-chart{display:block;width:100%;max-width:700px;height:auto}
.radar-chart text{font-size:12px;fill:var(--ink)}
.radar-chart .ring,.radar-chart .spoke{fill:none;stroke:#dde2e8}.radar-chart .ring.outer{stroke:#aeb8c5}
.radar-chart .tick{font-size:10px;fill:var(--muted)}
.radar-area{stroke-linejoin:round}
.radar-area.first{fill:var(--accent);fill-opacity:.18;stroke:var(--accent);stroke-width:2}
.radar-area.second{fill:var(--accent-soft);fill-opacity:.15;stroke:#5f7896;stroke-width:1.6;stroke-dasharray:6 4}
.radar-series.first .radar-dot{fill:var(--accent);stroke:#fff;stroke-width:1.5}
.radar-series.second .radar-dot{fill:#fff;stroke:#5f7896;stroke-width:1.5}
.radar-legend{justify-content:center;margin:4px 0 0}
.radar-legend .key{display:inline-block;width:28px;margin-right:8px;vertical-align:middle;border-top:2px solid var(--accent)}
.radar-legend .key.second{border-top:2px dashed #5f7896}
.radar figcaption{max-width:700px;font-size:.85rem;color:var(--muted)}
.radar figcaption p{margin:6px 0 0}
.radar-none{color:var(--muted);font-size:.9rem;margin:0 0 12px}
table{border-collapse:collapse;width:100%;font-size:.9rem;overflow-wrap:break-word}
th,td{border-bottom:1px solid var(--line);padding:6px 10px;text-align:left;vertical-align:top}
thead th{font-size:.78rem;color:var(--muted);font-weight:600;border-bottom:2px solid var(--line)}
tbody th{font-weight:500}
.table-wrap{overflow-x:auto}
.num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
.filters{display:flex;flex-wrap:wrap;align-items:center;gap:10px 28px;background:var(--wash);border-radius:8px;padding:14px 18px;margin:0 0 10px}
.filters fieldset{flex-basis:100%;display:flex;flex-wrap:wrap;align-items:center;gap:6px 8px;border:0;margin:0;padding:0;min-width:0}
.filters legend,.field label{float:left;width:6.5em;padding:0;font-size:.85rem;font-weight:600;color:var(--muted)}
.check{display:inline-flex;align-items:center;gap:5px;padding:2px 10px 2px 6px;border:1px solid var(--line);border-radius:999px;background:#fff;cursor:pointer}
.check:has(input:not(:checked)){opacity:.6}
.check input{margin:0;accent-color:var(--accent)}
.check .n{font-size:.8rem;color:var(--muted);font-variant-numeric:tabular-nums}
.field{display:flex;align-items:center;gap:0}
.field.search{flex:1 1 22em}
select,input[type=search],button{font:inherit;font-size:.9rem;color:var(--ink);border:1px solid #b6c0cc;border-radius:6px;background:#fff}
select,input[type=search]{padding:5px 10px;min-width:14em}
input[type=search]{flex:1;max-width:34em}
.actions{flex-basis:100%;display:flex;flex-wrap:wrap;gap:8px}
button{padding:4px 12px;cursor:pointer}
button:hover{background:#e9eef5}
.shown-count{margin:4px 0 8px;font-size:.88rem;color:var(--muted);font-variant-numeric:tabular-nums}
.no-match{padding:16px;text-align:center;color:var(--muted)}
.findings{list-style:none;margin:0;padding:0}
.finding{border:1px solid var(--line);border-left:5px solid var(--line);border-radius:6px;margin:8px 0;background:#fff}
.finding[data-state=fail]{border-left-color:#dc2626}.finding[data-state=unknown]{border-left-color:#d99a06}
.finding[data-state=notchecked]{border-left-color:#7c3aed}.finding[data-state=waived]{border-left-color:#0d9488}
.finding[data-state=pass]{border-left-color:#16a34a}.finding[data-state=error]{border-left-color:#1f2937}
.finding summary{display:flex;gap:12px;align-items:flex-start;padding:9px 14px;cursor:pointer;list-style:none}
.finding summary::-webkit-details-marker{display:none}
.finding summary::before{content:"";flex:0 0 auto;margin-top:8px;border:5px solid transparent;border-left:7px solid var(--muted);border-right:0;transition:transform .15s}
.finding details[open]>summary::before{transform:rotate(90deg)}
.finding summary:hover .title{text-decoration:underline}
.badges{flex:0 0 12.5em;display:flex;flex-wrap:wrap;gap:4px;padding-top:2px}
:lang(ja) .badges{flex-basis:8.5em}
.heading{display:flex;flex-direction:column;min-width:0}
.title{font-weight:600}
.sub{display:flex;flex-wrap:wrap;align-items:baseline;gap:2px 12px;font-size:.82rem;color:var(--muted)}
.rule-id{font-size:.8rem}
.tag{display:inline-block;font-size:.74rem;font-weight:700;padding:0 6px;border-radius:4px;border:1px solid;line-height:1.5;white-space:nowrap}
.waiver-expired{color:var(--fail);border-color:#f3b4b4;background:#fef2f2}
.waiver-active{color:#115e59;border-color:#94dccf;background:#effbf8}
.waiver-not_needed{color:var(--muted);border-color:var(--line);background:var(--wash)}
.fields{display:grid;grid-template-columns:9em minmax(0,1fr);gap:10px 18px;margin:0;padding:12px 18px 16px;border-top:1px solid var(--line)}
.fields>div{display:contents}
.fields dt{font-size:.85rem;font-weight:600;color:var(--muted);padding-top:1px}
.fields dd{margin:0;min-width:0}
.fields p{margin:0 0 .5em}.fields p:last-child{margin-bottom:0}
.fields .todo>dd{background:#eef4fb;border-left:3px solid var(--accent);padding:8px 12px;border-radius:0 6px 6px 0}
.fields .needs>dd{background:#fffbeb;border-left:3px solid #d99a06;padding:8px 12px;border-radius:0 6px 6px 0}
.fields .waiver .origin{color:var(--muted);font-size:.82rem}
.fields ul{margin:0;padding-left:1.2em}
.fields .cases,.fields .refs{list-style:none;padding:0}
.cases li+li{margin-top:8px}
.case-id{font-family:var(--mono);font-size:.8rem;background:var(--wash);border-radius:4px;padding:1px 6px}
.case-title{font-weight:600}
.cases p{margin:2px 0 0;color:var(--muted);font-size:.9rem}
.framework{font-weight:600;margin-right:6px}
.answers{font-size:.86rem}
.answers th,.answers td{padding:4px 8px}
.answers .value{font-weight:600}
.answers .status{color:#7c4a03;font-weight:600;white-space:nowrap}
.answers .reason{color:var(--muted)}
.answers p{margin:0}
.attached{display:flex;gap:6px;color:var(--muted)}
.attached .files{list-style:none;padding:0;color:var(--ink)}
.questions{margin:0;padding-left:1.4em}
.questions li{margin:10px 0}
.question-text{display:block}
.question-rules{display:block;font-size:.85rem;color:var(--muted)}
.questions .decides{font-weight:600;margin-left:4px}
.plan .executive{margin:0 0 10px;max-width:60em}
.plan h3{margin:14px 0 6px;font-size:1rem}
.actions-plan{margin:0;padding-left:1.6em}
.actions-plan li{margin:6px 0}
.action-text{font-weight:600}
.action-rules{display:block;font-size:.85rem;color:var(--muted)}
.case-list{margin:0}
.case-list dt{font-weight:600;margin-top:10px}
.case-list dd{margin:2px 0 0;color:var(--muted)}
.case-list dd p{margin:2px 0}
.report-footer{margin-top:24px;text-align:center;font-size:.8rem;color:var(--muted)}
@media (max-width:700px){
.report{padding:14px 10px}.report-header,.panel,#findings{padding:14px}
.finding summary{flex-wrap:wrap}.badges{flex-basis:100%}
.fields{grid-template-columns:1fr;gap:2px}.fields dd{margin-bottom:10px}
.answers thead{display:none}.answers tr{display:block;border-bottom:1px solid var(--line);padding:4px 0}
.answers th,.answers td{display:block;border:0;padding:1px 0;text-align:left}}
@media print{
@page{size:A4;margin:14mm 13mm 16mm}
html{font-size:9pt;background:#fff;color:#000;--ink:#000;--muted:#333;--line:#aaa;--wash:#fff}
html:lang(ja){line-height:1.6}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
.report{max-width:none;padding:0}
.filters,.shown-count,.no-match,#findings>.hint{display:none!important}
.finding[hidden]{display:block!important}
.report-header,.card,.panel,#findings{border:0;border-radius:0;padding:0;background:#fff}
.report-header{border-top:3pt solid #000;padding-top:8pt}
.card{border:1px solid #999;padding:6pt 10pt}.card.score,.card.alert{border-top:3pt solid #000}
.card.alert .big{color:#000}
.cards{grid-template-columns:repeat(auto-fit,minmax(90pt,1fr));gap:8pt}
.badges{flex:0 0 auto}
.state-counts a{border-color:#999}
#findings{break-before:page}
h2{break-after:avoid}
.finding{border-color:#999;border-left-width:3pt;border-radius:0;margin:0 0 8pt;break-inside:auto}
.finding summary{padding:4pt 8pt;break-after:avoid}
.finding summary::before{display:none}
.fields{grid-template-columns:6.5em minmax(0,1fr);gap:5pt 12pt;padding:6pt 8pt 8pt;break-before:avoid}
.fields dt,.fields dd{break-inside:avoid}
.fields .todo>dd,.fields .needs>dd{background:#fff}
tr,.questions li,.cases li,.actions-plan li,.case-list>div,figure{break-inside:avoid}
.radar-chart{max-width:150mm}
a{color:#000;text-decoration:none}
.report-footer{margin-top:12pt}}
@media print{details::details-content{content-visibility:visible;display:block}}
)css";

constexpr std::string_view kScript = R"js(
(function () {
  "use strict";
  var each = function (nodes, f) { Array.prototype.forEach.call(nodes, f); };
  var fold = function (text) { return (text || "").normalize("NFKC").toLowerCase(); };

  // Written open for readers without script; closed here, opened by the reader.
  each(document.querySelectorAll(".findings details[open]"), function (d) { d.open = false; });

  // Printing shows every finding, open; those it opened close again afterwards.
  var opened = [];
  window.addEventListener("beforeprint", function () {
    each(document.querySelectorAll("details:not([open])"), function (d) { d.open = true; opened.push(d); });
  });
  window.addEventListener("afterprint", function () {
    opened.forEach(function (d) { d.open = false; });
    opened = [];
  });

  each(document.querySelectorAll("form[data-list]"), function (form) {
    var list = document.getElementById(form.getAttribute("data-list"));
    var count = document.getElementById(form.getAttribute("data-count"));
    var empty = document.getElementById(form.getAttribute("data-empty"));
    if (!list) return;
    var items = Array.prototype.slice.call(list.children);
    var texts = items.map(function (item) { return fold(item.textContent); });
    var search = form.elements.search, category = form.elements.category;

    function chosen(name) {
      var out = {};
      each(form.querySelectorAll("input[name='" + name + "']"), function (box) {
        if (box.checked) out[box.value] = true;
      });
      return out;
    }
    function apply() {
      var states = chosen("state"), severities = chosen("severity");
      var where = category ? category.value : "";
      var words = fold(search ? search.value : "").split(/\s+/).filter(Boolean);
      var shown = 0;
      items.forEach(function (item, n) {
        var match = states[item.dataset.state] && severities[item.dataset.severity] &&
            (!where || item.dataset.category === where) &&
            words.every(function (word) { return texts[n].indexOf(word) >= 0; });
        item.hidden = !match;
        if (match) shown++;
      });
      if (count) count.textContent = count.dataset.template
          .replace("{shown}", shown).replace("{total}", items.length);
      if (empty) empty.hidden = shown > 0;
    }
    function choose(state) {
      each(form.querySelectorAll("input[type=checkbox]"), function (box) {
        box.checked = box.name !== "state" || !state || box.value === state;
      });
      if (category) category.value = "";
      if (search) search.value = "";
      apply();
    }
    // A finding the filters hide is shown (with every rule) before it is opened.
    function reveal(id) {
      var item = id && document.getElementById(id);
      if (!item || item.parentNode !== list) return;
      if (item.hidden) choose("");
      var details = item.querySelector("details");
      if (details) details.open = true;
    }

    form.addEventListener("input", apply);
    form.addEventListener("change", apply);
    form.addEventListener("submit", function (e) { e.preventDefault(); });
    each(form.querySelectorAll("[data-reset]"), function (b) {
      b.addEventListener("click", function () { form.reset(); apply(); });
    });
    each(form.querySelectorAll("[data-show-all]"), function (b) {
      b.addEventListener("click", function () { choose(""); });
    });
    each(form.querySelectorAll("[data-open-all], [data-close-all]"), function (b) {
      b.addEventListener("click", function () {
        var open = b.hasAttribute("data-open-all");
        each(list.querySelectorAll("details"), function (d) { d.open = open; });
      });
    });
    each(document.querySelectorAll("a[data-show-state]"), function (a) {
      a.addEventListener("click", function () { choose(a.dataset.showState); });
    });
    document.addEventListener("click", function (e) {
      var a = e.target.closest ? e.target.closest("a[href^='#']") : null;
      if (a) reveal(decodeURIComponent(a.getAttribute("href").slice(1)));
    });
    document.addEventListener("keydown", function (e) {
      var typing = /^(INPUT|SELECT|TEXTAREA)$/.test(document.activeElement.tagName);
      if (e.key === "/" && !typing && search && !e.ctrlKey && !e.metaKey && !e.altKey) {
        e.preventDefault();
        search.focus();
      }
    });

    form.hidden = false;
    apply();
    reveal(decodeURIComponent(location.hash.slice(1)));
  });
})();
)js";

}  // namespace

std::string_view html_style() { return kStyle; }
std::string_view html_script() { return kScript; }

}  // namespace tenken
