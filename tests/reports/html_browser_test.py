#!/usr/bin/env python3
"""The HTML report in a real browser: headless Chromium driven through Selenium.

Usage: html_browser_test.py TENKEN REPO_ROOT

Writes the hospital example's report (with its waivers) as HTML and as the Result JSON, opens the
HTML and drives the real controls: the default view, the state, severity and category filters,
the search box, the reset and "show all" buttons, opening a finding, a link from the questions
still to answer. Expected rule ids come from the Result JSON, and the rules' words (titles,
recommendations), which a version 2 Result leaves to the library, from the library's own files
under rules/. Also checks that the page logged no
error, fetched nothing, and shows every finding with script turned off. The radar chart of
category scores: one axis per category that scores, its polygon's corners where the Result
JSON's scores put them, labels inside the chart; and for the hospital's second year with
--previous (the first year's Result), both years' polygons and a legend with both dates, in
English and Japanese. Screenshots (screen and print media) go to /tmp/tenken-html.png,
/tmp/tenken-html-print.png and /tmp/tenken-html-ja.png, the radars to /tmp/tenken-radar-en.png
and /tmp/tenken-radar-previous-{en,ja}.png.
Exits 1 with a message for each failed check.
"""
import glob
import json
import math
import os
import subprocess
import sys
import tempfile

try:
    import yaml
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
    from selenium.common.exceptions import WebDriverException
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.ui import Select
except ImportError:
    # Debian's python3-selenium lives in the system Python; a pyenv or venv python3 may come first.
    if os.path.exists("/usr/bin/python3") and os.path.realpath(sys.executable) != os.path.realpath("/usr/bin/python3"):
        os.execv("/usr/bin/python3", ["/usr/bin/python3"] + sys.argv)
    sys.exit("html_browser_test: python3-selenium or python3-yaml is not installed (scripts/setup --tests)")

EXAMPLE = "examples/nisc-2021-06-hospital.yaml"
WAIVERS = "examples/waivers/nisc-2021-06-hospital.yaml"
SECOND_YEAR = "examples/year-over-year/nisc-2021-06-hospital-2022.yaml"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
DEFAULT_STATES = {"fail", "unknown", "notchecked", "error"}
SEVERITY_ORDER = ["critical", "high", "medium", "low", "info"]
STATE_ORDER = ["fail", "unknown", "notchecked", "waived", "error", "pass", "notapplicable"]

failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
    return condition


def counted_state(rule):
    waiver = rule.get("waiver")
    return "waived" if waiver and waiver["status"] == "active" else rule["state"]


def report_order(rules):
    """The order of the findings: by counted state, most severe first, then by id."""
    return sorted(rules, key=lambda r: (STATE_ORDER.index(counted_state(r)),
                                        SEVERITY_ORDER.index(r["severity"]), r["rule"]))


def library_rules(root):
    """The built-in library's rules by id, read from rules/**/*.yaml: the words a Result leaves out."""
    rules = {}
    for path in sorted(glob.glob(os.path.join(root, "rules", "**", "*.yaml"), recursive=True)):
        with open(path, encoding="utf-8") as f:
            for rule in (yaml.safe_load(f) or {}).get("rules") or []:
                rules[rule["id"]] = rule
    return rules


def run_tenken(tenken, root, tmp, lang):
    html = os.path.join(tmp, f"report-{lang}.html")
    result = os.path.join(tmp, f"result-{lang}.json")
    subprocess.run([tenken, "check", os.path.join(root, EXAMPLE), "--waivers", os.path.join(root, WAIVERS),
                    "--lang", lang, "--format", f"html:{html}", "--format", f"json:{result}",
                    "--fail-on", "never"], check=True, stderr=subprocess.DEVNULL)
    with open(result, encoding="utf-8") as f:
        return html, json.load(f)


