#!/usr/bin/env python3
"""Hostile answers in every format. Fills every free-text field an answer file has (organisation,
assessor, scope, every comment, evidence item and not-applicable reason) and a waiver's
justification and approver with markup, quotes, line breaks, Markdown, a terminal escape and
spreadsheet formulas, renders every format, and checks that each stays well-formed and inert:
HTML (the gap report and the year-over-year page) parses to the same elements and byte-identical
scripts as the pages of the plain answers,
XML and JSON parse, Markdown gains no heading, link, image or raw HTML, CSV and XLSX hold no
formula, and the terminal report holds no escape sequence. The sector and the size are ids of
fixed lists, so they keep the example's; a hostile sector is refused with a message that holds no
escape sequence. usage: escaping_test.py TENKEN REPO"""
import csv
import datetime
import html.parser
import io
import json
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
import zipfile

import yaml

PAYLOAD = ('<script>alert("x")</script><img src=x onerror=alert(1)> \'q\' "dq" & | '
           '\n# Heading\n**bold** [link](javascript:alert(1)) ![i](http://evil/i.png) `code`\n'
           '=HYPERLINK("http://evil","click") \x1b[31mred\x1b[0m')
FORMULA_STARTS = ("=", "+", "-", "@")


def scalar(v):
    if isinstance(v, bool):
        return "yes" if v else "no"
    if isinstance(v, (int, float, datetime.date)):
        return str(v)
    return json.dumps(v, ensure_ascii=False)


def emit(v):
    if isinstance(v, dict):
        return "{" + ", ".join(f"{k}: {emit(x)}" for k, x in v.items()) + "}"
    if isinstance(v, list):
        return "[" + ", ".join(emit(x) for x in v) + "]"
    return scalar(v)


def hostile_answers(path):
    doc = yaml.safe_load(open(path, encoding="utf-8"))
    organization = {"name": PAYLOAD}
    organization.update({k: doc["organization"][k] for k in ("sector", "size") if k in doc["organization"]})
    lines = ["organization: " + emit(organization),
             "assessment: " + emit({"date": doc["assessment"]["date"], "assessor": PAYLOAD, "scope": PAYLOAD}),
             "answers:"]
    for key, answer in doc["answers"].items():
        if isinstance(answer, dict) and "na" in answer:
            answer = {"na": PAYLOAD, "comment": PAYLOAD}
        elif isinstance(answer, dict) and "alternative" in answer:
            answer = {"alternative": PAYLOAD, "comment": PAYLOAD, "evidence": [PAYLOAD, PAYLOAD]}
        elif isinstance(answer, dict) and ("has" in answer or "lacks" in answer):
            answer = {"has": answer.get("has", []), "lacks": answer.get("lacks", []), "comment": PAYLOAD,
                      "evidence": [PAYLOAD, PAYLOAD]}
        elif answer == "unknown":
            answer = {"value": "unknown", "comment": PAYLOAD}
        else:
            value = answer["value"] if isinstance(answer, dict) else answer
            answer = {"value": value, "comment": PAYLOAD, "evidence": [PAYLOAD, PAYLOAD]}
        lines.append(f"  {key}: {emit(answer)}")
    return "\n".join(lines) + "\n"


def run(tenken, answers, waivers, out):
    formats = {"term": "report.txt", "md": "report.md", "html": "report.html", "csv": "f.csv",
               "xlsx": "w.xlsx", "junit": "junit.xml", "sarif": "r.sarif", "oscal": "oscal.json", "json": "r.json"}
    args = [tenken, "check", answers, "--waivers", waivers, "--lang", "en", "--fail-on", "never"]
    for f, name in formats.items():
        args += ["--format", f"{f}:{os.path.join(out, name)}"]
    subprocess.run(args, check=True, env=dict(os.environ, NO_COLOR="1"), stderr=subprocess.DEVNULL)
    return {f: os.path.join(out, name) for f, name in formats.items()}


