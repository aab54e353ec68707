#!/usr/bin/env python3
"""Tests of the XLSX workbook that `tenken check --format xlsx:PATH` writes, read with zipfile and
ElementTree the way a spreadsheet would: the same bytes on every run (whatever the clock and the
time zone), the sheets named in the report's language, one Findings row per rule with the rule
ids and states of the JSON output, a frozen bold header row and an autofilter over the whole
table, numbers as numbers, the questions still to answer, and text from the answer or waivers
file that starts like a formula kept as a string cell, never a formula.
usage: xlsx_workbook_test.py TENKEN REPO_ROOT"""
import json
import os
import subprocess
import sys
import tempfile
import time
import zipfile
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from xlsx_dump import NS, shared_strings, sheet_paths  # noqa: E402

EXAMPLE = "examples/nisc-2021-06-hospital.yaml"
WAIVERS = "examples/waivers/nisc-2021-06-hospital.yaml"
SHEETS = {"en": ["Summary", "What to do first", "Findings", "Questions to answer"],
          "ja": ["概要", "最初に取り組むこと", "結果一覧", "未回答の質問"]}
# The English display names of the states in the Findings sheet, by machine name.
STATE_NAMES = {"pass": "pass", "fail": "fail", "unknown": "unknown", "notapplicable": "not applicable",
               "notchecked": "not checked", "waived": "waived", "error": "error"}

failures = []


def expect(ok, what):
    if not ok:
        failures.append(what)
        print(f"FAIL: {what}")


def tenken(binary, *args, env=None):
    result = subprocess.run([binary, *args, "--fail-on", "never"], capture_output=True,
                            env=dict(os.environ, NO_COLOR="1", **(env or {})))
    if result.returncode != 0:
        sys.exit(f"tenken {' '.join(args)} exited {result.returncode}: {result.stderr.decode()}")
    return result.stdout


def column_index(ref):
    letters = "".join(ch for ch in ref if ch.isalpha())
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - ord("A") + 1
    return n - 1


def column_letters(index):
    s = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        s = chr(ord("A") + rem) + s
    return s


class Workbook:
    """The sheets of a workbook: for each, its XML root and its cells as rows of (type, value)."""

    def __init__(self, path):
        with zipfile.ZipFile(path) as z:
            strings = shared_strings(z)
            self.styles = ET.fromstring(z.read("xl/styles.xml"))
            self.names, self.roots, self.rows = [], {}, {}
            for name, sheet in sheet_paths(z):
                root = ET.fromstring(z.read(sheet))
                self.names.append(name)
                self.roots[name] = root
                self.rows[name] = self._rows(root, strings)

    @staticmethod
    def _rows(root, strings):
        rows = {}
        for row in root.iter(f"{{{NS['m']}}}row"):
            cells = {}
            for c in row.findall("m:c", NS):
                kind, v = c.get("t", "n"), c.find("m:v", NS)
                if c.find("m:f", NS) is not None:
                    cells[column_index(c.get("r"))] = ("f", c.find("m:f", NS).text, c.get("s"))
                elif v is not None:
                    value = strings[int(v.text)] if kind == "s" else v.text
                    cells[column_index(c.get("r"))] = (kind, value, c.get("s"))
            rows[int(row.get("r")) - 1] = cells
        return rows

    def table(self, name):
        """The sheet as a list of rows, each a list of values ("" for an empty cell)."""
        rows = self.rows[name]
        width = max((max(r) + 1 for r in rows.values() if r), default=0)
        return [[rows.get(i, {}).get(j, ("", "", None))[1] for j in range(width)]
                for i in range(max(rows) + 1 if rows else 0)]

    def bold(self, style):
        xf = self.styles.find("m:cellXfs", NS).findall("m:xf", NS)[int(style or 0)]
        font = self.styles.find("m:fonts", NS).findall("m:font", NS)[int(xf.get("fontId", 0))]
        return font.find("m:b", NS) is not None


def check_findings(book, result, lang):
    name = SHEETS[lang][2]
    table = book.table(name)
    header, body = table[0], table[1:]
    rules = result["results"]
    expect(len(body) == len(rules), f"{lang}: {len(body)} Findings rows for {len(rules)} rules")
    expect([row[0] for row in body] == [r["rule"] for r in rules], f"{lang}: Findings rule ids in Result order")
    expect(all(book.bold(c[2]) for c in book.rows[name][0].values()), f"{lang}: header row bold")
    root = book.roots[name]
    auto = root.find("m:autoFilter", NS)
    last = f"{column_letters(len(header) - 1)}{len(rules) + 1}"
    expect(auto is not None and auto.get("ref") == f"A1:{last}", f"{lang}: autofilter over A1:{last}")
    pane = root.find(".//m:pane", NS)
    expect(pane is not None and pane.get("state") == "frozen" and pane.get("ySplit") == "1",
           f"{lang}: header row frozen")
    if lang != "en":
        return
    state, counted, weight = header.index("Result"), header.index("Counted as"), header.index("Weight")
    for row, rule in zip(body, rules):
        waived = (rule.get("waiver") or {}).get("status") == "active"
        expect(row[state] == STATE_NAMES[rule["state"]], f"{rule['rule']}: state {row[state]}")
        expect(row[counted] == STATE_NAMES["waived" if waived else rule["state"]],
               f"{rule['rule']}: counted as {row[counted]}")
        expect(float(row[weight]) == rule["weight"], f"{rule['rule']}: weight {row[weight]}")
    cells = book.rows[name]
    expect(all(cells[i][weight][0] == "n" for i in range(1, len(rules) + 1)), "weights are numbers")