def run_second_year(tenken, root, tmp, lang, previous):
    """The hospital's second year as HTML with `previous` (the first year's Result) and as JSON."""
    html = os.path.join(tmp, f"report-2022-{lang}.html")
    result = os.path.join(tmp, f"result-2022-{lang}.json")
    subprocess.run([tenken, "check", os.path.join(root, SECOND_YEAR), "--previous", previous,
                    "--lang", lang, "--format", f"html:{html}", "--format", f"json:{result}",
                    "--fail-on", "never"], check=True, stderr=subprocess.DEVNULL)
    with open(result, encoding="utf-8") as f:
        return html, json.load(f)


def category_titles(root, lang):
    """The library's category titles by id (rules/categories.yaml): what the radar's axes say."""
    with open(os.path.join(root, "rules", "categories.yaml"), encoding="utf-8") as f:
        return {c["id"]: c["title"][lang] for c in yaml.safe_load(f)["categories"]}


def date_text(iso, lang):
    year, month, day = (int(part) for part in iso.split("-"))
    return f"{year}年{month}月{day}日" if lang == "ja" else f"{day} {MONTHS[month - 1]} {year}"


def scored(result):
    """The categories that score anything, in report order, with their scores."""
    return [(c["category"], c["score"]) for c in result["summary"]["categories"] if c["weight_scored"] > 0]


def read_radar(driver):
    """The radar as drawn: centre and outer radius (from the first spoke), the axes' category ids,
    each series' polygon corners, the labels' boxes and the legend's text."""
    return driver.execute_script("""
        var svg = document.querySelector('#categories svg.radar-chart');
        if (!svg) return null;
        var spoke = svg.querySelector('.radar-axis line');
        var x1 = +spoke.getAttribute('x1'), y1 = +spoke.getAttribute('y1');
        var view = svg.viewBox.baseVal;
        var polygon = function (series) {
          var p = svg.querySelector('polygon.radar-area.' + series);
          return p ? Array.from(p.points).map(function (q) { return [q.x, q.y]; }) : null;
        };
        return {
          centre: [x1, y1],
          radius: Math.hypot(+spoke.getAttribute('x2') - x1, +spoke.getAttribute('y2') - y1),
          axes: Array.from(svg.querySelectorAll('.radar-axis')).map(function (a) { return a.dataset.category; }),
          titles: Array.from(svg.querySelectorAll('.radar-label title')).map(function (t) { return t.textContent; }),
          labels: Array.from(svg.querySelectorAll('.radar-label text')).map(function (t) {
            var b = t.getBBox(); return [b.x, b.y, b.width, b.height]; }),
          view: [view.x, view.y, view.width, view.height],
          first: polygon('first'), second: polygon('second'),
          dots: svg.querySelectorAll('circle.radar-dot').length,
          role: svg.getAttribute('role'),
          described: (svg.getAttribute('aria-labelledby') || '').split(' ').every(function (id) {
            var e = document.getElementById(id); return e && e.textContent.length > 0; }),
          legend: Array.from(document.querySelectorAll('#categories .radar-legend li')).map(function (li) {
            return li.textContent; }),
          shown: svg.getBoundingClientRect().width > 200
        };""")


def expected_corners(radar, scores):
    """Where each score lies: axis i of n points up and turns clockwise by 360/n degrees."""
    (cx, cy), radius, n = radar["centre"], radar["radius"], len(radar["axes"])
    corners = []
    for i, score in enumerate(scores):
        if score is None:
            continue
        angle = -math.pi / 2 + 2 * math.pi * i / n
        corners.append((cx + radius * score / 100 * math.cos(angle), cy + radius * score / 100 * math.sin(angle)))
    return corners


def same_corners(drawn, expected):
    return drawn is not None and len(drawn) == len(expected) and all(
        abs(a[0] - b[0]) < 0.2 and abs(a[1] - b[1]) < 0.2 for a, b in zip(drawn, expected))


