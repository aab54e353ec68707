#!/usr/bin/env python3
"""The questionnaire page (`tenken form`) in a real browser: headless Chromium through Selenium.

Usage: form_browser_test.py TENKEN REPO_ROOT

Writes the built-in questionnaire's page and answers it the way an operator would: a profile
answer that skips a whole section, "don't know" with a comment, N/A with a reason (which skips
another section), a partial multiple choice, a year-only date, `never`, a number out of bounds
and then within them, an approximate number (its bounds crossed, then right) with a comment, a
compensating control. Saves (the file Chromium downloads, and the text
the page shows), runs `tenken check` on the saved file and finds those answers in its Result.
Reloads and finds the draft restored from localStorage; opens examples/small-operator.yaml and
finds its answers in the fields; opens approximate numbers in every form an answer file takes
them and saves them again; opens a sector and size written by their names, and ones not in the
lists; switches to Japanese. Also checks that the page logged no error,
fetched nothing, and that its policy refuses a fetch. Screenshots go to /tmp/tenken-form-en.png,
/tmp/tenken-form-ja.png and /tmp/tenken-form-print.png. Exits 1 with a message per failed check.
"""
import json
import os
import subprocess
import sys
import tempfile
import time

try:
    from selenium import webdriver
    from selenium.common.exceptions import WebDriverException
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support import expected_conditions
    from selenium.webdriver.support.ui import Select, WebDriverWait
except ImportError:
    # Debian's python3-selenium lives in the system Python; a pyenv or venv python3 may come first.
    if os.path.exists("/usr/bin/python3") and os.path.realpath(sys.executable) != os.path.realpath("/usr/bin/python3"):
        os.execv("/usr/bin/python3", ["/usr/bin/python3"] + sys.argv)
    sys.exit("form_browser_test: python3-selenium is not installed (scripts/setup --tests)")

# Text that must stay text: quotes, a colon and a hash (YAML), markup, a line break, U+2028.
HOSTILE = 'Ask "総務課": #1 </script><b>x</b>\nline two\u2028end'
ORG_NAME = '架空の "みなと" 病院: 本院 #2'

failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
    return condition


def start_browser(tmp, downloads):
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for arg in ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,1000", f"--user-data-dir={os.path.join(tmp, 'profile')}"]:
        options.add_argument(arg)
    options.add_experimental_option("prefs", {"download.default_directory": downloads,
                                              "download.prompt_for_download": False})
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    driver.execute_cdp_cmd("Page.setDownloadBehavior", {"behavior": "allow", "downloadPath": downloads})
    return driver


# ---- the page's parts ---------------------------------------------------------------------------

def question(driver, qid):
    return driver.find_element(By.ID, "question-" + qid)


def shown(driver, element):
    return driver.execute_script("return arguments[0].checkVisibility();", element)


def choose(driver, qid, value):
    q = question(driver, qid)
    radio = q.find_element(By.CSS_SELECTOR, f".control input[type=radio][value='{value}']")
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'});", radio)
    radio.click()


def press(driver, qid, mode):
    question(driver, qid).find_element(By.CSS_SELECTOR, f"button.mode-{mode}").click()


def type_into(element, text):
    element.clear()
    element.send_keys(text)
    element.send_keys(Keys.TAB)  # leaves the field: its change event


def message(driver, qid):
    el = question(driver, qid).find_element(By.CSS_SELECTOR, ".message")
    return el.text if shown(driver, el) else ""


def set_text(driver, element, text):
    """Text with characters send_keys cannot type (U+2028), as an input event would leave it."""
    driver.execute_script("arguments[0].value = arguments[1];"
                          "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));", element, text)


def progress(driver):
    return driver.find_element(By.ID, "progress-text").text


def notice(driver, nid):
    found = driver.find_elements(By.ID, nid)
    return found[0].text if found else ""


# ---- the steps ----------------------------------------------------------------------------------

def check_first_view(driver, total):
    check(driver.title == "Security self-assessment questionnaire", f"title is {driver.title!r}")
    check(progress(driver) == f"0 of {total} questions answered (0%)", f"progress on load: {progress(driver)!r}")
    check(driver.find_element(By.ID, "org-date").get_attribute("value") != "", "the assessment date is not filled in")
    check(shown(driver, driver.find_element(By.ID, "section-remote")), "the remote section is hidden before any answer")
    hint = driver.find_element(By.ID, "org-date-hint").text
    check(hint == "YYYY-MM-DD. Every date in the answers is judged against this day.", f"the date's hint: {hint!r}")


def check_save_blocked(driver):
    driver.find_element(By.ID, "save").click()
    text = notice(driver, "save-notice")
    check(text == "The answers cannot be saved yet. Correct these, then save again (1):\n"
                  "Enter the organisation's name.\n×", f"saving without a name: {text!r}")
    check(driver.find_element(By.ID, "org-name-message").text == "Enter the organisation's name.",
          f"the name's message: {driver.find_element(By.ID, 'org-name-message').text!r}")


