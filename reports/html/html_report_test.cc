// Tests of the HTML report: the whole page for the shared sample Result in English and Japanese
// (sample_result_test.h), with its head and Content-Security-Policy; the whole page with waivers
// and for a Result with nothing to report (their bodies in testdata/); escaping of a hostile
// Result; and the pieces the diff page reuses (paragraphs, charts).
#include <doctest/doctest.h>

#include <string>

#include "common/sample_result_test.h"
#include "html/html_page.h"
#include "tenken/reports/escape.h"
#include "tenken/reports/render.h"
#include "tenken/sha256.h"

namespace tenken {
namespace {

// The whole page around the report's body: the head, whose policy lets in only the page's own
// style and script (named by their hashes), the body, then the script. Every page has the same
// style and script, whatever the Result and the language.
std::string whole_page(const std::string& lang, const std::string& title, const std::string& body) {
  std::string csp = "default-src &#39;none&#39;; style-src &#39;sha256-" + sha256_base64(html_style()) +
                    "&#39;; script-src &#39;sha256-" + sha256_base64(html_script()) +
                    "&#39;; base-uri &#39;none&#39;; form-action &#39;none&#39;";
  return "<!DOCTYPE html>\n<html lang=\"" + lang + "\">\n<head>\n<meta charset=\"utf-8\">\n"
         "<meta http-equiv=\"Content-Security-Policy\" content=\"" + csp + "\">\n"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
         "<meta name=\"generator\" content=\"tenken\">\n"
         "<title>" + title + "</title>\n<style>" + std::string(html_style()) + "</style>\n</head>\n<body>\n" +
         body + "<script>" + std::string(html_script()) + "</script>\n</body>\n</html>\n";
}

size_t occurrences(const std::string& text, const std::string& part) {
  size_t n = 0;
  for (size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
  return n;
}

// Every rule is written open (readers without script see everything) and in the order of what
// to act on: fails by severity (the critical backup rule before the high access rule, whose id
// sorts first), unknown, not checked, then pass and not applicable. The filter form is hidden
// until the script shows it; its `checked` boxes are the default view. The skipped question
// remote.mfa_method is not among the answers; the uncatalogued case nisc-2016-01 shows its id
// alone. No waiver: no "after waivers" card, column or series.
constexpr const char* kSampleEn = R"html(<main class="report">
<header class="report-header">
<p class="eyebrow">tenken gap report</p>
<h1>みなと水道企業団</h1>
<dl class="facts">
<div><dt>Sector</dt><dd>water</dd></div>
<div><dt>Assessment date</dt><dd>1 April 2026</dd></div>
<div><dt>Assessor</dt><dd>山田 太郎</dd></div>
<div class="wide"><dt>Scope</dt><dd>浄水場の制御系と事務系ネットワーク</dd></div>
<div><dt>Answer file</dt><dd>answers/minato-2026.yaml</dd></div>
</dl>
</header>
<section class="summary">
<div class="cards">
<div class="card score"><p class="card-label">Score</p><p class="big">16.7</p><p class="caption">out of 100 (default model); flat 24.0</p></div>
<div class="card coverage"><p class="card-label">Coverage</p><p class="big">71.4<small>%</small></p><p class="caption">of 7 questions asked: 4 answered, 1 not applicable, 1 don&#39;t know, 1 unanswered</p></div>
<div class="card gaps alert"><p class="card-label">Gaps</p><p class="big">2</p><p class="caption">critical 1, high 1</p></div>
<div class="card open"><p class="card-label">Need an answer</p><p class="big">1</p><p class="caption">Questions still to answer: 1</p></div>
</div>
<div class="state-counts"><p class="card-label">Rules by result</p><ul>
<li><a href="#findings" data-show-state="fail"><span class="badge state-fail">fail</span> <b>2</b></a></li>
<li><a href="#findings" data-show-state="unknown"><span class="badge state-unknown">unknown</span> <b>1</b></a></li>
<li><a href="#findings" data-show-state="notchecked"><span class="badge state-notchecked">not checked</span> <b>1</b></a></li>
<li><a href="#findings" data-show-state="waived"><span class="badge state-waived">waived</span> <b>0</b></a></li>
<li><a href="#findings" data-show-state="error"><span class="badge state-error">error</span> <b>0</b></a></li>
<li><a href="#findings" data-show-state="pass"><span class="badge state-pass">pass</span> <b>1</b></a></li>
<li><a href="#findings" data-show-state="notapplicable"><span class="badge state-notapplicable">not applicable</span> <b>1</b></a></li>
</ul></div>
</section>
<section id="severity" class="panel">
<h2>Gaps by severity</h2>
<svg class="chart severity-bar" role="img" aria-label="Gaps by severity: critical 1, high 1" viewBox="0 0 1000 24" preserveAspectRatio="none"><rect class="track" x="0" y="0" width="1000" height="24"/>
<rect class="sev-critical" x="0" y="0" width="500" height="24"><title>critical: 1</title></rect>
<rect class="sev-high" x="500" y="0" width="500" height="24"><title>high: 1</title></rect>
</svg>
<ul class="legend">
<li><span class="swatch sev-critical" aria-hidden="true"></span>critical <b>1</b></li>
<li><span class="swatch sev-high" aria-hidden="true"></span>high <b>1</b></li>
<li><span class="swatch sev-medium" aria-hidden="true"></span>medium <b>0</b></li>
<li><span class="swatch sev-low" aria-hidden="true"></span>low <b>0</b></li>
<li><span class="swatch sev-info" aria-hidden="true"></span>info <b>0</b></li>
</ul>
</section>
<section id="categories" class="panel">
<h2>Score by category</h2>
<figure><svg class="chart score-chart" id="category-chart" role="img" aria-labelledby="category-chart-title category-chart-desc" viewBox="0 0 900 166" width="900" height="166">
<title id="category-chart-title">Score out of 100 by category</title><desc id="category-chart-desc">Backup and recovery: 0.0, Endpoints: not scored, Remote access: 50.0, Incident response: not scored, Public websites: 0.0</desc>
<g class="axis" aria-hidden="true"><line x1="157" y1="18" x2="157" y2="162"/><text x="157" y="12" text-anchor="middle">0</text><line x1="329" y1="18" x2="329" y2="162"/><text x="329" y="12" text-anchor="middle">25</text><line x1="502" y1="18" x2="502" y2="162"/><text x="502" y="12" text-anchor="middle">50</text><line x1="675" y1="18" x2="675" y2="162"/><text x="675" y="12" text-anchor="middle">75</text><line x1="848" y1="18" x2="848" y2="162"/><text x="848" y="12" text-anchor="middle">100</text></g>
<g class="row"><text class="label" x="147" y="40" text-anchor="end"><tspan x="147" dy="0">Backup and recovery</tspan></text><rect class="bar first" x="157" y="29" width="0.0" height="14" rx="2"/><text class="value" x="163.0" y="40">0.0</text></g>
<g class="row"><text class="label" x="147" y="68" text-anchor="end"><tspan x="147" dy="0">Endpoints</tspan></text><text class="not-scored" x="163" y="68">not scored</text></g>
<g class="row"><text class="label" x="147" y="96" text-anchor="end"><tspan x="147" dy="0">Remote access</tspan></text><rect class="bar first" x="157" y="85" width="345.5" height="14" rx="2"/><text class="value" x="508.5" y="96">50.0</text></g>
<g class="row"><text class="label" x="147" y="124" text-anchor="end"><tspan x="147" dy="0">Incident response</tspan></text><text class="not-scored" x="163" y="124">not scored</text></g>
<g class="row"><text class="label" x="147" y="152" text-anchor="end"><tspan x="147" dy="0">Public websites</tspan></text><rect class="bar first" x="157" y="141" width="0.0" height="14" rx="2"/><text class="value" x="163.0" y="152">0.0</text></g>
</svg>
</figure>
<div class="table-wrap"><table class="category-table"><thead><tr><th scope="col">Category</th><th scope="col" class="num">Score</th><th scope="col" class="num">Weight met/scored</th><th scope="col" class="num">pass</th><th scope="col" class="num">fail</th><th scope="col" class="num">unknown</th></tr></thead><tbody>
<tr><th scope="row">Backup and recovery</th><td class="num">0.0</td><td class="num">0/10</td><td class="num">0</td><td class="num">1</td><td class="num">0</td></tr>
<tr><th scope="row">Endpoints</th><td class="num">–</td><td class="num">0/0</td><td class="num">0</td><td class="num">0</td><td class="num">0</td></tr>
<tr><th scope="row">Remote access</th><td class="num">50.0</td><td class="num">6/12</td><td class="num">1</td><td class="num">1</td><td class="num">0</td></tr>
<tr><th scope="row">Incident response</th><td class="num">–</td><td class="num">0/0</td><td class="num">0</td><td class="num">0</td><td class="num">0</td></tr>
<tr><th scope="row">Public websites</th><td class="num">0.0</td><td class="num">0/3</td><td class="num">0</td><td class="num">0</td><td class="num">1</td></tr>
</tbody></table></div>
</section>
<section id="findings">
<h2>All rules (6)</h2>
<p class="hint">Gaps first, most severe first. Open a rule for why it matters, what to do and the answers behind it.</p>
<form id="filters" class="filters" data-list="finding-list" data-count="shown-count" data-empty="no-match" hidden>
<fieldset><legend>Result</legend>
<label class="check"><input type="checkbox" name="state" value="fail" checked> <span class="badge state-fail">fail</span> <span class="n">2</span></label>
<label class="check"><input type="checkbox" name="state" value="unknown" checked> <span class="badge state-unknown">unknown</span> <span class="n">1</span></label>
<label class="check"><input type="checkbox" name="state" value="notchecked" checked> <span class="badge state-notchecked">not checked</span> <span class="n">1</span></label>
<label class="check"><input type="checkbox" name="state" value="waived"> <span class="badge state-waived">waived</span> <span class="n">0</span></label>
<label class="check"><input type="checkbox" name="state" value="error" checked> <span class="badge state-error">error</span> <span class="n">0</span></label>
<label class="check"><input type="checkbox" name="state" value="pass"> <span class="badge state-pass">pass</span> <span class="n">1</span></label>
<label class="check"><input type="checkbox" name="state" value="notapplicable"> <span class="badge state-notapplicable">not applicable</span> <span class="n">1</span></label>
</fieldset>
<fieldset><legend>Severity</legend>
<label class="check"><input type="checkbox" name="severity" value="critical" checked> <span class="badge sev-critical">critical</span></label>
<label class="check"><input type="checkbox" name="severity" value="high" checked> <span class="badge sev-high">high</span></label>
<label class="check"><input type="checkbox" name="severity" value="medium" checked> <span class="badge sev-medium">medium</span></label>
<label class="check"><input type="checkbox" name="severity" value="low" checked> <span class="badge sev-low">low</span></label>
<label class="check"><input type="checkbox" name="severity" value="info" checked> <span class="badge sev-info">info</span></label>
</fieldset>
<div class="field"><label for="filter-category">Category</label><select id="filter-category" name="category"><option value="">All categories</option><option value="backup">Backup and recovery</option><option value="endpoint">Endpoints</option><option value="remote-access">Remote access</option><option value="response">Incident response</option><option value="web">Public websites</option></select></div>
<div class="field search"><label for="filter-search">Search</label><input type="search" id="filter-search" name="search" placeholder="rule, title, answer, comment…" autocomplete="off"></div>
<div class="actions"><button type="button" data-reset>Only what needs action</button><button type="button" data-show-all>Show all rules</button><button type="button" data-open-all>Open all</button><button type="button" data-close-all>Close all</button></div>
</form>
<p id="shown-count" class="shown-count" role="status" data-template="Showing {shown} of {total} rules">Showing 6 of 6 rules</p>
<ol id="finding-list" class="findings">
<li id="rule-backup-isolated-copy" class="finding" data-state="fail" data-severity="critical" data-category="backup"><details open>
<summary><span class="badges"><span class="badge sev-critical">critical</span><span class="badge state-fail">fail</span></span><span class="heading"><span class="title">Keep a backup copy that ransomware cannot reach</span><span class="sub"><code class="rule-id">backup-isolated-copy</code><span class="category">Backup and recovery</span></span></span></summary>
<dl class="fields">
<div><dt>Result</dt><dd>fail<span class="sep"> · </span>critical (weight 10)</dd></div>
<div><dt>Why</dt><dd><p>In the hospital case the backup server sat on the same network and was encrypted together with the electronic medical records, so recovery took two months instead of days.</p></dd></div>
<div class="todo"><dt>To do</dt><dd><p>Keep at least one copy offline or immutable, and test restoring from it once a year.</p></dd></div>
<div><dt>Evidence</dt><dd><p>The backup design and the record of the last restore test</p></dd></div>
<div><dt>Answers</dt><dd><table class="answers"><thead><tr><th scope="col">Question</th><th scope="col">Answer</th><th scope="col">Comment and evidence</th><th scope="col" class="num">Line</th></tr></thead><tbody>
<tr><th scope="row"><code>backup.taken</code></th><td><span class="value">yes</span></td><td></td><td class="num">8</td></tr>
<tr><th scope="row"><code>backup.offline_copy</code></th><td><span class="value">no</span></td><td><p>テープ運用は2023年に停止した</p><div class="attached"><span>Evidence:</span><ul class="files">
<li>backup-design.pdf</li>
</ul></div></td><td class="num">9</td></tr>
</tbody></table></dd></div>
<div><dt>Cases</dt><dd><ul class="cases">
<li><span class="case-id">nisc-2021-06</span> <span class="case-title">Ransomware through a VPN router</span><p>Attackers came in through a vendor&#39;s VPN router.</p></li>
<li><span class="case-id">nisc-2016-03</span> <span class="case-title">Ransomware on an office PC</span><p>A PC was infected while browsing.</p></li>
</ul></dd></div>
<div><dt>References</dt><dd><ul class="refs">
<li><span class="framework">NIST CSF 2.0</span> PR.DS-11</li>
<li><span class="framework">ISO/IEC 27001:2022</span> A.8.13</li>
<li><span class="framework">CIS Controls v8</span> 11.4</li>
</ul></dd></div>
</dl></details></li>
<li id="rule-access-remote-mfa" class="finding" data-state="fail" data-severity="high" data-category="remote-access"><details open>
<summary><span class="badges"><span class="badge sev-high">high</span><span class="badge state-fail">fail</span></span><span class="heading"><span class="title">Use multi-factor authentication for remote access</span><span class="sub"><code class="rule-id">access-remote-mfa</code><span class="category">Remote access</span></span></span></summary>
<dl class="fields">
<div><dt>Result</dt><dd>fail<span class="sep"> · </span>high (weight 6)</dd></div>
<div><dt>Why</dt><dd><p>A stolen VPN password lets an attacker in without any exploit.</p></dd></div>
<div class="todo"><dt>To do</dt><dd><p>Require a second factor for every VPN and remote desktop login.</p></dd></div>
<div><dt>Evidence</dt><dd><p>The authentication settings</p></dd></div>
<div><dt>Answers</dt><dd><table class="answers"><thead><tr><th scope="col">Question</th><th scope="col">Answer</th><th scope="col">Comment and evidence</th><th scope="col" class="num">Line</th></tr></thead><tbody>
<tr><th scope="row"><code>remote.vpn_used</code></th><td><span class="value">yes</span></td><td></td><td class="num">11</td></tr>
<tr><th scope="row"><code>remote.mfa</code></th><td><span class="value">no</span></td><td><p>導入予定（2026年度）</p></td><td class="num">12</td></tr>
</tbody></table></dd></div>
<div><dt>Cases</dt><dd><ul class="cases">
<li><span class="case-id">nisc-2021-06</span> <span class="case-title">Ransomware through a VPN router</span><p>Attackers came in through a vendor&#39;s VPN router.</p></li>
</ul></dd></div>
<div><dt>References</dt><dd><ul class="refs">
<li><span class="framework">NIST CSF 2.0</span> PR.AA-03</li>
<li><span class="framework">ISO/IEC 27001:2022</span> A.8.5</li>
</ul></dd></div>
</dl></details></li>
<li id="rule-mailform-captcha" class="finding" data-state="unknown" data-severity="medium" data-category="web"><details open>
<summary><span class="badges"><span class="badge sev-medium">medium</span><span class="badge state-unknown">unknown</span></span><span class="heading"><span class="title">Protect public mail forms from abuse</span><span class="sub"><code class="rule-id">mailform-captcha</code><span class="category">Public websites</span></span></span></summary>
<dl class="fields">
<div><dt>Result</dt><dd>unknown<span class="sep"> · </span>medium (weight 3)</dd></div>
<div><dt>Why</dt><dd><p>A form was used to send mail in bulk.</p></dd></div>
<div class="todo"><dt>To do</dt><dd><p>Add a CAPTCHA and a rate limit.</p></dd></div>
<div><dt>Evidence</dt><dd><p>The form&#39;s settings</p></dd></div>
<div class="needs"><dt>To answer</dt><dd><ul class="questions">
<li>mailform.captcha: Does the public mail form have a CAPTCHA or a rate limit? (comment: 委託先に確認中)</li>
</ul></dd></div>
<div><dt>Answers</dt><dd><table class="answers"><thead><tr><th scope="col">Question</th><th scope="col">Answer</th><th scope="col">Comment and evidence</th><th scope="col" class="num">Line</th></tr></thead><tbody>
<tr><th scope="row"><code>mailform.exists</code></th><td><span class="value">yes</span></td><td></td><td class="num">14</td></tr>
<tr><th scope="row"><code>mailform.captcha</code></th><td><span class="status">don't know</span></td><td><p>委託先に確認中</p></td><td class="num">15</td></tr>
</tbody></table></dd></div>
<div><dt>Cases</dt><dd><ul class="cases">
<li><span class="case-id">nisc-2016-01</span></li>
</ul></dd></div>
</dl></details></li>
<li id="rule-incident-contact-list" class="finding" data-state="notchecked" data-severity="low" data-category="response"><details open>
<summary><span class="badges"><span class="badge sev-low">low</span><span class="badge state-notchecked">not checked</span></span><span class="heading"><span class="title">Keep the incident contact list up to date</span><span class="sub"><code class="rule-id">incident-contact-list</code><span class="category">Incident response</span></span></span></summary>
<dl class="fields">
<div><dt>Result</dt><dd>not checked<span class="sep"> · </span>low (weight 1)</dd></div>
<div><dt>Why</dt><dd><p>An old contact list delays the first response.</p></dd></div>
<div class="todo"><dt>To do</dt><dd><p>Review it yearly and after staff changes.</p></dd></div>
<div><dt>Evidence</dt><dd><p>The contact list and the date it was last updated</p></dd></div>
</dl></details></li>
<li id="rule-vpn-firmware-current" class="finding" data-state="pass" data-severity="high" data-category="remote-access"><details open>
<summary><span class="badges"><span class="badge sev-high">high</span><span class="badge state-pass">pass</span></span><span class="heading"><span class="title">Keep VPN appliance firmware up to date</span><span class="sub"><code class="rule-id">vpn-firmware-current</code><span class="category">Remote access</span></span></span></summary>
<dl class="fields">
<div><dt>Result</dt><dd>pass<span class="sep"> · </span>high (weight 6)</dd></div>
<div><dt>Answers</dt><dd><table class="answers"><thead><tr><th scope="col">Question</th><th scope="col">Answer</th><th scope="col">Comment and evidence</th><th scope="col" class="num">Line</th></tr></thead><tbody>
<tr><th scope="row"><code>vpn.firmware_updated_on</code></th><td><span class="value">2025-12-10</span></td><td></td><td class="num">22</td></tr>
</tbody></table></dd></div>
</dl></details></li>
<li id="rule-media-usb-control" class="finding" data-state="notapplicable" data-severity="medium" data-category="endpoint"><details open>
<summary><span class="badges"><span class="badge sev-medium">medium</span><span class="badge state-notapplicable">not applicable</span></span><span class="heading"><span class="title">Control the use of USB memory sticks</span><span class="sub"><code class="rule-id">media-usb-control</code><span class="category">Endpoints</span></span></span></summary>
<dl class="fields">
<div><dt>Result</dt><dd>not applicable<span class="sep"> · </span>medium (weight 3)</dd></div>
<div><dt>Answers</dt><dd><table class="answers"><thead><tr><th scope="col">Question</th><th scope="col">Answer</th><th scope="col">Comment and evidence</th><th scope="col" class="num">Line</th></tr></thead><tbody>
<tr><th scope="row"><code>media.usb_ports</code></th><td><span class="status">not applicable</span> <span class="reason">USB端子は物理的に封鎖済み</span></td><td></td><td class="num">20</td></tr>
</tbody></table></dd></div>
</dl></details></li>
</ol>
<p id="no-match" class="no-match" hidden>No rule matches these filters.</p>
</section>
<section id="questions" class="panel">
<h2>Questions still to answer (1)</h2>
<p class="hint">The rules listed with each question stay unknown until it is answered.</p>
<ol class="questions">
<li><code>mailform.captcha</code> <span class="question-text">Does the public mail form have a CAPTCHA or a rate limit?</span><span class="question-rules">Rules: <a href="#rule-mailform-captcha">mailform-captcha</a></span></li>
</ol>
</section>
<footer class="report-footer">Made by tenken 0.1.0</footer>
</main>
)html";

constexpr const char* kSampleJa = R"html(<main class="report">
<header class="report-header">
<p class="eyebrow">tenken 点検結果（ギャップレポート）</p>
<h1>みなと水道企業団</h1>
<dl class="facts">
<div><dt>分野</dt><dd>water</dd></div>
<div><dt>評価日</dt><dd>2026年4月1日</dd></div>
<div><dt>評価者</dt><dd>山田 太郎</dd></div>
<div class="wide"><dt>対象範囲</dt><dd>浄水場の制御系と事務系ネットワーク</dd></div>
<div><dt>回答ファイル</dt><dd>answers/minato-2026.yaml</dd></div>
</dl>
</header>
<section class="summary">
<div class="cards">
<div class="card score"><p class="card-label">スコア</p><p class="big">16.7</p><p class="caption">/ 100（既定モデル）、フラット 24.0</p></div>
<div class="card coverage"><p class="card-label">回答率</p><p class="big">71.4<small>%</small></p><p class="caption">質問 7 件：回答 4、該当なし 1、わからない 1、未回答 1</p></div>
<div class="card gaps alert"><p class="card-label">不備</p><p class="big">2</p><p class="caption">重大 1、高 1</p></div>
<div class="card open"><p class="card-label">回答が必要</p><p class="big">1</p><p class="caption">未回答の質問：1件</p></div>
</div>
<div class="state-counts"><p class="card-label">結果別のルール数</p><ul>
<li><a href="#findings" data-show-state="fail"><span class="badge state-fail">不備</span> <b>2</b></a></li>
<li><a href="#findings" data-show-state="unknown"><span class="badge state-unknown">未回答</span> <b>1</b></a></li>
<li><a href="#findings" data-show-state="notchecked"><span class="badge state-notchecked">要確認</span> <b>1</b></a></li>
<li><a href="#findings" data-show-state="waived"><span class="badge state-waived">免除</span> <b>0</b></a></li>
<li><a href="#findings" data-show-state="error"><span class="badge state-error">エラー</span> <b>0</b></a></li>
<li><a href="#findings" data-show-state="pass"><span class="badge state-pass">合格</span> <b>1</b></a></li>
<li><a href="#findings" data-show-state="notapplicable"><span class="badge state-notapplicable">対象外</span> <b>1</b></a></li>
</ul></div>
</section>
<section id="severity" class="panel">
<h2>重大度別の不備</h2>
<svg class="chart severity-bar" role="img" aria-label="重大度別の不備：重大 1、高 1" viewBox="0 0 1000 24" preserveAspectRatio="none"><rect class="track" x="0" y="0" width="1000" height="24"/>
<rect class="sev-critical" x="0" y="0" width="500" height="24"><title>重大：1</title></rect>
<rect class="sev-high" x="500" y="0" width="500" height="24"><title>高：1</title></rect>
</svg>
<ul class="legend">
<li><span class="swatch sev-critical" aria-hidden="true"></span>重大 <b>1</b></li>
<li><span class="swatch sev-high" aria-hidden="true"></span>高 <b>1</b></li>
<li><span class="swatch sev-medium" aria-hidden="true"></span>中 <b>0</b></li>
<li><span class="swatch sev-low" aria-hidden="true"></span>低 <b>0</b></li>
<li><span class="swatch sev-info" aria-hidden="true"></span>情報 <b>0</b></li>
</ul>
</section>
<section id="categories" class="panel">
<h2>分類別スコア</h2>
<figure><svg class="chart score-chart" id="category-chart" role="img" aria-labelledby="category-chart-title category-chart-desc" viewBox="0 0 900 166" width="900" height="166">
<title id="category-chart-title">分類別スコア（100点満点）</title><desc id="category-chart-desc">バックアップと復旧：0.0、端末：評価対象なし、リモート接続：50.0、インシデント対応：評価対象なし、公開Webサイト：0.0</desc>
<g class="axis" aria-hidden="true"><line x1="150" y1="18" x2="150" y2="162"/><text x="150" y="12" text-anchor="middle">0</text><line x1="324" y1="18" x2="324" y2="162"/><text x="324" y="12" text-anchor="middle">25</text><line x1="499" y1="18" x2="499" y2="162"/><text x="499" y="12" text-anchor="middle">50</text><line x1="673" y1="18" x2="673" y2="162"/><text x="673" y="12" text-anchor="middle">75</text><line x1="848" y1="18" x2="848" y2="162"/><text x="848" y="12" text-anchor="middle">100</text></g>
<g class="row"><text class="label" x="140" y="40" text-anchor="end"><tspan x="140" dy="0">バックアップと復旧</tspan></text><rect class="bar first" x="150" y="29" width="0.0" height="14" rx="2"/><text class="value" x="156.0" y="40">0.0</text></g>
<g class="row"><text class="label" x="140" y="68" text-anchor="end"><tspan x="140" dy="0">端末</tspan></text><text class="not-scored" x="156" y="68">評価対象なし</text></g>
<g class="row"><text class="label" x="140" y="96" text-anchor="end"><tspan x="140" dy="0">リモート接続</tspan></text><rect class="bar first" x="150" y="85" width="349.0" height="14" rx="2"/><text class="value" x="505.0" y="96">50.0</text></g>
<g class="row"><text class="label" x="140" y="124" text-anchor="end"><tspan x="140" dy="0">インシデント対応</tspan></text><text class="not-scored" x="156" y="124">評価対象なし</text></g>
<g class="row"><text class="label" x="140" y="152" text-anchor="end"><tspan x="140" dy="0">公開Webサイト</tspan></text><rect class="bar first" x="150" y="141" width="0.0" height="14" rx="2"/><text class="value" x="156.0" y="152">0.0</text></g>
</svg>
</figure>
<div class="table-wrap"><table class="category-table"><thead><tr><th scope="col">分類</th><th scope="col" class="num">スコア</th><th scope="col" class="num">重み 達成/評価</th><th scope="col" class="num">合格</th><th scope="col" class="num">不備</th><th scope="col" class="num">未回答</th></tr></thead><tbody>
<tr><th scope="row">バックアップと復旧</th><td class="num">0.0</td><td class="num">0/10</td><td class="num">0</td><td class="num">1</td><td class="num">0</td></tr>
<tr><th scope="row">端末</th><td class="num">–</td><td class="num">0/0</td><td class="num">0</td><td class="num">0</td><td class="num">0</td></tr>
<tr><th scope="row">リモート接続</th><td class="num">50.0</td><td class="num">6/12</td><td class="num">1</td><td class="num">1</td><td class="num">0</td></tr>
<tr><th scope="row">インシデント対応</th><td class="num">–</td><td class="num">0/0</td><td class="num">0</td><td class="num">0</td><td class="num">0</td></tr>
<tr><th scope="row">公開Webサイト</th><td class="num">0.0</td><td class="num">0/3</td><td class="num">0</td><td class="num">0</td><td class="num">1</td></tr>
</tbody></table></div>
</section>
<section id="findings">
<h2>全ルールの結果（6件）</h2>
<p class="hint">不備から順に、重大なものを先に並べています。ルールを開くと、理由、対策、判定に使った回答を確認できます。</p>
<form id="filters" class="filters" data-list="finding-list" data-count="shown-count" data-empty="no-match" hidden>
<fieldset><legend>結果</legend>
<label class="check"><input type="checkbox" name="state" value="fail" checked> <span class="badge state-fail">不備</span> <span class="n">2</span></label>
<label class="check"><input type="checkbox" name="state" value="unknown" checked> <span class="badge state-unknown">未回答</span> <span class="n">1</span></label>
<label class="check"><input type="checkbox" name="state" value="notchecked" checked> <span class="badge state-notchecked">要確認</span> <span class="n">1</span></label>
<label class="check"><input type="checkbox" name="state" value="waived"> <span class="badge state-waived">免除</span> <span class="n">0</span></label>
<label class="check"><input type="checkbox" name="state" value="error" checked> <span class="badge state-error">エラー</span> <span class="n">0</span></label>
<label class="check"><input type="checkbox" name="state" value="pass"> <span class="badge state-pass">合格</span> <span class="n">1</span></label>
<label class="check"><input type="checkbox" name="state" value="notapplicable"> <span class="badge state-notapplicable">対象外</span> <span class="n">1</span></label>
</fieldset>
<fieldset><legend>重大度</legend>
<label class="check"><input type="checkbox" name="severity" value="critical" checked> <span class="badge sev-critical">重大</span></label>
<label class="check"><input type="checkbox" name="severity" value="high" checked> <span class="badge sev-high">高</span></label>
<label class="check"><input type="checkbox" name="severity" value="medium" checked> <span class="badge sev-medium">中</span></label>
<label class="check"><input type="checkbox" name="severity" value="low" checked> <span class="badge sev-low">低</span></label>
<label class="check"><input type="checkbox" name="severity" value="info" checked> <span class="badge sev-info">情報</span></label>
</fieldset>
<div class="field"><label for="filter-category">分類</label><select id="filter-category" name="category"><option value="">すべての分類</option><option value="backup">バックアップと復旧</option><option value="endpoint">端末</option><option value="remote-access">リモート接続</option><option value="response">インシデント対応</option><option value="web">公開Webサイト</option></select></div>
<div class="field search"><label for="filter-search">検索</label><input type="search" id="filter-search" name="search" placeholder="ルールID、タイトル、回答、コメントなど" autocomplete="off"></div>
<div class="actions"><button type="button" data-reset>要対応のみ表示</button><button type="button" data-show-all>すべて表示</button><button type="button" data-open-all>すべて開く</button><button type="button" data-close-all>すべて閉じる</button></div>
</form>
<p id="shown-count" class="shown-count" role="status" data-template="{total}件中{shown}件を表示">6件中6件を表示</p>
<ol id="finding-list" class="findings">
<li id="rule-backup-isolated-copy" class="finding" data-state="fail" data-severity="critical" data-category="backup"><details open>
<summary><span class="badges"><span class="badge sev-critical">重大</span><span class="badge state-fail">不備</span></span><span class="heading"><span class="title">ランサムウェアが届かないバックアップを持つ</span><span class="sub"><code class="rule-id">backup-isolated-copy</code><span class="category">バックアップと復旧</span></span></span></summary>
<dl class="fields">
<div><dt>結果</dt><dd>不備<span class="sep"> · </span>重大（重み 10）</dd></div>
<div><dt>理由</dt><dd><p>病院の事例では、バックアップサーバが同じネットワーク上にあり、電子カルテと一緒に暗号化されたため、復旧に数日ではなく2か月を要した。</p></dd></div>
<div class="todo"><dt>対策</dt><dd><p>少なくとも1つのコピーをオフラインまたは変更不可の状態で保管し、年1回以上そこからの復元を試験する。</p></dd></div>
<div><dt>確認資料</dt><dd><p>バックアップ構成図と直近の復元試験の記録</p></dd></div>
<div><dt>回答</dt><dd><table class="answers"><thead><tr><th scope="col">質問</th><th scope="col">回答</th><th scope="col">コメント・証跡</th><th scope="col" class="num">行</th></tr></thead><tbody>
<tr><th scope="row"><code>backup.taken</code></th><td><span class="value">yes</span></td><td></td><td class="num">8</td></tr>
<tr><th scope="row"><code>backup.offline_copy</code></th><td><span class="value">no</span></td><td><p>テープ運用は2023年に停止した</p><div class="attached"><span>証跡：</span><ul class="files">
<li>backup-design.pdf</li>
</ul></div></td><td class="num">9</td></tr>
</tbody></table></dd></div>
<div><dt>事例</dt><dd><ul class="cases">
<li><span class="case-id">nisc-2021-06</span> <span class="case-title">VPNルーターからのランサムウェア侵入</span><p>委託先が設置したVPNルーターから侵入された。</p></li>
<li><span class="case-id">nisc-2016-03</span> <span class="case-title">事務用PCのランサムウェア感染</span><p>Webサイトの閲覧中にPCが感染した。</p></li>
</ul></dd></div>
<div><dt>参照</dt><dd><ul class="refs">
<li><span class="framework">NIST CSF 2.0</span> PR.DS-11</li>
<li><span class="framework">ISO/IEC 27001:2022</span> A.8.13</li>
<li><span class="framework">CIS Controls v8</span> 11.4</li>
</ul></dd></div>
</dl></details></li>
<li id="rule-access-remote-mfa" class="finding" data-state="fail" data-severity="high" data-category="remote-access"><details open>
<summary><span class="badges"><span class="badge sev-high">高</span><span class="badge state-fail">不備</span></span><span class="heading"><span class="title">リモートアクセスに多要素認証を使う</span><span class="sub"><code class="rule-id">access-remote-mfa</code><span class="category">リモート接続</span></span></span></summary>
<dl class="fields">
<div><dt>結果</dt><dd>不備<span class="sep"> · </span>高（重み 6）</dd></div>
<div><dt>理由</dt><dd><p>盗まれたVPNのパスワードがあれば、攻撃者は脆弱性を使わずに侵入できる。</p></dd></div>
<div class="todo"><dt>対策</dt><dd><p>VPNとリモートデスクトップのすべてのログインで二要素目を必須にする。</p></dd></div>
<div><dt>確認資料</dt><dd><p>認証設定の画面</p></dd></div>
<div><dt>回答</dt><dd><table class="answers"><thead><tr><th scope="col">質問</th><th scope="col">回答</th><th scope="col">コメント・証跡</th><th scope="col" class="num">行</th></tr></thead><tbody>
<tr><th scope="row"><code>remote.vpn_used</code></th><td><span class="value">yes</span></td><td></td><td class="num">11</td></tr>
<tr><th scope="row"><code>remote.mfa</code></th><td><span class="value">no</span></td><td><p>導入予定（2026年度）</p></td><td class="num">12</td></tr>
</tbody></table></dd></div>
<div><dt>事例</dt><dd><ul class="cases">
<li><span class="case-id">nisc-2021-06</span> <span class="case-title">VPNルーターからのランサムウェア侵入</span><p>委託先が設置したVPNルーターから侵入された。</p></li>
</ul></dd></div>
<div><dt>参照</dt><dd><ul class="refs">
<li><span class="framework">NIST CSF 2.0</span> PR.AA-03</li>
<li><span class="framework">ISO/IEC 27001:2022</span> A.8.5</li>
</ul></dd></div>
</dl></details></li>
<li id="rule-mailform-captcha" class="finding" data-state="unknown" data-severity="medium" data-category="web"><details open>
<summary><span class="badges"><span class="badge sev-medium">中</span><span class="badge state-unknown">未回答</span></span><span class="heading"><span class="title">公開メールフォームを悪用から守る</span><span class="sub"><code class="rule-id">mailform-captcha</code><span class="category">公開Webサイト</span></span></span></summary>
<dl class="fields">
<div><dt>結果</dt><dd>未回答<span class="sep"> · </span>中（重み 3）</dd></div>
<div><dt>理由</dt><dd><p>フォームが大量送信の踏み台にされた。</p></dd></div>
<div class="todo"><dt>対策</dt><dd><p>CAPTCHAと送信回数制限を入れる。</p></dd></div>
<div><dt>確認資料</dt><dd><p>フォームの設定</p></dd></div>
<div class="needs"><dt>質問</dt><dd><ul class="questions">
<li>mailform.captcha：公開メールフォームにCAPTCHAや送信回数の制限がありますか？（コメント：委託先に確認中）</li>
</ul></dd></div>
<div><dt>回答</dt><dd><table class="answers"><thead><tr><th scope="col">質問</th><th scope="col">回答</th><th scope="col">コメント・証跡</th><th scope="col" class="num">行</th></tr></thead><tbody>
<tr><th scope="row"><code>mailform.exists</code></th><td><span class="value">yes</span></td><td></td><td class="num">14</td></tr>
<tr><th scope="row"><code>mailform.captcha</code></th><td><span class="status">わからない</span></td><td><p>委託先に確認中</p></td><td class="num">15</td></tr>
</tbody></table></dd></div>
<div><dt>事例</dt><dd><ul class="cases">
<li><span class="case-id">nisc-2016-01</span></li>
</ul></dd></div>
</dl></details></li>
<li id="rule-incident-contact-list" class="finding" data-state="notchecked" data-severity="low" data-category="response"><details open>
<summary><span class="badges"><span class="badge sev-low">低</span><span class="badge state-notchecked">要確認</span></span><span class="heading"><span class="title">インシデント時の連絡先一覧を最新に保つ</span><span class="sub"><code class="rule-id">incident-contact-list</code><span class="category">インシデント対応</span></span></span></summary>
<dl class="fields">
<div><dt>結果</dt><dd>要確認<span class="sep"> · </span>低（重み 1）</dd></div>
<div><dt>理由</dt><dd><p>連絡先が古いと初動が遅れる。</p></dd></div>
<div class="todo"><dt>対策</dt><dd><p>年1回と人事異動のたびに見直す。</p></dd></div>
<div><dt>確認資料</dt><dd><p>連絡先一覧とその最終更新日</p></dd></div>
</dl></details></li>
<li id="rule-vpn-firmware-current" class="finding" data-state="pass" data-severity="high" data-category="remote-access"><details open>
<summary><span class="badges"><span class="badge sev-high">高</span><span class="badge state-pass">合格</span></span><span class="heading"><span class="title">VPN機器のファームウェアを最新に保つ</span><span class="sub"><code class="rule-id">vpn-firmware-current</code><span class="category">リモート接続</span></span></span></summary>
<dl class="fields">
<div><dt>結果</dt><dd>合格<span class="sep"> · </span>高（重み 6）</dd></div>
<div><dt>回答</dt><dd><table class="answers"><thead><tr><th scope="col">質問</th><th scope="col">回答</th><th scope="col">コメント・証跡</th><th scope="col" class="num">行</th></tr></thead><tbody>
<tr><th scope="row"><code>vpn.firmware_updated_on</code></th><td><span class="value">2025-12-10</span></td><td></td><td class="num">22</td></tr>
</tbody></table></dd></div>
</dl></details></li>
<li id="rule-media-usb-control" class="finding" data-state="notapplicable" data-severity="medium" data-category="endpoint"><details open>
<summary><span class="badges"><span class="badge sev-medium">中</span><span class="badge state-notapplicable">対象外</span></span><span class="heading"><span class="title">USBメモリの利用を管理する</span><span class="sub"><code class="rule-id">media-usb-control</code><span class="category">端末</span></span></span></summary>
<dl class="fields">
<div><dt>結果</dt><dd>対象外<span class="sep"> · </span>中（重み 3）</dd></div>
<div><dt>回答</dt><dd><table class="answers"><thead><tr><th scope="col">質問</th><th scope="col">回答</th><th scope="col">コメント・証跡</th><th scope="col" class="num">行</th></tr></thead><tbody>
<tr><th scope="row"><code>media.usb_ports</code></th><td><span class="status">該当なし</span> <span class="reason">USB端子は物理的に封鎖済み</span></td><td></td><td class="num">20</td></tr>
</tbody></table></dd></div>
</dl></details></li>
</ol>
<p id="no-match" class="no-match" hidden>条件に合うルールはありません。</p>
</section>
<section id="questions" class="panel">
<h2>未回答の質問（1件）</h2>
<p class="hint">各質問に回答するまで、併記したルールは判定できません（未回答）。</p>
<ol class="questions">
<li><code>mailform.captcha</code> <span class="question-text">公開メールフォームにCAPTCHAや送信回数の制限がありますか？</span><span class="question-rules">ルール： <a href="#rule-mailform-captcha">mailform-captcha</a></span></li>
</ol>
</section>
<footer class="report-footer">tenken 0.1.0 で作成</footer>
</main>
)html";

TEST_CASE("HTML report of the sample, in English") {
  CHECK(render_html(testing::sample_result(), {Lang::en}) ==
        whole_page("en", "tenken gap report — みなと水道企業団", kSampleEn));
}

TEST_CASE("HTML report of the sample, in Japanese") {
  CHECK(render_html(testing::sample_result(), {Lang::ja}) ==
        whole_page("ja", "tenken 点検結果（ギャップレポート）｜みなと水道企業団", kSampleJa));
}

TEST_CASE("HTML report fetches nothing: no URL, no external resource") {
  std::string page = render_html(testing::sample_result(), {Lang::ja});
  for (const char* fetch : {"http:", "https:", "src=", "@import", "url("})
    CHECK(page.find(fetch) == std::string::npos);
}

TEST_CASE("HTML report is the same bytes every time") {
  CHECK(render_html(testing::sample_result(), {Lang::en}) ==
        render_html(testing::sample_result(), {Lang::en}));
}

// Text from a hostile answer file and rule library everywhere a Result carries text.
Result hostile_result() {
  const std::string evil =
      "<script>alert(\"x\")</script>' onmouseover='alert(1)\n=HYPERLINK(\"http://e\")\x01";
  Result r = testing::sample_result();
  r.organization = {evil, evil};
  r.assessment.assessor = evil;
  r.assessment.scope = evil;
  r.answers_path = evil;
  r.waivers_path = evil;
  r.tool_version = evil;
  for (RuleResult& rule : r.rules) {
    rule.rule += evil;
    rule.category = evil;
    RuleTexts& texts = testing::edit(rule);
    texts.title = texts.rationale = texts.recommendation = texts.evidence = {evil, evil};
    texts.cases.push_back(evil);
    texts.refs[evil] = {evil};
    for (AnswerRef& answer : rule.answers) {
      AnswerUsed& a = answer.edit();
      a.question = a.value = a.comment = a.na_reason = evil;
      a.evidence = {evil};
    }
    rule.needs = {evil};
    rule.waiver = RuleWaiver{evil, evil, evil, WaiverStatus::expired, evil};
  }
  for (CategoryScore& c : r.summary.categories) c.category = c.title.en = c.title.ja = evil;
  r.summary.waivers.expired = 6;
  r.questions_needed = {{evil, {evil, evil}, {evil}}};
  std::vector<CaseSummary> cases = r.cases();
  cases.push_back({evil, {evil, evil}, {evil, evil}});
  testing::keep_sample_texts(r, cases);
  return r;
}

TEST_CASE("HTML report escapes every text of a hostile Result, in text and attributes") {
  for (Lang lang : {Lang::en, Lang::ja}) {
    std::string page = render_html(hostile_result(), {lang});
    std::string normal = render_html(testing::sample_result(), {lang});
    CHECK(occurrences(page, "<script") == 1);  // the page's own
    CHECK(page.find("onmouseover='") == std::string::npos);
    CHECK(page.find("alert(\"x\")") == std::string::npos);
    CHECK(page.find(
              "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&#39; onmouseover=&#39;alert(1)") !=
          std::string::npos);
    // In attributes: the rule id, the category and the question links.
    CHECK(page.find("<li id=\"rule-access-remote-mfa&lt;script&gt;") != std::string::npos);
    CHECK(page.find("data-category=\"&lt;script&gt;") != std::string::npos);
    CHECK(page.find("<a href=\"#rule-&lt;script&gt;alert(&quot;x&quot;)") != std::string::npos);
    // The script and the style are those of any other page.
    CHECK(page.substr(page.find("<script>")) == normal.substr(normal.find("<script>")));
    CHECK(page.substr(0, page.find("<title>")) == normal.substr(0, normal.find("<title>")));
  }
}

Result waived_result() {
  Result r = testing::sample_result();
  r.waivers_path = "waivers.yaml";
  r.rules[0].waiver = RuleWaiver{"MFA comes with the new VPN in May", "CISO", "2026-06-30",
                                 WaiverStatus::active, "waivers.yaml:3"};
  r.rules[1].waiver =
      RuleWaiver{"Tapes were enough", "", "2026-03-31", WaiverStatus::expired, "waivers.yaml:8"};
  r.summary.counts = {1, 1, 1, 1, 1, 1, 0};
  r.summary.waivers = {1, 1, 0};
  r.summary.score_after_waivers = 0;
  r.summary.score_flat_after_waivers = 100.0 / 3;
  for (CategoryScore& c : r.summary.categories) {
    c.score_after_waivers = c.score;
    c.weight_scored_after_waivers = c.weight_scored;
  }
  r.summary.categories[2].score_after_waivers = 100;  // remote access: the failure is waived
  r.summary.categories[2].weight_scored_after_waivers = 6;
  r.summary.categories[2].counts = {1, 0, 0, 0, 0, 1, 0};
  return r;
}

TEST_CASE("HTML report with waivers: scores after waivers, waived and expired findings") {
  // The header names the waivers file; a card, a chart series and a table column give the scores
  // after waivers, and the table counts the waived rules.
  Result r = waived_result();
  CHECK(render_html(r, {Lang::en}) == whole_page("en", "tenken gap report — みなと水道企業団",
                                                 testing::file_beside(__FILE__, "testdata/waived.en.body.html")));
  CHECK(
      html_finding(r, r.rules[0], Lang::en, false) ==
      R"html(<li id="rule-access-remote-mfa" class="finding" data-state="waived" data-severity="high" data-category="remote-access"><details>
<summary><span class="badges"><span class="badge sev-high">high</span><span class="badge state-waived">waived</span></span><span class="heading"><span class="title">Use multi-factor authentication for remote access</span><span class="sub"><code class="rule-id">access-remote-mfa</code><span class="category">Remote access</span></span></span></summary>
<dl class="fields">
<div><dt>Result</dt><dd>fail, waived<span class="sep"> · </span>high (weight 6)</dd></div>
<div><dt>Why</dt><dd><p>A stolen VPN password lets an attacker in without any exploit.</p></dd></div>
<div class="todo"><dt>To do</dt><dd><p>Require a second factor for every VPN and remote desktop login.</p></dd></div>
<div><dt>Evidence</dt><dd><p>The authentication settings</p></dd></div>
<div><dt>Answers</dt><dd><table class="answers"><thead><tr><th scope="col">Question</th><th scope="col">Answer</th><th scope="col">Comment and evidence</th><th scope="col" class="num">Line</th></tr></thead><tbody>
<tr><th scope="row"><code>remote.vpn_used</code></th><td><span class="value">yes</span></td><td></td><td class="num">11</td></tr>
<tr><th scope="row"><code>remote.mfa</code></th><td><span class="value">no</span></td><td><p>導入予定（2026年度）</p></td><td class="num">12</td></tr>
</tbody></table></dd></div>
<div><dt>Cases</dt><dd><ul class="cases">
<li><span class="case-id">nisc-2021-06</span> <span class="case-title">Ransomware through a VPN router</span><p>Attackers came in through a vendor&#39;s VPN router.</p></li>
</ul></dd></div>
<div class="waiver"><dt>Waiver</dt><dd><span class="tag waiver-active">active</span> MFA comes with the new VPN in May (approved by CISO, until 30 June 2026) <span class="origin">written at waivers.yaml:3</span></dd></div>
<div><dt>References</dt><dd><ul class="refs">
<li><span class="framework">NIST CSF 2.0</span> PR.AA-03</li>
<li><span class="framework">ISO/IEC 27001:2022</span> A.8.5</li>
</ul></dd></div>
</dl></details></li>
)html");
  // An expired waiver is marked on the summary line, and the rule counts as it is.
  CHECK(html_finding(r, r.rules[1], Lang::ja, true) == R"html(<li id="rule-backup-isolated-copy" class="finding" data-state="fail" data-severity="critical" data-category="backup"><details open>
<summary><span class="badges"><span class="badge sev-critical">重大</span><span class="badge state-fail">不備</span></span><span class="heading"><span class="title">ランサムウェアが届かないバックアップを持つ</span><span class="sub"><code class="rule-id">backup-isolated-copy</code><span class="category">バックアップと復旧</span> <span class="tag waiver-expired">免除： 期限切れ</span></span></span></summary>
<dl class="fields">
<div><dt>結果</dt><dd>不備<span class="sep"> · </span>重大（重み 10）</dd></div>
<div><dt>理由</dt><dd><p>病院の事例では、バックアップサーバが同じネットワーク上にあり、電子カルテと一緒に暗号化されたため、復旧に数日ではなく2か月を要した。</p></dd></div>
<div class="todo"><dt>対策</dt><dd><p>少なくとも1つのコピーをオフラインまたは変更不可の状態で保管し、年1回以上そこからの復元を試験する。</p></dd></div>
<div><dt>確認資料</dt><dd><p>バックアップ構成図と直近の復元試験の記録</p></dd></div>
<div><dt>回答</dt><dd><table class="answers"><thead><tr><th scope="col">質問</th><th scope="col">回答</th><th scope="col">コメント・証跡</th><th scope="col" class="num">行</th></tr></thead><tbody>
<tr><th scope="row"><code>backup.taken</code></th><td><span class="value">yes</span></td><td></td><td class="num">8</td></tr>
<tr><th scope="row"><code>backup.offline_copy</code></th><td><span class="value">no</span></td><td><p>テープ運用は2023年に停止した</p><div class="attached"><span>証跡：</span><ul class="files">
<li>backup-design.pdf</li>
</ul></div></td><td class="num">9</td></tr>
</tbody></table></dd></div>
<div><dt>事例</dt><dd><ul class="cases">
<li><span class="case-id">nisc-2021-06</span> <span class="case-title">VPNルーターからのランサムウェア侵入</span><p>委託先が設置したVPNルーターから侵入された。</p></li>
<li><span class="case-id">nisc-2016-03</span> <span class="case-title">事務用PCのランサムウェア感染</span><p>Webサイトの閲覧中にPCが感染した。</p></li>
</ul></dd></div>
<div class="waiver"><dt>免除</dt><dd><span class="tag waiver-expired">期限切れ</span> Tapes were enough（承認：記載なし。2026年3月31日に期限切れのため、免除していません） <span class="origin">記載箇所：waivers.yaml:8</span></dd></div>
<div><dt>参照</dt><dd><ul class="refs">
<li><span class="framework">NIST CSF 2.0</span> PR.DS-11</li>
<li><span class="framework">ISO/IEC 27001:2022</span> A.8.13</li>
<li><span class="framework">CIS Controls v8</span> 11.4</li>
</ul></dd></div>
</dl></details></li>
)html");
}

// No organisation, no gap, no category and no question: no chart and no questions section, and
// since nothing is open the default view is every rule.
TEST_CASE("HTML report of a Result with no gaps, no categories and no questions") {
  Result r;
  r.organization = {"", ""};
  r.rules = {testing::sample_rule("usb-policy", State::pass, Severity::low, "media", 1,
                                  {"USBの利用を制限する", "Restrict USB media"})};
  r.summary.counts = {1, 0, 0, 0, 0, 0, 0};
  CHECK(render_html(r, {Lang::en}) ==
        whole_page("en", "tenken gap report", testing::file_beside(__FILE__, "testdata/nothing_to_report.en.body.html")));
}

TEST_CASE("html_paragraphs: blank lines part paragraphs, line breaks stay, text is escaped") {
  CHECK(html_paragraphs("") == "");
  CHECK(html_paragraphs("one") == "<p>one</p>");
  CHECK(html_paragraphs("a <b>\r\nb\n \n\nc & d\n") == "<p>a &lt;b&gt;<br>b</p><p>c &amp; d</p>");
}

TEST_CASE("svg_severity_bar: segments fill the bar exactly, empty severities are left out") {
  std::string bar = svg_severity_bar(
      {{Severity::critical, 1}, {Severity::high, 1}, {Severity::medium, 0}, {Severity::low, 1}},
      "Gaps: 3", Lang::en);
  CHECK(
      bar ==
      R"html(<svg class="chart severity-bar" role="img" aria-label="Gaps: 3" viewBox="0 0 1000 24" preserveAspectRatio="none"><rect class="track" x="0" y="0" width="1000" height="24"/>
<rect class="sev-critical" x="0" y="0" width="333" height="24"><title>critical: 1</title></rect>
<rect class="sev-high" x="333" y="0" width="333" height="24"><title>high: 1</title></rect>
<rect class="sev-low" x="666" y="0" width="334" height="24"><title>low: 1</title></rect>
</svg>
)html");
}

// 36 columns of label: 18 Japanese characters a line.
TEST_CASE("svg_score_chart: long labels wrap, values are text, two series get a legend") {
  CHECK(svg_score_chart("c",
                        {{"リモート接続とインターネットに面した機器の管理とその他の長い分類名", 12.5, 80},
                         {"Web", std::nullopt, std::nullopt}},
                        {"Scores", "Before", "After", "not scored"}, Lang::en) == R"html(<svg class="chart score-chart" id="c" role="img" aria-labelledby="c-title c-desc" viewBox="0 0 900 129" width="900" height="129">
<title id="c-title">Scores</title><desc id="c-desc">リモート接続とインターネットに面した機器の管理とその他の長い分類名: Before 12.5 After 80.0, Web: not scored</desc>
<g class="legend" aria-hidden="true"><rect class="bar first" x="283" y="4" width="12" height="10"/><text x="299" y="13">Before</text><rect class="bar second" x="483" y="4" width="12" height="10"/><text x="499" y="13">After</text></g>
<g class="axis" aria-hidden="true"><line x1="283" y1="38" x2="283" y2="125"/><text x="283" y="32" text-anchor="middle">0</text><line x1="424" y1="38" x2="424" y2="125"/><text x="424" y="32" text-anchor="middle">25</text><line x1="565" y1="38" x2="565" y2="125"/><text x="565" y="32" text-anchor="middle">50</text><line x1="706" y1="38" x2="706" y2="125"/><text x="706" y="32" text-anchor="middle">75</text><line x1="848" y1="38" x2="848" y2="125"/><text x="848" y="32" text-anchor="middle">100</text></g>
<g class="row"><text class="label" x="273" y="60" text-anchor="end"><tspan x="273" dy="0">リモート接続とインターネットに面した</tspan><tspan x="273" dy="16">機器の管理とその他の長い分類名</tspan></text><rect class="bar first" x="283" y="50" width="70.6" height="12" rx="2"/><text class="value" x="359.6" y="59">12.5</text><rect class="bar second" x="283" y="65" width="452.0" height="12" rx="2"/><text class="value" x="741.0" y="74">80.0</text></g>
<g class="row"><text class="label" x="273" y="109" text-anchor="end"><tspan x="273" dy="0">Web</tspan></text><text class="not-scored" x="289" y="101">not scored</text></g>
</svg>
)html");
}

}  // namespace
}  // namespace tenken
