#!/usr/bin/env bash
# tenken compare over Results made at test time with the built-in library: three annual
# assessments of the example hospital (2021, its year-over-year answers of 2022, and a 2023 made
# from them with the offline backup copy given up and a restore tested), two of a second
# organisation a day apart with the same answers, whose name is hostile markup and a formula, and a
# file that is not a Result.
# Checks: the broken file reported at its line and skipped (exit 1), the others compared; every
# format the same bytes whatever order the files are given in; every figure, gap list and date
# recomputed independently in Python from the Results; the JSON valid against
# docs/compare.schema.json; the CSV's long form; the terminal's gap lines; the hostile name escaped
# in HTML, Markdown and CSV; exit codes 2 and 0; an output over an input refused.
# usage: compare_test.sh TENKEN REPO_ROOT
set -euo pipefail
tenken=$(realpath "$1")
repo=$(realpath "$2")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
export NO_COLOR=1 LANG=C.UTF-8 LC_ALL=C.UTF-8
failed=0
fail() { echo "$*"; failed=1; }

mkdir answers res
cp "$repo/examples/nisc-2021-06-hospital.yaml" answers/hospital-2021.yaml
cp "$repo/examples/year-over-year/nisc-2021-06-hospital-2022.yaml" answers/hospital-2022.yaml
cp "$repo/examples/small-operator.yaml" answers/other-2026.yaml
python3 - <<'PY'
def edit(source, target, changes):
    text = open(source, encoding="utf-8").read()
    for old, new in changes:
        assert text.count(old) == 1, f"{source}: {old!r}"
        text = text.replace(old, new)
    open(target, "w", encoding="utf-8").write(text)
edit("answers/hospital-2022.yaml", "answers/hospital-2023.yaml",
     [("  date: 2022-03-01", "  date: 2023-03-01"),
      ("  backup.offline_copy:\n    value: yes", "  backup.offline_copy:\n    value: no"),
      ("  backup.restore_tested:\n    value: no", "  backup.restore_tested:\n    value: yes")])