def fill_organisation(driver):
    set_text(driver, driver.find_element(By.ID, "org-name"), ORG_NAME)
    Select(driver.find_element(By.ID, "org-sector")).select_by_value("medical")
    sizes = [o.text for o in Select(driver.find_element(By.ID, "org-size")).options]
    check(sizes == ["(choose)", "Fewer than 100 staff", "100 to 999 staff", "1,000 to 9,999 staff", "10,000 staff or more"],
          f"the sizes offered: {sizes}")
    Select(driver.find_element(By.ID, "org-size")).select_by_value("100_to_999")
    type_into(driver.find_element(By.ID, "org-date"), "2026/4/1")
    check(driver.find_element(By.ID, "org-date").get_attribute("value") == "2026-04-01",
          "2026/4/1 is not written as 2026-04-01")
    type_into(driver.find_element(By.ID, "org-assessor"), "情報システム課")


def answer_profile(driver):
    choose(driver, "profile.critical_systems", "yes")
    choose(driver, "profile.remote_access", "no")
    section = driver.find_element(By.ID, "section-remote")
    check(not shown(driver, section), "answering no to remote access does not hide the remote section")
    toc = driver.find_element(By.CSS_SELECTOR, ".toc-list li[data-section=remote]")
    check("skipped" in toc.get_attribute("class") and toc.text.endswith("not asked"),
          f"the contents do not show the remote section as not asked: {toc.text!r}")
    # Don't know, with a comment that must stay text.
    press(driver, "profile.public_website", "unknown")
    q = question(driver, "profile.public_website")
    q.find_element(By.CSS_SELECTOR, "button[id$=-comment-toggle]").click()
    set_text(driver, q.find_element(By.CSS_SELECTOR, "textarea[id$=-comment]"), HOSTILE)
    # N/A: the reason is asked for at once; N/A skips the cloud section (decided only by N/A, as
    # the section's other condition, cloud services for everyday work, is no).
    choose(driver, "profile.work_cloud", "no")
    press(driver, "profile.cloud_services", "na")
    check(message(driver, "profile.cloud_services") == "Give the reason why the question does not apply.",
          f"N/A without a reason: {message(driver, 'profile.cloud_services')!r}")
    reason = question(driver, "profile.cloud_services").find_element(By.CSS_SELECTOR, ".reason textarea")
    check(driver.switch_to.active_element == reason, "choosing N/A does not put the cursor in the reason")
    reason.send_keys("クラウドは使っていない")
    check(message(driver, "profile.cloud_services") == "", "the reason's message stays after giving one")
    check(not shown(driver, driver.find_element(By.ID, "section-cloud")), "N/A for cloud services does not skip the cloud section")
    for qid in ["profile.outsourcing", "profile.group_network", "profile.field_sites", "profile.redundant_systems"]:
        choose(driver, qid, "no")


def answer_sections(driver):
    # A year only.
    date = question(driver, "governance.system_review_on").find_element(By.CSS_SELECTOR, "input.date")
    type_into(date, "2024-13")
    check(message(driver, "governance.system_review_on") == "There is no month 13.",
          f"a bad date: {message(driver, 'governance.system_review_on')!r}")
    type_into(date, "2024")
    check(message(driver, "governance.system_review_on") == "", "a year-only date is refused")
    # Never, where the question offers it.
    question(driver, "network.filter_rules_reviewed_on").find_element(By.CSS_SELECTOR, "input[id$=-never]").click()
    # A partial multiple choice: one option present, one absent, the rest not known.
    q = question(driver, "monitoring.log_sources")
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'});", q)
    q.find_element(By.CSS_SELECTOR, "button[id$=-partial]").click()
    q.find_element(By.CSS_SELECTOR, "input[id$='-0-has']").click()    # remote_logins
    q.find_element(By.CSS_SELECTOR, "input[id$='-3-lacks']").click()  # network_traffic
    # A number: out of bounds, then within.
    days = question(driver, "monitoring.log_retention_days")
    check(shown(driver, days), "a partial answer with an option present does not ask the retention question")
    number = days.find_element(By.CSS_SELECTOR, "input.number")
    type_into(number, "9999")
    check(message(driver, "monitoring.log_retention_days") == "Enter a number from 0 to 3650 days; found 9999.",
          f"a number out of bounds: {message(driver, 'monitoring.log_retention_days')!r}")
    type_into(number, "90")
    check(message(driver, "monitoring.log_retention_days") == "", "90 days is refused")
    answer_approximately(driver)
    # A compensating control.
    choose(driver, "backup.taken", "yes")
    press(driver, "backup.offline_copy", "alternative")
    question(driver, "backup.offline_copy").find_element(By.CSS_SELECTOR, ".reason textarea").send_keys(
        "Tapes are taken to the branch office every Friday")
    type_into(question(driver, "backup.generations").find_element(By.CSS_SELECTOR, "input.number"), "3")