def check_radar(driver, result, titles, lang, previous=None):
    """The radar of `result`'s category scores (and `previous`'s), checked against the JSON."""
    radar = read_radar(driver)
    if not check(radar is not None, f"{lang}: no radar chart in the categories section"):
        return
    now = scored(result)
    before = dict(scored(previous)) if previous else {}
    ids = [c for c, _ in now] + [c for c in before if c not in dict(now)]
    check(radar["axes"] == ids, f"{lang}: radar axes {radar['axes']}, expected the scored categories {ids}")
    check(radar["titles"] == [titles[c] for c in radar["axes"]], f"{lang}: radar labels {radar['titles']}")
    check(radar["role"] == "img" and radar["described"], f"{lang}: the radar has no role=img with a title and description")
    check(radar["shown"], f"{lang}: the radar is not shown at a readable size")
    check(abs(radar["radius"] - 150) < 0.5, f"{lang}: radar radius {radar['radius']}")
    expected = expected_corners(radar, [dict(now).get(c) for c in ids])
    check(same_corners(radar["first"], expected),
          f"{lang}: the radar's polygon {radar['first']} is not at the scores {dict(now)}: expected {expected}")
    vx, vy, vw, vh = radar["view"]
    outside = [(t, b) for t, b in zip(radar["titles"], radar["labels"])
               if b[0] < vx or b[1] < vy or b[0] + b[2] > vx + vw or b[1] + b[3] > vy + vh]
    check(not outside, f"{lang}: radar labels reach outside the chart: {outside}")
    if previous is None:
        check(radar["second"] is None and not radar["legend"], f"{lang}: a radar without --previous has a second polygon or a legend")
        check(radar["dots"] == len(now), f"{lang}: {radar['dots']} dots for {len(now)} scores")
        return
    expected = expected_corners(radar, [before.get(c) for c in ids])
    if not check(same_corners(radar["second"], expected),
                 f"{lang}: the previous polygon {radar['second']} is not at the previous scores {before}: expected {expected}"):
        return
    dates = [date_text(result["assessment"]["date"], lang), date_text(previous["assessment"]["date"], lang)]
    check(len(radar["legend"]) == 2 and all(d in t for d, t in zip(dates, radar["legend"])),
          f"{lang}: the radar's legend {radar['legend']} does not give both dates {dates}")
    check(radar["dots"] == len(now) + len(before), f"{lang}: {radar['dots']} dots for {len(now)} + {len(before)} scores")
    dashed = driver.execute_script(
        "return getComputedStyle(document.querySelector('polygon.radar-area.second')).strokeDasharray;")
    check(dashed not in ("", "none"), f"{lang}: the previous polygon is not dashed ({dashed!r})")


def screenshot_radar(driver, path):
    figure = driver.find_element(By.CSS_SELECTOR, "#categories figure.radar")
    driver.execute_script("arguments[0].scrollIntoView();", figure)
    figure.screenshot(path)


def start_browser(tmp):
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for arg in ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,1000", f"--user-data-dir={os.path.join(tmp, 'profile')}"]:
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def shown_ids(driver):
    return driver.execute_script(
        "return Array.from(document.querySelectorAll('#finding-list > li'))"
        ".filter(li => li.offsetParent !== null).map(li => li.id.slice(5));")


def checkbox(driver, name, value):
    return driver.find_element(By.CSS_SELECTOR, f"#filters input[name='{name}'][value='{value}']")


def set_boxes(driver, name, values):
    """Clicks the checkboxes of `name` so that exactly `values` are ticked."""
    for box in driver.find_elements(By.CSS_SELECTOR, f"#filters input[name='{name}']"):
        if box.is_selected() != (box.get_attribute("value") in values):
            box.click()


def visible(driver, element):
    """Rendered: unlike is_displayed(), this sees the content of a closed <details> as hidden."""
    return driver.execute_script("return arguments[0].checkVisibility();", element)


def click(driver, selector):
    driver.find_element(By.CSS_SELECTOR, selector).click()