hostile = "  name: '=HYPERLINK(\"x\")<b>&|*Ops*</b>'"
edit("answers/other-2026.yaml", "answers/other-2026.yaml", [("  name: 架空の山里町上下水道課", hostile)])
edit("answers/other-2026.yaml", "answers/other-next.yaml", [("  date: 2026-04-01", "  date: 2026-04-02")])
PY
for f in answers/*.yaml; do
  n=$(basename "$f" .yaml)
  "$tenken" check "$f" --format json -o "res/$n.json" --fail-on never 2> /dev/null || fail "check $f failed"
done
printf '{"version": 2,\n  "organization": oops\n}\n' > res/broken.json

# Every format, from the folder and from the files given one by one in another order.
formats=(term md html json csv)
mkdir by-folder by-files
shuffled=(res/other-next.json res/hospital-2022.json res/broken.json res/hospital-2021.json res/other-2026.json
          res/hospital-2023.json)
for f in "${formats[@]}"; do
  code=0
  "$tenken" compare res --lang en --format "$f" -o "by-folder/trend.$f" 2> "by-folder/$f.err" || code=$?
  [ "$code" -eq 1 ] || fail "compare res --format $f: exit $code, expected 1 (a broken file)"
  code=0
  "$tenken" compare "${shuffled[@]}" --lang en --format "$f" -o "by-files/trend.$f" 2> "by-files/$f.err" || code=$?
  [ "$code" -eq 1 ] || fail "compare FILES --format $f: exit $code, expected 1"
  cmp -s "by-folder/trend.$f" "by-files/trend.$f" || fail "trend.$f depends on the order of the files"
done
grep -q '^res/broken.json:2:19: error: ' by-folder/json.err || { fail "the broken file is not reported at its line:"; cat by-folder/json.err; }
tail -n 1 by-folder/json.err | grep -qx 'tenken compare: 6 Result files: 5 read, 1 not (see the errors above)' ||
  fail "unexpected summary: $(tail -n 1 by-folder/json.err)"

# The figures, the gaps and their dates, recomputed from the Results.
python3 - by-folder/trend.json by-folder/trend.csv by-folder/trend.term <<'PY' || failed=1
import csv, json, pathlib, sys
trend = json.load(open(sys.argv[1], encoding="utf-8"))
problems = []
def expect(what, got, want):
    if got != want:
        problems.append(f"{what}: {got!r}, expected {want!r}")
def r2(x):
    return None if x is None else round(x + 0.0, 2)
orgs = {}
for p in sorted(pathlib.Path("res").glob("*.json")):
    if p.name != "broken.json":
        r = json.load(open(p, encoding="utf-8"))
        orgs.setdefault(r["organization"]["name"], []).append((r["assessment"]["date"], str(p), r))
expect("results", trend["results"], 5)
expect("files_skipped", trend["files_skipped"], 1)
expect("organisations", [o["name"] for o in trend["organizations"]], sorted(orgs, key=lambda n: n.encode()))
def scored(summary, c):
    return c["score"] if c["weight_scored"] > 0 else None
worse_any = False
for o in trend["organizations"]:
    rs = sorted(orgs[o["name"]], key=lambda t: (t[0], t[1]))
    dates = [d for d, _, _ in rs]
    for a, (date, path, r) in zip(o["assessments"], rs):
        s = r["summary"]
        any_scored = any(c["weight_scored"] > 0 for c in s["categories"])
        expect(f"{path} date/file", (a["date"], a["result_file"]), (date, path))
        expect(f"{path} score", a["score"], r2(s["score"]) if any_scored else None)
        expect(f"{path} coverage", a["coverage_percent"], r2(s["coverage"]["percent"]))
        expect(f"{path} fail/unknown", (a["fail"], a["unknown"]), (s["counts"]["fail"], s["counts"]["unknown"]))
    first, last = o["assessments"][0]["score"], o["assessments"][-1]["score"]
    for c in o["categories"]:
        want = []
        for _, _, r in rs:
            cs = [x for x in r["summary"]["categories"] if x["category"] == c["category"]]
            want.append(r2(scored(r["summary"], cs[0])) if cs else None)
        expect(f"{o['name']} {c['category']} scores", c["scores"], want)
    # Each rule's own states by assessment (one library: no renames), and its gap as docs/compare.md says.
    states = {}
    for k, (_, _, r) in enumerate(rs):
        for rule in r["results"]:
            states.setdefault(rule["rule"], [None] * len(rs))[k] = rule["state"]
    want_gaps = {}
    for rule, s in states.items():
        now, n = s[-1], len(s)
        if now is None:
            continue
        g = {"open_since": None, "last_passed": None, "last_failed": None, "new_in_latest": False}
        if now == "fail":
            start = n - 1
            while start > 0 and s[start - 1] == "fail":
                start -= 1
            g["open_since"] = dates[start]
            passed = [k for k in range(start) if s[k] == "pass"]
            g["last_passed"] = dates[passed[-1]] if passed else None
            g["new_in_latest"] = n >= 2 and s[n - 2] != "fail"
            g["kind"] = ("persistent" if start == 0 else "regressed" if passed
                         else "new_gap" if g["new_in_latest"] else "still_open")
        else:
            failed_at = [k for k in range(n - 1) if s[k] == "fail"]
            g["last_failed"] = dates[failed_at[-1]] if failed_at else None
            if now in ("pass", "notapplicable") and failed_at:
                g["kind"] = "resolved"
            elif n >= 2 and s[n - 2] == "fail":
                g["kind"] = "now_unknown"
            else:
                continue
        want_gaps[rule] = g
    got_gaps = {g["rule"]: {k: g[k] for k in ("open_since", "last_passed", "last_failed", "new_in_latest", "kind")}
                for g in o["gaps"]}
    expect(f"{o['name']} gaps", got_gaps, want_gaps)
    for g in o["gaps"]:
        expect(f"{o['name']} {g['rule']} states", g["states"], states[g["rule"]])
    worse = any(g["new_in_latest"] for g in want_gaps.values())
    expect(f"{o['name']} worse_in_latest", o["worse_in_latest"], worse)
    worse_any |= worse
expect("worse_in_latest", trend["worse_in_latest"], worse_any)
# The scenario holds what it is for.
hospital = next(o for o in trend["organizations"] if o["name"].startswith("架空"))
kinds = {g["kind"] for g in hospital["gaps"]}
for kind in ("persistent", "regressed", "resolved"):
    if kind not in kinds:
        problems.append(f"the hospital has no {kind} gap: {sorted(kinds)}")
other = next(o for o in trend["organizations"] if not o["name"].startswith("架空"))
expect("the second organisation's assessments", len(other["assessments"]), 2)
expect("the second organisation worse", other["worse_in_latest"], False)
# The CSV: the same figures in long form.
rows = list(csv.reader(open(sys.argv[2], encoding="utf-8", newline="")))
expect("csv header", rows[0], ["organization", "date", "result_file", "category", "title", "score"])
want_rows = []
for o in trend["organizations"]:
    name = "'" + o["name"] if o["name"][0] in "=+-@" else o["name"]
    for k, a in enumerate(o["assessments"]):
        want_rows.append([name, a["date"], a["result_file"], "overall", "Overall",
                          "" if a["score"] is None else f"{a['score']:.2f}"])
        for c in o["categories"]:
            s = c["scores"][k]
            want_rows.append([name, a["date"], a["result_file"], c["category"], c["title"]["en"],
                              "" if s is None else f"{s:.2f}"])
expect("csv rows", rows[1:], want_rows)
# The terminal: each gap's date line, as English writes dates.
months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
def english(d):
    y, m, day = d.split("-")
    return f"{int(day)} {months[int(m) - 1]} {y}"
term = open(sys.argv[3], encoding="utf-8").read()
for g in hospital["gaps"]:
    if g["kind"] == "persistent" and f"    open since {english(g['open_since'])}\n" not in term:
        problems.append(f"the terminal report lacks 'open since' for {g['rule']}")
    if g["kind"] == "regressed" and f"    passed on {english(g['last_passed'])}, failing since {english(g['open_since'])}" not in term:
        problems.append(f"the terminal report lacks the dates of the regression {g['rule']}")
for line in term.splitlines():
    if len(line) > 100 * 2:  # display width is checked by the unit tests; here: nothing runaway
        problems.append("a runaway line in the terminal report")
for p in problems:
    print(p)
sys.exit(1 if problems else 0)
PY

# The JSON form matches its schema.
python3 - "$repo/docs/compare.schema.json" by-folder/trend.json <<'PY' || failed=1
import json, sys
import jsonschema
schema = json.load(open(sys.argv[1], encoding="utf-8"))
cls = jsonschema.validators.validator_for(schema)
cls.check_schema(schema)
bad = 0
for e in sorted(cls(schema).iter_errors(json.load(open(sys.argv[2], encoding="utf-8"))), key=lambda e: list(e.path)):
    print(f"{sys.argv[2]}: {'/'.join(map(str, e.path))}: {e.message}")
    bad = 1
sys.exit(bad)
PY

# The hostile name: shown as text in every format, never markup or a formula.
grep -qF '<b>' by-folder/trend.html && fail "trend.html holds the name's markup unescaped"
grep -qF '=HYPERLINK(&quot;x&quot;)&lt;b&gt;&amp;|*Ops*&lt;/b&gt;' by-folder/trend.html || fail "trend.html lacks the escaped name"
grep -qF '<script' by-folder/trend.html && fail "trend.html holds a script"
[ "$(grep -c '<svg class="chart"' by-folder/trend.html)" -eq 2 ] || fail "trend.html: not one chart per organisation"
grep -qF '## \=HYPERLINK("x")&lt;b&gt;&amp;\|\*Ops\*&lt;/b&gt;' by-folder/trend.md || fail "trend.md lacks the escaped name"
grep -qF '"'"'"'=HYPERLINK(""x"")<b>&|*Ops*</b>",2026-04-01' by-folder/trend.csv || fail "trend.csv: the name is not neutralised"

# Exit codes: 2 with a regression in the hospital's latest assessment, 0 for the other alone.
code=0
"$tenken" compare res/hospital-*.json res/other-*.json > /dev/null 2>&1 || code=$?
[ "$code" -eq 2 ] || fail "compare without the broken file: exit $code, expected 2"
code=0
"$tenken" compare res/other-2026.json res/other-next.json > /dev/null 2>&1 || code=$?
[ "$code" -eq 0 ] || fail "compare of an unchanged organisation: exit $code, expected 0"

# An output over one of the Results read is refused, and the Result left as it was.
cp res/hospital-2021.json before.json
code=0
"$tenken" compare res -o res/hospital-2021.json 2> over.err || code=$?
[ "$code" -eq 1 ] || fail "an output over an input: exit $code, expected 1"
grep -qx "error: the output would be written over the Result 'res/hospital-2021.json'; choose another path" over.err ||
  { fail "unexpected message:"; cat over.err; }
cmp -s before.json res/hospital-2021.json || fail "the Result was overwritten"
exit $failed