def answer_approximately(driver):
    """An approximate number: the exact box gives way to two bounds; crossed bounds are refused."""
    qid = "assets.unsupported_count"
    q = question(driver, qid)
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'});", q)
    type_into(q.find_element(By.CSS_SELECTOR, "input[id$=-input]"), "7")
    least, most = q.find_element(By.CSS_SELECTOR, "input.at-least"), q.find_element(By.CSS_SELECTOR, "input.at-most")
    check(not shown(driver, least) and not shown(driver, most), "the bounds show before the approximate toggle is pressed")
    toggle = q.find_element(By.CSS_SELECTOR, "button[id$=-approx]")
    check(toggle.text == "I know it only roughly" and toggle.get_attribute("aria-pressed") == "false",
          f"the approximate toggle says {toggle.text!r}")
    toggle.click()
    check(toggle.get_attribute("aria-pressed") == "true", "the approximate toggle is not pressed")
    check(shown(driver, least) and shown(driver, most) and not shown(driver, q.find_element(By.CSS_SELECTOR, "input[id$=-input]")),
          "the approximate toggle does not show the two bounds in place of the number")
    labels = [driver.find_element(By.CSS_SELECTOR, f"label[for='{box.get_attribute('id')}']").text for box in (least, most)]
    check(labels == ["At least", "At most"], f"the bounds are labelled {labels}")
    type_into(least, "５")
    check(least.get_attribute("value") == "5", "a full-width bound is not written as ASCII")
    type_into(most, "2")
    check(message(driver, qid) == "Enter an upper bound no less than the lower bound 5; found 2.",
          f"crossed bounds: {message(driver, qid)!r}")
    check(most.get_attribute("aria-invalid") == "true" and least.get_attribute("aria-invalid") is None,
          "crossed bounds do not mark the upper bound as invalid")
    type_into(most, "20")
    check(message(driver, qid) == "", f"5 to 20 is refused: {message(driver, qid)!r}")
    q.find_element(By.CSS_SELECTOR, "button[id$=-comment-toggle]").click()
    set_text(driver, q.find_element(By.CSS_SELECTOR, "textarea[id$=-comment]"), "台帳では 12")


def wait_for_download(folder, seconds=10):
    end = time.time() + seconds
    while time.time() < end:
        done = [f for f in os.listdir(folder) if not f.endswith(".crdownload")]
        if done:
            return os.path.join(folder, done[0])
        time.sleep(0.1)
    return None


def save(driver, downloads):
    driver.find_element(By.ID, "save").click()
    path = wait_for_download(downloads)
    if not check(path, "saving downloaded no file"):
        return None
    name = os.path.basename(path)
    check(name == "架空の_みなと_病院_本院_#2-2026-04-01.yaml",
          f"the saved file is named {name!r}")
    with open(path, encoding="utf-8") as f:
        text = f.read()
    check('organization:\n  name: "架空の \\"みなと\\" 病院: 本院 #2"\n  sector: "medical"\n  size: "100_to_999"\n' in text,
          f"the organisation is not saved with its sector and size: {text[:200]!r}")
    check('  assets.unsupported_count:\n    at_least: 5\n    at_most: 20\n    comment: "台帳では 12"\n' in text,
          "the approximate number is not saved as at_least/at_most with its comment")
    shown_text = driver.execute_script("return window.tenkenForm.answersFile().text;")
    check(text == shown_text, "the downloaded file differs from the text the page shows")
    check(notice(driver, "save-notice").startswith(f"Saved as {name}."), f"save notice: {notice(driver, 'save-notice')!r}")
    return path


def check_text_dialog(driver):
    driver.find_element(By.ID, "show-text").click()
    dialog = driver.find_element(By.ID, "text-dialog")
    check(dialog.is_displayed(), "'Show as text' does not open the dialog")
    text = driver.find_element(By.ID, "text-output").get_attribute("value")
    check(text == driver.execute_script("return window.tenkenForm.answersFile().text;"),
          "the dialog does not show the answer file")
    driver.find_element(By.ID, "copy").click()
    status = dialog.find_element(By.CSS_SELECTOR, ".copy-status")
    try:
        WebDriverWait(driver, 5).until(lambda d: status.text)
    except WebDriverException:
        pass
    check(status.text == "Copied.", f"copying says {status.text!r}")
    driver.find_element(By.ID, "close-text").click()
    check(not dialog.is_displayed(), "the dialog does not close")