def count_text(driver):
    return driver.find_element(By.ID, "shown-count").text


def ids(rules):
    return [r["rule"] for r in report_order(rules)]


def check_default_view(driver, result):
    rules = result["results"]
    expected = ids([r for r in rules if counted_state(r) in DEFAULT_STATES])
    check(driver.find_element(By.ID, "filters").is_displayed(), "the filter form is not shown")
    check(shown_ids(driver) == expected,
          f"default view: expected the {len(expected)} open items {expected}, got {shown_ids(driver)}")
    check(count_text(driver) == f"Showing {len(expected)} of {len(rules)} rules",
          f"default view: count reads {count_text(driver)!r}")
    opened = driver.find_elements(By.CSS_SELECTOR, "#finding-list details[open]")
    check(not opened, f"{len(opened)} findings are open on load; the script should close them")


def check_state_filter(driver, result):
    set_boxes(driver, "state", {"pass"})
    expected = ids([r for r in result["results"] if counted_state(r) == "pass"])
    check(expected and shown_ids(driver) == expected, f"state pass: expected {expected}, got {shown_ids(driver)}")
    set_boxes(driver, "state", {"waived"})
    expected = ids([r for r in result["results"] if counted_state(r) == "waived"])
    check(expected and shown_ids(driver) == expected, f"state waived: expected {expected}, got {shown_ids(driver)}")
    click(driver, "#filters [data-reset]")
    expected = ids([r for r in result["results"] if counted_state(r) in DEFAULT_STATES])
    check(shown_ids(driver) == expected, "reset does not bring the default view back")


def check_severity_and_category(driver, result):
    rules = result["results"]
    click(driver, "#filters [data-show-all]")
    check(len(shown_ids(driver)) == len(rules), f"show all shows {len(shown_ids(driver))} of {len(rules)}")
    set_boxes(driver, "severity", {"high"})
    expected = ids([r for r in rules if r["severity"] == "high"])
    check(expected and shown_ids(driver) == expected, f"severity high: expected {expected}, got {shown_ids(driver)}")
    category = next(r["category"] for r in report_order(rules) if r["severity"] == "high")
    Select(driver.find_element(By.ID, "filter-category")).select_by_value(category)
    expected = ids([r for r in rules if r["severity"] == "high" and r["category"] == category])
    check(expected and shown_ids(driver) == expected,
          f"severity high, category {category}: expected {expected}, got {shown_ids(driver)}")
    check(count_text(driver) == f"Showing {len(expected)} of {len(rules)} rules",
          f"filtered count reads {count_text(driver)!r}")


def check_search(driver, result, library):
    click(driver, "#filters [data-show-all]")
    target = next(r for r in report_order(result["results"]) if counted_state(r) == "pass")
    word = max(library[target["rule"]]["title"]["en"].split(), key=len).strip(",.").lower()
    box = driver.find_element(By.ID, "filter-search")
    box.send_keys(word.upper())  # the search ignores case
    shown = shown_ids(driver)
    check(target["rule"] in shown, f"search {word!r}: {target['rule']} is not shown (shown: {shown})")
    check(0 < len(shown) < len(result["results"]), f"search {word!r} shows {len(shown)} rules")
    texts = driver.execute_script(
        "return Array.from(document.querySelectorAll('#finding-list > li'))"
        ".filter(li => !li.hidden).map(li => li.textContent.toLowerCase());")
    check(all(word in t for t in texts), f"search {word!r} shows rules without the word")
    box.clear()
    box.send_keys("zzzz-no-such-text")
    check(shown_ids(driver) == [] and driver.find_element(By.ID, "no-match").is_displayed(),
          "a search that matches nothing does not say so")
    click(driver, "#filters [data-reset]")
    driver.find_element(By.TAG_NAME, "body").send_keys("/")
    check(driver.switch_to.active_element.get_attribute("id") == "filter-search", "'/' does not focus the search box")