class Elements(html.parser.HTMLParser):
    """The page's element structure (tags and attribute names) and the text of its scripts."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags, self.scripts, self.in_script = [], [], False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, tuple(sorted(a for a, _ in attrs))))
        if tag == "script":
            self.in_script = True
            self.scripts.append("")

    def handle_endtag(self, tag):
        if tag == "script":
            self.in_script = False

    def handle_data(self, data):
        if self.in_script:
            self.scripts[-1] += data


def page(path):
    p = Elements()
    p.feed(open(path, encoding="utf-8").read())
    return p


def text(path):
    return open(path, encoding="utf-8").read()


def check(problems, ok, message):
    if not ok:
        problems.append(message)


def main(tenken, root):
    example = os.path.join(root, "examples", "nisc-2021-06-hospital.yaml")
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        waivers = os.path.join(tmp, "w.yaml")
        plain_waivers = os.path.join(tmp, "plain-w.yaml")
        open(waivers, "w").write("waivers:\n  - " + emit({"rule": "network-diagram-current", "justification": PAYLOAD,
                                                           "approved_by": PAYLOAD, "expires": "2099-12-31"}) + "\n")
        open(plain_waivers, "w").write("waivers:\n  - {rule: network-diagram-current, justification: ok}\n")
        hostile = os.path.join(tmp, "hostile.yaml")
        open(hostile, "w", encoding="utf-8").write(hostile_answers(example))
        os.mkdir(os.path.join(tmp, "h"))
        os.mkdir(os.path.join(tmp, "p"))
        bad = run(tenken, hostile, waivers, os.path.join(tmp, "h"))
        good = run(tenken, example, plain_waivers, os.path.join(tmp, "p"))

        # HTML: the same elements and attributes, our scripts byte-identical, the payload as text.
        b, g = page(bad["html"]), page(good["html"])
        check(problems, b.scripts == g.scripts, "html: the page's scripts differ with hostile answers")
        check(problems, [t for t in b.tags if t[0] in ("script", "img", "iframe", "a")] ==
              [t for t in g.tags if t[0] in ("script", "img", "iframe", "a")],
              "html: hostile answers added script, img, iframe or link elements")
        check(problems, not any("onerror" in attrs for _, attrs in b.tags), "html: an onerror attribute got in")
        check(problems, "&lt;script&gt;" in text(bad["html"]), "html: the payload is not shown escaped")

        # Markdown: no raw HTML, no heading, link or image made from the payload.
        md = text(bad["md"])
        check(problems, "<script" not in md and "<img" not in md, "md: raw HTML passed through")
        check(problems, not re.search(r"^#+ Heading", md, re.M), "md: a line break in an answer started a heading")
        check(problems, "](javascript:" not in md.replace("\\]", ""), "md: a link was made from an answer")
        check(problems, not re.search(r"(?<!\\)\*\*bold(?<!\\)\*\*", md), "md: emphasis was made from an answer")

        # CSV: parses; no cell a spreadsheet would run.
        data = open(bad["csv"], encoding="utf-8-sig", newline="").read()
        rows = list(csv.reader(io.StringIO(data)))
        check(problems, len(rows) == len(json.load(open(bad["json"]))["results"]) + 1, "csv: not one row per rule")
        formulas = [c for r in rows for c in r if c.startswith(FORMULA_STARTS)]
        check(problems, not formulas, f"csv: {len(formulas)} cells start like a formula: {formulas[:1]}")

        # XLSX: no formula cell anywhere.
        with zipfile.ZipFile(bad["xlsx"]) as z:
            sheets = [n for n in z.namelist() if n.startswith("xl/worksheets/") and n.endswith(".xml")]
            for n in sheets:
                root_el = ET.fromstring(z.read(n))
                f = root_el.findall(".//{http://schemas.openxmlformats.org/spreadsheetml/2006/main}f")
                check(problems, not f, f"xlsx: {n} has {len(f)} formula cells")

        # XML and JSON formats parse, and carry the payload as data.
        for f in ("junit",):
            try:
                ET.parse(bad[f])
            except ET.ParseError as e:
                problems.append(f"{f}: not well-formed XML: {e}")
        for f in ("sarif", "oscal", "json"):
            try:
                json.load(open(bad[f], encoding="utf-8"))
            except ValueError as e:
                problems.append(f"{f}: not valid JSON: {e}")
        check(problems, PAYLOAD in text(bad["json"]) or json.dumps(PAYLOAD)[1:-1] in text(bad["json"]),
              "json: the payload was not kept as it was written")

        # The year-over-year page of a hostile Result: the same scripts, no element added.
        for name, result in (("bad", bad["json"]), ("good", good["json"])):
            subprocess.run([tenken, "diff", result, result, "--format", "html", "-o", os.path.join(tmp, name + "-diff.html")],
                           check=False, stderr=subprocess.DEVNULL)
        bd, gd = page(os.path.join(tmp, "bad-diff.html")), page(os.path.join(tmp, "good-diff.html"))
        check(problems, bd.scripts == gd.scripts and bd.scripts, "diff html: the page's scripts differ with hostile answers")
        check(problems, [t for t in bd.tags if t[0] in ("script", "img", "iframe", "a")] ==
              [t for t in gd.tags if t[0] in ("script", "img", "iframe", "a")], "diff html: hostile answers added elements")

        # Terminal: the escape sequence from the answers never reaches the terminal.
        check(problems, "\x1b" not in text(bad["term"]), "term: an escape sequence from the answers was printed")

        # A hostile sector is not an id of the list: refused, and the message quoting it is inert.
        with open(hostile, encoding="utf-8") as f:
            lines = f.read().split("\n")
        lines[0] = "organization: " + emit({"name": PAYLOAD, "sector": PAYLOAD})
        with open(hostile, "w", encoding="utf-8") as f:
            f.write("\n".join(lines))
        refused = subprocess.run([tenken, "check", hostile, "--fail-on", "never"], capture_output=True,
                                 env=dict(os.environ, NO_COLOR="1"))
        check(problems, refused.returncode == 1 and b"organization.sector" in refused.stderr,
              f"a hostile sector: exit {refused.returncode}, {refused.stderr[:200]!r}")
        check(problems, b"\x1b" not in refused.stderr and b"\x1b" not in refused.stdout,
              "a hostile sector: its escape sequence was printed")
    for p in problems:
        print("FAIL", p)
    print(f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(os.path.realpath(sys.argv[1]), os.path.realpath(sys.argv[2])))