def check_quick(driver, page, data, tenken, root, tmp):
    """The quick first pass asks only the quick questions and says that it covers only part; an
    answer file opened in it keeps the answers to the other questions when saved again."""
    driver.get("file://" + page)
    driver.execute_script("localStorage.clear();")  # the draft of the full form, in Japanese by now
    driver.refresh()
    quick = [q["id"] for q in data["questions"] if q.get("quick")]
    asked = driver.execute_script(
        "return Array.from(document.querySelectorAll('article.question')).map(a => a.id.slice(9));")
    check(asked == quick, f"the quick pass asks {len(asked)} questions, expected the {len(quick)} quick ones")
    text = notice(driver, "quick-notice")
    check(text == f"This is the quick first pass: only the {len(quick)} questions that decide the most serious "
                  f"gaps, a part of all {len(data['questions'])}. Answer the full questionnaire afterwards.",
          f"the quick notice: {text!r}")
    example = os.path.join(root, "examples/well-run.yaml")
    with open(example, encoding="utf-8") as f:
        driver.execute_script("window.tenkenForm.openText('well-run.yaml', arguments[0]);", f.read())
    copy = os.path.join(tmp, "quick-well-run.yaml")
    with open(copy, "w", encoding="utf-8") as f:
        f.write(driver.execute_script("return window.tenkenForm.answersFile().text;"))
    before = result_of(tenken, example, os.path.join(tmp, "before.json"))
    after = result_of(tenken, copy, os.path.join(tmp, "after.json"))
    if before and after:
        check([(r["rule"], r["state"]) for r in before["results"]] == [(r["rule"], r["state"]) for r in after["results"]],
              "well-run.yaml saved again from the quick pass changes rule states")


def read_by(result, rule):
    """The answers a rule read, in the order it read them (its `reads`, places in `answers`)."""
    return [result["answers"][i] for i in rule["reads"]]


def used_answers(result):
    used = {}
    for rule in result["results"]:
        for a in read_by(result, rule):
            used[a["question"]] = a
    return used


def check_with_tenken(tenken, path, tmp):
    out = os.path.join(tmp, "result.json")
    run = subprocess.run([tenken, "check", path, "--format", f"json:{out}", "--fail-on", "never"],
                         capture_output=True, text=True)
    check(run.returncode == 0, f"tenken check on the saved file exited {run.returncode}: {run.stderr}")
    check(run.stderr == "", f"tenken check on the saved file warned: {run.stderr}")
    if run.returncode != 0:
        return
    with open(out, encoding="utf-8") as f:
        result = json.load(f)
    check(result["organization"]["name"] == ORG_NAME and result["organization"]["sector"] == "medical",
          f"organization: {result['organization']}")
    check(result["assessment"]["date"] == "2026-04-01" and result["assessment"]["assessor"] == "情報システム課",
          f"assessment: {result['assessment']}")
    used = used_answers(result)
    expected = {
        "profile.remote_access": {"status": "answered", "value": "no"},
        "profile.critical_systems": {"status": "answered", "value": "yes"},
        "profile.public_website": {"status": "dont_know", "value": "", "comment": HOSTILE.strip()},
        "profile.cloud_services": {"status": "not_applicable", "value": "", "na_reason": "クラウドは使っていない"},
        "remote.firmware_checked_on": {"status": "not_asked", "value": ""},
        "governance.system_review_on": {"status": "answered", "value": "2024"},
        "network.filter_rules_reviewed_on": {"status": "answered", "value": "never"},
        "monitoring.log_sources": {"status": "answered", "value": "{has: [remote_logins], lacks: [network_traffic]}"},
        "monitoring.log_retention_days": {"status": "answered", "value": "90"},
        "backup.offline_copy": {"status": "alternative", "value": "",
                                "alternative": "Tapes are taken to the branch office every Friday"},
        "backup.generations": {"status": "answered", "value": "3"},
        "assets.unsupported_count": {"status": "answered", "value": "{at_least: 5, at_most: 20}", "comment": "台帳では 12"},
    }
    for qid, want in expected.items():
        got = used.get(qid)
        if not check(got is not None, f"the Result has no answer to {qid}"):
            continue
        got = {k: v for k, v in got.items() if k != "line"}
        check(got == dict(want, question=qid), f"{qid}: expected {want}, got {got}")


def result_of(tenken, path, out):
    run = subprocess.run([tenken, "check", path, "--format", f"json:{out}", "--fail-on", "never"],
                         capture_output=True, text=True)
    if not check(run.returncode == 0, f"tenken check {os.path.basename(path)} exited {run.returncode}: {run.stderr}"):
        return None
    with open(out, encoding="utf-8") as f:
        return json.load(f)