def check_open_finding(driver, result, library):
    rule = report_order(result["results"])[0]
    item = driver.find_element(By.ID, f"rule-{rule['rule']}")
    todo = item.find_element(By.CSS_SELECTOR, ".todo dd")
    check(not visible(driver, todo), "a closed finding shows its recommendation")
    summary = item.find_element(By.TAG_NAME, "summary")
    summary.send_keys(Keys.ENTER)  # by keyboard
    check(visible(driver, todo), f"opening {rule['rule']} does not show its recommendation")
    check(todo.text.split()[0] in library[rule["rule"]]["recommendation"]["en"],
          f"{rule['rule']}: the recommendation shown is not the rule's: {todo.text[:80]!r}")
    summary.click()
    check(not visible(driver, todo), "a finding does not close again")


def check_question_link(driver, result):
    if not result["questions_needed"]:
        return
    rule = result["questions_needed"][0]["rules"][0]
    set_boxes(driver, "state", {"pass"})  # the rule is unknown: hidden now
    link = driver.find_element(By.CSS_SELECTOR, f"#questions a[href='#rule-{rule}']")
    link.click()
    item = driver.find_element(By.ID, f"rule-{rule}")
    check(item.is_displayed() and item.find_element(By.TAG_NAME, "details").get_attribute("open") is not None,
          f"the link to {rule} from the questions does not show it open")
    click(driver, "#filters [data-reset]")


def check_grouped_questions(driver, result):
    """Each question still to answer is listed once, with the unknown rules that wait for it, the
    question that decides the most rules first; and the action plan links to failed rules."""
    unknown = {r["rule"] for r in result["results"] if counted_state(r) == "unknown"}
    expected = {}
    for q in result["questions_needed"]:
        waiting = [r for r in q["rules"] if r in unknown]
        if waiting:
            expected[q["question"]] = set(waiting)
    items = driver.find_elements(By.CSS_SELECTOR, "#questions li[data-question]")
    shown = [i.get_attribute("data-question") for i in items]
    check(len(shown) == len(set(shown)), f"a question is listed twice: {shown}")
    check(set(shown) == set(expected), f"questions listed {sorted(shown)}, expected {sorted(expected)}")
    counts = []
    for item in items:
        question = item.get_attribute("data-question")
        links = {a.text for a in item.find_elements(By.CSS_SELECTOR, ".question-rules a")}
        check(links == expected.get(question, set()), f"{question}: rules {sorted(links)}")
        check(int(item.get_attribute("data-rules")) == len(links), f"{question}: data-rules")
        check(item.is_displayed(), f"{question} is not shown")
        counts.append(len(links))
    check(counts == sorted(counts, reverse=True), f"questions not by rules decided: {counts}")
    failed = {r["rule"] for r in result["results"] if counted_state(r) == "fail"}
    plan = driver.find_elements(By.CSS_SELECTOR, "#plan .actions-plan li")
    check(0 < len(plan) <= 10, f"{len(plan)} actions in the plan")
    for item in plan:
        for a in item.find_elements(By.CSS_SELECTOR, ".action-rules a"):
            check(a.text in failed, f"the plan links to {a.text}, which did not fail")


def check_clean_page(driver):
    errors = [e for e in driver.get_log("browser") if e["level"] in ("SEVERE", "WARNING")]
    check(not errors, f"the browser logged: {errors}")
    fetched = driver.execute_script("return performance.getEntriesByType('resource').map(e => e.name);")
    check(not fetched, f"the page fetched {fetched}")


def check_policy_blocks_fetches(driver):
    """The page's Content-Security-Policy is in force: a fetch added to the page is refused."""
    refused = driver.execute_async_script("""
        var done = arguments[arguments.length - 1];
        document.addEventListener("securitypolicyviolation", function (e) { done(e.violatedDirective); });
        var img = document.createElement("img");
        img.src = "https://example.com/tracker.png";
        document.body.appendChild(img);
        setTimeout(function () { done(null); }, 2000);
    """)
    check(refused and refused.startswith("img-src") or refused == "default-src",
          f"the policy did not refuse an image from the network (violation: {refused})")