def check_summary_and_questions(book, result, lang):
    summary = {row[0]: row[1] for row in book.table(SHEETS[lang][0]) if len(row) > 1 and row[0]}
    expect(summary.get("Organization" if lang == "en" else "組織") == result["organization"]["name"],
           f"{lang}: organisation on the Summary sheet")
    if lang == "en":
        expect(abs(float(summary["Score (all rules, XCCDF)"]) - result["summary"]["score"]) < 0.01,
               "the default score on the Summary sheet")
        expect(abs(float(summary["Score after waivers (all rules, by weight)"]) -
                   result["summary"]["score_flat_after_waivers"]) < 0.01, "the flat score after waivers")
    questions = book.table(SHEETS[lang][3])[1:]
    expect([q[0] for q in questions] == [q["question"] for q in result["questions_needed"]],
           f"{lang}: the questions still to answer")


def check_same_bytes(binary, repo, out):
    args = ["check", os.path.join(repo, EXAMPLE), "--waivers", os.path.join(repo, WAIVERS), "--lang", "en"]
    tenken(binary, *args, "--format", f"xlsx:{out}/a.xlsx")
    time.sleep(2.1)  # zip entry times have a resolution of two seconds
    tenken(binary, *args, "--format", f"xlsx:{out}/b.xlsx", env={"TZ": "Asia/Tokyo"})
    a, b = open(f"{out}/a.xlsx", "rb").read(), open(f"{out}/b.xlsx", "rb").read()
    expect(a == b, "two runs give the same bytes")


# Text that starts like a formula, in the organisation's name and scope (Summary sheet) and in a
# waiver's justification and approver (Findings sheet).
def check_formulas(binary, repo, out):
    answers = open(os.path.join(repo, "examples/small-operator.yaml"), encoding="utf-8").read()
    answers = answers.replace("  name: 架空の山里町上下水道課", """  name: '=HYPERLINK("http://evil","x")'""")
    answers = answers.replace("  scope: 浄水場", "  scope: =1+1 浄水場")
    with open(f"{out}/hostile.yaml", "w", encoding="utf-8") as f:
        f.write(answers)
    result = json.loads(tenken(binary, "check", f"{out}/hostile.yaml", "--format", "json"))
    failed = next(r["rule"] for r in result["results"] if r["state"] == "fail")
    with open(f"{out}/waivers.yaml", "w", encoding="utf-8") as f:
        f.write(f"waivers:\n  - rule: {failed}\n    justification: '=cmd|\" /C calc\"!A0'\n"
                f"    approved_by: '@admin'\n    expires: 2099-12-31\n")
    tenken(binary, "check", f"{out}/hostile.yaml", "--waivers", f"{out}/waivers.yaml",
           "--format", f"xlsx:{out}/hostile.xlsx")
    book = Workbook(f"{out}/hostile.xlsx")
    cells = [c for name in book.names for row in book.rows[name].values() for c in row.values()]
    expect(not any(c[0] == "f" for c in cells), "no formula cell")
    formula_like = [c for c in cells if c[0] != "n" and c[1] and c[1][0] in "=@"]
    expect(len(formula_like) >= 4, f"the formula-like texts are in the workbook ({len(formula_like)})")
    expect(all(c[0] == "s" for c in formula_like), "formula-like texts are string cells")
    expect(any(c[1] == '=HYPERLINK("http://evil","x")' for c in formula_like), "the name is kept as written")


def main(binary, repo):
    with tempfile.TemporaryDirectory() as out:
        check_same_bytes(binary, repo, out)
        for lang in ("en", "ja"):
            args = ["check", os.path.join(repo, EXAMPLE), "--waivers", os.path.join(repo, WAIVERS), "--lang", lang]
            result = json.loads(tenken(binary, *args, "--format", "json"))
            tenken(binary, *args, "--format", f"xlsx:{out}/{lang}.xlsx")
            book = Workbook(f"{out}/{lang}.xlsx")
            expect(book.names == SHEETS[lang], f"{lang}: sheets {book.names}")
            check_findings(book, result, lang)
            check_summary_and_questions(book, result, lang)
        check_formulas(binary, repo, out)
    print(f"{0 if failures else 1} passed, {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))