def check_examples(driver, tenken, root, tmp):
    """Every example, opened in the page and saved again, gives the same Result as itself, and the
    page skips exactly the questions the engine skips."""
    driver.execute_script("window.confirm = function () { return true; };")
    folder = os.path.join(root, "examples")
    compared = skips = 0
    for name in sorted(f for f in os.listdir(folder) if f.endswith(".yaml")):
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            driver.execute_script("window.tenkenForm.openText(arguments[0], arguments[1]);", name, f.read())
        check(notice(driver, "file-notice").startswith(f"Opened {name}: ") and
              "left out" not in notice(driver, "file-notice"), f"{name}: {notice(driver, 'file-notice')!r}")
        saved = driver.execute_script("return window.tenkenForm.answersFile().text || null;")
        if not check(saved, f"{name}: the page cannot save it again"):
            continue
        copy = os.path.join(tmp, "again-" + name)
        with open(copy, "w", encoding="utf-8") as f:
            f.write(saved)
        before = result_of(tenken, os.path.join(folder, name), os.path.join(tmp, "before.json"))
        after = result_of(tenken, copy, os.path.join(tmp, "after.json"))
        if not before or not after:
            continue
        states = lambda r: {x["rule"]: x["state"] for x in r["results"]}
        check(states(before) == states(after), f"{name}: saved again, rules change state: " +
              str({k: (v, states(after)[k]) for k, v in states(before).items() if states(after)[k] != v}))
        used = {q: {k: v for k, v in a.items() if k != "line"} for q, a in used_answers(before).items()}
        again = {q: {k: v for k, v in a.items() if k != "line"} for q, a in used_answers(after).items()}
        changed = {q: (a, again[q]) for q, a in used.items() if a != again[q] and a["status"] != "not_asked"}
        check(not changed, f"{name}: saved again, answers change: {changed}")
        hidden = driver.execute_script("return arguments[0].filter(id => document.getElementById('question-' + id).hidden);",
                                       sorted(used))
        skipped = sorted(q for q, a in used.items() if a["status"] == "not_asked")
        check(hidden == skipped, f"{name}: the page skips {hidden}, the engine {skipped}")
        compared += 1
        skips += len(skipped)
    check(compared >= 15 and skips >= 15, f"only {compared} examples compared, with {skips} skipped questions")
    for name, text, want in [
            ("bad.yaml", "answers: [unclosed\n", "bad.yaml could not be read as YAML or JSON: unexpected end of the stream "
                                               "within a flow collection (2:1)"),
            ("list.yaml", "- a\n- b\n", "list.yaml is not an answer file: expected YAML or JSON with organization, "
                                        "assessment and answers."),
            ("bad.json", '{"answers": ', "bad.json could not be read as YAML or JSON: Unexpected end of JSON input")]:
        driver.execute_script("window.tenkenForm.openText(arguments[0], arguments[1]);", name, text)
        got = notice(driver, "file-notice").removesuffix("\n×")
        check(got == want, f"opening {name}: expected {want!r}, got {got!r}")
    print(f"form_browser_test: {compared} examples saved again and compared, {skips} skipped questions agreed")


# Approximate numbers as answer files write them → the page's own saved line. The last comes from
# a JSON file.
APPROXIMATE = [
    ("  assets.unsupported_count: {at_least: 30, at_most: 60}\n", "  assets.unsupported_count: {at_least: 30, at_most: 60}\n"),
    ("  assets.unsupported_count: {at_least: 30}\n", "  assets.unsupported_count: {at_least: 30}\n"),
    ("  assets.unsupported_count: {value: {at_most: 60}}\n", "  assets.unsupported_count: {at_most: 60}\n"),
    ("  assets.unsupported_count: {at_least: 2.5, at_most: 3, comment: approx, evidence: [ledger]}\n",
     '  assets.unsupported_count:\n    at_least: 2.5\n    at_most: 3\n    comment: "approx"\n    evidence: ["ledger"]\n'),
    ('{"organization": {"name": "x"}, "assessment": {"date": "2026-04-01"}, '
     '"answers": {"assets.unsupported_count": {"value": {"at_least": 1, "at_most": 100}}}}',
     "  assets.unsupported_count: {at_least: 1, at_most: 100}\n"),
]


def check_approximate_files(driver):
    """Approximate numbers opened from answer files are kept, shown, and saved as at_least/at_most;
    one on a question that is not a number is left out with the reason."""
    driver.execute_script("window.confirm = function () { return true; };")
    for written, saved in APPROXIMATE:
        text = written if written.startswith("{") else \
            "organization: {name: x}\nassessment: {date: 2026-04-01}\nanswers:\n" + written
        name = "approximate.json" if written.startswith("{") else "approximate.yaml"
        driver.execute_script("window.tenkenForm.openText(arguments[0], arguments[1]);", name, text)
        check(notice(driver, "file-notice").startswith(f"Opened {name}: 1 answers.\n"),
              f"opening {written!r}: {notice(driver, 'file-notice')!r}")
        again = driver.execute_script("return window.tenkenForm.answersFile().text || '';")
        check(saved in again, f"{written!r} is saved again as\n{again}")
    q = question(driver, "assets.unsupported_count")
    bounds = [q.find_element(By.CSS_SELECTOR, f"input.{b}").get_attribute("value") for b in ("at-least", "at-most")]
    check(shown(driver, q.find_element(By.CSS_SELECTOR, "input.at-least")) and bounds == ["1", "100"],
          f"the bounds opened are not shown: {bounds}")
    text = "organization: {name: x}\nassessment: {date: 2026-04-01}\nanswers:\n  profile.remote_access: {at_least: 1}\n"
    driver.execute_script("window.tenkenForm.openText(arguments[0], arguments[1]);", "wrong.yaml", text)
    got = notice(driver, "file-notice").removesuffix("\n×")
    want = ("Opened wrong.yaml: 0 answers. These could not be read and were left out:\n"
            "profile.remote_access: at_least/at_most is only for number questions.")
    check(got == want, f"an approximate yes/no: expected {want!r}, got {got!r}")