def check_without_script(driver, path, result):
    driver.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": True})
    driver.get("file://" + path)
    try:
        check(not driver.find_element(By.ID, "filters").is_displayed(), "without script the filter form shows")
        check(len(shown_ids(driver)) == len(result["results"]), "without script not every finding shows")
        closed = driver.find_elements(By.CSS_SELECTOR, "#finding-list details:not([open])")
        check(not closed, f"without script {len(closed)} findings are closed")
    finally:
        driver.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": False})


def screenshot(driver, path, height, width=1280):
    """The top `height` pixels of the page; `width` 800 is about an A4 page's printable width."""
    driver.set_window_size(width, height)
    driver.execute_script("window.scrollTo(0, 0);")
    driver.save_screenshot(path)
    driver.set_window_size(1280, 1000)


def check_radars(driver, tenken, root, tmp, path, result):
    """The radar of the first year's report, then the second year's with the first as --previous."""
    driver.get("file://" + path)
    check_radar(driver, result, category_titles(root, "en"), "en")
    screenshot_radar(driver, "/tmp/tenken-radar-en.png")
    previous = os.path.join(tmp, "result-en.json")
    for lang in ("en", "ja"):
        second_path, second = run_second_year(tenken, root, tmp, lang, previous)
        driver.get("file://" + second_path)
        check_radar(driver, second, category_titles(root, lang), lang, previous=result)
        screenshot_radar(driver, f"/tmp/tenken-radar-previous-{lang}.png")
        check_clean_page(driver)


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    tenken, root = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    with tempfile.TemporaryDirectory(prefix="tenken-html-") as tmp:
        path, result = run_tenken(tenken, root, tmp, "en")
        library = library_rules(root)
        missing = [r["rule"] for r in result["results"] if r["rule"] not in library]
        if missing:
            sys.exit(f"html_browser_test: rules of the Result not found under rules/: {missing}")
        path_ja, _ = run_tenken(tenken, root, tmp, "ja")
        driver = start_browser(tmp)
        try:
            driver.get("file://" + path)
            check(driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == "en", "html lang is not en")
            check_default_view(driver, result)
            screenshot(driver, "/tmp/tenken-html.png", 2400)
            check_state_filter(driver, result)
            check_severity_and_category(driver, result)
            check_search(driver, result, library)
            check_open_finding(driver, result, library)
            check_question_link(driver, result)
            check_grouped_questions(driver, result)
            check_clean_page(driver)
            driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
            check(not driver.find_element(By.ID, "filters").is_displayed(), "the filters are printed")
            check(len(shown_ids(driver)) == len(result["results"]), "print does not show every finding")
            todo = driver.find_elements(By.CSS_SELECTOR, "#finding-list .todo dd")
            check(todo and all(visible(driver, t) for t in todo), "print does not show every finding open")
            screenshot(driver, "/tmp/tenken-html-print.png", 5000, width=800)
            driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
            check_without_script(driver, path, result)
            driver.get("file://" + path_ja)
            check(driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == "ja", "html lang is not ja")
            check(driver.find_element(By.ID, "filters").is_displayed(), "the Japanese page's filters do not show")
            screenshot(driver, "/tmp/tenken-html-ja.png", 2400)
            check_clean_page(driver)
            check_radars(driver, tenken, root, tmp, path, result)
            check_policy_blocks_fetches(driver)  # last: the refused fetch is logged
        except WebDriverException as e:
            failures.append(f"the browser failed: {e.msg}")
        finally:
            driver.quit()
    for f in failures:
        print("FAIL:", f)
    if failures:
        return 1
    print("html_browser_test: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