# Answers to the probe questions of tests/form/skip-logic: every kind of value, partial values,
# don't know, N/A, alternatives, skipped questions read by other conditions.
SKIP_SCENARIOS = [
    [],
    ["probe.flag: yes", "probe.other: no", "probe.kind: a", "probe.items: [x, y]", "probe.n: 11",
     "probe.when: 2024", 'probe.note: "ok"', "probe.gated: yes"],
    ["probe.flag: no", "probe.other: unknown", "probe.kind: c", "probe.items: {has: [x]}", "probe.n: 5",
     "probe.when: never", "probe.note: unknown", "probe.gated: yes"],
    ["probe.flag: {na: not here}", "probe.other: yes", "probe.kind: b", "probe.items: {has: [], lacks: [x]}",
     "probe.n: 10", "probe.when: 2026-03", 'probe.note: "no"'],
    ["probe.flag: unknown", "probe.other: {alternative: another way}", "probe.items: []",
     "probe.n: {na: none}", "probe.when: 2025-04-01", "probe.kind: unknown"],
    ["probe.flag: yes", "probe.other: yes", "probe.kind: c", "probe.n: 1", "probe.when: 2026-03-20",
     "probe.items: {has: [y, z]}", "probe.gated: no", "probe.c09: yes"],
    ["probe.flag: yes", "probe.other: no", "probe.gated: {na: n/a}", "probe.n: 50", "probe.kind: b",
     "probe.when: 2025", "probe.items: {lacks: [x, y, z]}", "probe.c18: yes"],
    ["probe.flag: no", "probe.n: 99", "probe.when: 2025-03", "probe.items: [z]", "probe.c09: unknown",
     "probe.other: no"],
]


def check_skip_logic(driver, tenken, root, tmp):
    """The page and the engine skip the same probe questions in every scenario."""
    rules = os.path.join(root, "tests/form/skip-logic")
    page = os.path.join(tmp, "probes.html")
    subprocess.run([tenken, "form", "-o", page, "--lang", "en", "--rules", rules], check=True)
    driver.get("file://" + page)
    driver.execute_script("window.confirm = function () { return true; };")
    pattern = []
    for n, answers in enumerate(SKIP_SCENARIOS):
        text = "organization: {name: probes}\nassessment: {date: 2026-04-01}\nanswers:\n" + \
               "".join(f"  {a}\n" for a in answers) + ("" if answers else "  probe.flag:\n")
        path = os.path.join(tmp, f"probes-{n}.yaml")
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        out = os.path.join(tmp, "probes.json")
        run = subprocess.run([tenken, "check", path, "--rules", rules, "--format", f"json:{out}",
                              "--fail-on", "never"], capture_output=True, text=True)
        if not check(run.returncode == 0, f"probes {n}: tenken check exited {run.returncode}: {run.stderr}"):
            continue
        with open(out, encoding="utf-8") as f:
            result = json.load(f)
        read = read_by(result, next(r for r in result["results"] if r["rule"] == "probe-reads-every-probe"))
        driver.execute_script("window.tenkenForm.openText(arguments[0], arguments[1]);", f"probes-{n}.yaml", text)
        check("left out" not in notice(driver, "file-notice"), f"probes {n}: {notice(driver, 'file-notice')!r}")
        ids = [a["question"] for a in read]
        hidden = driver.execute_script("return arguments[0].filter(id => document.getElementById('question-' + id).hidden);", ids)
        skipped = [a["question"] for a in read if a["status"] == "not_asked"]
        check(hidden == skipped, f"probes {n}: the page skips {hidden}, the engine {skipped}")
        pattern.append(len(skipped))
    print(f"form_browser_test: skip logic agrees in {len(pattern)} scenarios (questions skipped: {pattern})")


def check_draft_restored(driver):
    driver.refresh()
    check(notice(driver, "draft-notice").startswith("The draft kept in this browser ("),
          f"no draft notice after reloading: {notice(driver, 'draft-notice')!r}")
    check(driver.find_element(By.ID, "org-name").get_attribute("value") == ORG_NAME, "the name is not restored")
    radio = question(driver, "profile.remote_access").find_element(By.CSS_SELECTOR, "input[value=no]")
    check(radio.is_selected(), "the answer no to remote access is not restored")
    check(not shown(driver, driver.find_element(By.ID, "section-remote")), "after reloading the remote section shows")
    pressed = question(driver, "profile.cloud_services").find_element(By.CSS_SELECTOR, "button.mode-na")
    check(pressed.get_attribute("aria-pressed") == "true", "N/A is not restored")
    reason = question(driver, "profile.cloud_services").find_element(By.CSS_SELECTOR, ".reason textarea")
    check(reason.get_attribute("value") == "クラウドは使っていない", "the N/A reason is not restored")
    q = question(driver, "monitoring.log_sources")
    check("partial" in q.get_attribute("class") and q.find_element(By.CSS_SELECTOR, "input[id$='-3-lacks']").is_selected(),
          "the partial answer is not restored")
    comment = question(driver, "profile.public_website").find_element(By.CSS_SELECTOR, "textarea[id$=-comment]")
    check(comment.get_attribute("value") == HOSTILE and shown(driver, comment), "the comment is not restored and shown")
    q = question(driver, "assets.unsupported_count")
    bounds = [q.find_element(By.CSS_SELECTOR, f"input.{b}").get_attribute("value") for b in ("at-least", "at-most")]
    check("approx" in q.get_attribute("class") and bounds == ["5", "20"], f"the approximate number is not restored: {bounds}")


def check_sector_and_size_files(driver):
    """A sector or size written by its name opens as its id; one not in the list is shown as
    written, with a message, and keeps the file from being saved until one from the list is chosen."""
    driver.execute_script("window.confirm = function () { return true; };")
    text = "organization: {name: x, sector: 医療, size: \"1,000〜9,999人\"}\nassessment: {date: 2026-04-01}\nanswers: {}\n"
    driver.execute_script("window.tenkenForm.openText(arguments[0], arguments[1]);", "names.yaml", text)
    chosen = [Select(driver.find_element(By.ID, i)).first_selected_option.get_attribute("value") for i in ("org-sector", "org-size")]
    check(chosen == ["medical", "1000_to_9999"], f"a sector and size by their names open as {chosen}")
    saved = driver.execute_script("return window.tenkenForm.answersFile().text || '';")
    check('  sector: "medical"\n  size: "1000_to_9999"\n' in saved, f"a sector and size by their names are saved as\n{saved}")
    text = "organization: {name: x, sector: 病院, size: 500}\nassessment: {date: 2026-04-01}\nanswers: {}\n"
    driver.execute_script("window.tenkenForm.openText(arguments[0], arguments[1]);", "free.yaml", text)
    for field, found in [("org-sector", "病院"), ("org-size", "500")]:
        chosen = Select(driver.find_element(By.ID, field)).first_selected_option.get_attribute("value")
        check(chosen == found, f"{field}: {found!r} from the file is shown as {chosen!r}")
        got = driver.find_element(By.ID, field + "-message").text
        check(got == f'"{found}" is not in the list: choose one from it.', f"{field}: the message {got!r}")
    problems = driver.execute_script("return (window.tenkenForm.answersFile().problems || []).map(p => p[0]);")
    check(problems == ["org-sector", "org-size"], f"a sector and size not in the lists: the problems {problems}")
    Select(driver.find_element(By.ID, "org-sector")).select_by_value("medical")
    Select(driver.find_element(By.ID, "org-size")).select_by_value("")
    check(driver.find_element(By.ID, "org-sector-message").text == "", "the sector's message stays after choosing one")
    saved = driver.execute_script("return window.tenkenForm.answersFile().text || '';")
    check('  sector: "medical"\nassessment:' in saved, f"the sector chosen and the size cleared are saved as\n{saved}")


def open_example(driver, root):
    driver.find_element(By.ID, "open-file").send_keys(os.path.join(root, "examples/small-operator.yaml"))
    # The form holds answers: once the file is read, the page asks before replacing them.
    alert = WebDriverWait(driver, 10).until(expected_conditions.alert_is_present())
    check(alert.text == "Replace the answers in this form with those of small-operator.yaml?", f"confirm: {alert.text!r}")
    alert.accept()
    WebDriverWait(driver, 10).until(lambda d: notice(d, "file-notice"))
    text = notice(driver, "file-notice")
    check(text.startswith("Opened small-operator.yaml: "), f"opening the example: {text!r}")
    check(driver.find_element(By.ID, "org-name").get_attribute("value") == "架空の山里町上下水道課", "the example's name")
    check(Select(driver.find_element(By.ID, "org-sector")).first_selected_option.get_attribute("value") == "water",
          "the example's sector")
    check(question(driver, "profile.critical_systems").find_element(By.CSS_SELECTOR, "input[value=yes]").is_selected(),
          "the example's yes to critical systems")
    check(question(driver, "governance.committee").find_element(By.CSS_SELECTOR, "input[value=none]").is_selected(),
          "the example's committee: none")
    check(question(driver, "governance.system_review_on").find_element(By.CSS_SELECTOR, "button.mode-unknown")
          .get_attribute("aria-pressed") == "true", "the example's don't know")
    comment = question(driver, "profile.remote_access").find_element(By.CSS_SELECTOR, "textarea[id$=-comment]")
    check(comment.get_attribute("value") == "監視システムの業者がリモート保守に使っている回線があると聞いている",
          "the example's comment")
    check(shown(driver, driver.find_element(By.ID, "section-remote")), "the example's remote section is hidden")
    check(not shown(driver, driver.find_element(By.ID, "section-web")), "the example's web section shows")


def check_language(driver):
    driver.find_element(By.CSS_SELECTOR, "button[data-lang-choice=ja]").click()
    check(driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == "ja", "html lang is not ja after switching")
    check(driver.title == "セキュリティ自己点検 質問票", f"the Japanese title: {driver.title!r}")
    check(driver.find_element(By.ID, "save").text == "回答を保存", "the save button is not in Japanese")
    text = question(driver, "profile.remote_access").find_element(By.CSS_SELECTOR, ".q-text").text
    check(text.startswith("組織の外から内部のネットワーク"), f"the question is not in Japanese: {text[:30]!r}")
    toggle = question(driver, "assets.unsupported_count").find_element(By.CSS_SELECTOR, "button[id$=-approx]").text
    check(toggle == "おおよそしか分からない", f"the approximate toggle in Japanese: {toggle!r}")


def check_clean_page(driver):
    errors = [e for e in driver.get_log("browser") if e["level"] in ("SEVERE", "WARNING")]
    check(not errors, f"the browser logged: {errors}")
    fetched = driver.execute_script("return performance.getEntriesByType('resource').map(e => e.name);")
    check(not fetched, f"the page fetched {fetched}")


def check_policy_blocks_fetches(driver):
    refused = driver.execute_async_script("""
        var done = arguments[arguments.length - 1];
        document.addEventListener("securitypolicyviolation", function (e) { done(e.violatedDirective); });
        var img = document.createElement("img");
        img.src = "https://example.com/tracker.png";
        document.body.appendChild(img);
        setTimeout(function () { done(null); }, 2000);
    """)
    check(refused in ("img-src", "default-src"), f"the policy did not refuse an image (violation: {refused})")


def screenshot(driver, path, height, width=1280):
    driver.set_window_size(width, height)
    driver.execute_script("window.scrollTo(0, 0);")
    driver.save_screenshot(path)
    driver.set_window_size(1280, 1000)


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    tenken, root = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    with tempfile.TemporaryDirectory(prefix="tenken-form-") as tmp:
        page = os.path.join(tmp, "form.html")
        subprocess.run([tenken, "form", "-o", page, "--lang", "en"], check=True)
        quick_page = os.path.join(tmp, "quick.html")
        subprocess.run([tenken, "form", "-o", quick_page, "--quick", "--lang", "en"], check=True)
        with open(page, encoding="utf-8") as f:
            data = json.loads(f.read().split('id="tenken-questionnaire">')[1].split("</script>")[0])
        total = len(data["questions"])
        downloads = os.path.join(tmp, "downloads")
        os.mkdir(downloads)
        driver = start_browser(tmp, downloads)
        try:
            driver.get("file://" + page)
            check_first_view(driver, total)
            check_save_blocked(driver)
            fill_organisation(driver)
            check(notice(driver, "save-notice") == "", "the problems to correct stay after correcting them")
            answer_profile(driver)
            answer_sections(driver)
            screenshot(driver, "/tmp/tenken-form-en.png", 2400)
            saved = save(driver, downloads)
            if saved:
                check_with_tenken(tenken, saved, tmp)
            check_text_dialog(driver)
            check_clean_page(driver)
            check_draft_restored(driver)
            open_example(driver, root)
            check_examples(driver, tenken, root, tmp)
            check_approximate_files(driver)
            check_sector_and_size_files(driver)
            check_language(driver)
            screenshot(driver, "/tmp/tenken-form-ja.png", 2400)
            driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
            check(not shown(driver, driver.find_element(By.ID, "toolbar")), "the toolbar is printed")
            screenshot(driver, "/tmp/tenken-form-print.png", 3000, width=800)
            driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
            check_clean_page(driver)
            check_skip_logic(driver, tenken, root, tmp)
            check_quick(driver, quick_page, data, tenken, root, tmp)
            check_clean_page(driver)
            check_policy_blocks_fetches(driver)
        except WebDriverException as e:
            failures.append(f"the browser failed: {e.msg}")
        finally:
            driver.quit()
    for f in failures:
        print("FAIL:", f)
    if failures:
        return 1
    print("form_browser_test: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
