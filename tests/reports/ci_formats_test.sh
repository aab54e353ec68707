#!/usr/bin/env bash
# Validates the formats made for CI tools, for every example (examples/*.yaml) in Japanese and
# English, for the hospital with its waivers, and for a hostile Result (control characters, line
# breaks, markup, quotes and a file name with spaces and '#' in what an answer file fills):
# - JUnit XML against Jenkins' JUnit schema (schemas/junit-10.xsd, from the xUnit plugin) with
#   xmllint, then one <testcase> per rule, the counts of every suite adding up, and a <failure>
#   exactly for the rules that count as failed or unknown;
# - SARIF against the OASIS SARIF 2.1.0 schema (schemas/sarif-schema-2.1.0.json, errata 01, as
#   published), formats included, then a result exactly for each failed, unknown or waived rule,
#   pointing at its rule, at lines of the answer file that the rule's answers are on, and with an
#   accepted suppression exactly when the rule is waived.
# Deliberately broken documents must fail first, so that a validator that checks nothing cannot
# pass; and rendering twice must give the same bytes.
#   usage: ci_formats_test.sh TENKEN REPO_ROOT
set -euo pipefail
tenken=$(realpath "$1")
root=$(realpath "$2")
schemas="$root/tests/reports/schemas"
command -v xmllint >/dev/null || { echo "FAIL: xmllint is missing (libxml2-utils; scripts/setup --tests)"; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$root"

run() {
  local rc=0
  "$tenken" "$@" 2>>"$work/stderr" || rc=$?
  if [ "$rc" -ne 0 ] && [ "$rc" -ne 2 ] && [ "$rc" -ne 3 ]; then
    echo "FAIL: tenken $* exited $rc" >&2
    cat "$work/stderr" >&2
    exit 1
  fi
}

formats() {  # formats BASENAME: the three outputs of one assessment
  echo "--format junit:$work/$1.xml --format sarif:$work/$1.sarif --format json:$work/$1.json"
}

for answers in examples/*.yaml; do
  name=$(basename "$answers" .yaml)
  for lang in ja en; do
    # shellcheck disable=SC2046
    run check "$answers" --lang "$lang" $(formats "$name.$lang")
  done
done
# shellcheck disable=SC2046
run check examples/nisc-2021-06-hospital.yaml --waivers examples/waivers/nisc-2021-06-hospital.yaml \
  --lang en $(formats waived.en)

# The hostile Result. A Result (version 2) holds the answers but not the rules' words, which
# `report` takes from the library: the hostile title is in a copy of the rule in a --rules overlay
# (overlay/rules.yaml), which replaces the built-in rule of that id; the hostile comment and
# evidence are in the answer the rule reads. The overlay is not the library the Result names, so
# `report` warns of that on stderr.
mkdir "$work/overlay"
python3 - "$work/waived.en.json" "$work/hostile.json" "$work/overlay/rules.yaml" <<'EOF'
import glob, json, re, sys
d = json.load(open(sys.argv[1]))
d["organization"]["name"] = "<script>alert('x')</script> \"quoted\" & \u0001\u0008\u000b"
d["answers_file"] = "answers dir/答え#1.yaml"
rule = next(r for r in d["results"] if r["state"] == "fail")
title_en = "A <b>title</b> with ]]> and \u0007 bell\nand a line break"
answer = d["answers"][rule["reads"][0]]
answer["comment"] = "=HYPERLINK(\"http://x\") \u0000 \u001b[31m <!-- -->"
answer["evidence"] = ["a\nb"]
json.dump(d, open(sys.argv[2], "w"), ensure_ascii=False)
# The rule as rules/ has it, word for word but for its English title (in JSON, which is YAML).
blocks = [m.group(0) for path in sorted(glob.glob("rules/*.yaml"))
          for m in re.finditer(r"^  - id: (\S+)\n(?:(?!  - id: ).*\n?)*", open(path, encoding="utf-8").read(), re.M)
          if m.group(1) == rule["rule"]]
assert len(blocks) == 1, f"{rule['rule']}: {len(blocks)} rules under rules/ with this id"
block, n = re.subn(r"^(    title:\n      ja: .*\n      en: ).*\n",
                   lambda m: m.group(1) + json.dumps(title_en) + "\n", blocks[0], count=1, flags=re.M)
assert n == 1, f"{rule['rule']}: no title in two lines (ja, en) to replace"
open(sys.argv[3], "w", encoding="utf-8").write("rules:\n" + block.rstrip("\n") + "\n")
EOF
# shellcheck disable=SC2046
run report "$work/hostile.json" --rules "$work/overlay" --lang en $(formats hostile.en)
grep -q 'A &lt;b&gt;title&lt;/b&gt; with' "$work/hostile.en.xml" ||
  { echo "FAIL: the overlay's title did not reach the JUnit report"; exit 1; }

# The same Result renders to the same bytes.
run report "$work/waived.en.json" --lang en --format "junit:$work/again.xml" --format "sarif:$work/again.sarif"
cmp -s "$work/waived.en.xml" "$work/again.xml" || { echo "FAIL: JUnit output differs between runs"; exit 1; }
cmp -s "$work/waived.en.sarif" "$work/again.sarif" || { echo "FAIL: SARIF output differs between runs"; exit 1; }

# JUnit: the schema must reject what it should, then accept every document.
printf '<testsuites><testsuite name="x" tests="1"><testcase name="a"><failed/></testcase></testsuite></testsuites>\n' \
  >"$work/broken-element.xml"
printf '<testsuites><testsuite name="x"><testcase name="a"/></testsuite></testsuites>\n' >"$work/broken-no-tests.xml"
printf '<testsuites><testsuite name="x" tests="1"><testcase name="a\001"/></testsuite></testsuites>\n' \
  >"$work/broken-control.xml"
for broken in "$work"/broken-*.xml; do
  if xmllint --noout --schema "$schemas/junit-10.xsd" "$broken" 2>/dev/null; then
    echo "FAIL: the JUnit schema check accepts $(basename "$broken")"
    exit 1
  fi
done
rm "$work"/broken-*.xml "$work/again.xml" "$work/again.sarif"
xmllint --noout --schema "$schemas/junit-10.xsd" "$work"/*.xml 2>"$work/xmllint" || {
  grep -v ' validates$' "$work/xmllint"
  exit 1
}

python3 - "$schemas/sarif-schema-2.1.0.json" "$work" <<'EOF'
import copy, datetime, glob, json, os, re, sys
import xml.etree.ElementTree as ET
import jsonschema

schema_path, work = sys.argv[1], sys.argv[2]
schema = json.load(open(schema_path))

# RFC 3986 characters and scheme syntax (jsonschema skips a format it has no checker for).
URI_CHARS = re.compile(r"^(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?#]|%[0-9A-Fa-f]{2})*$")
SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*$")

def uri_reference(s):
    if not URI_CHARS.match(s) or s.count("#") > 1:
        return False
    head = re.split(r"[/?#]", s, 1)[0]
    return ":" not in head or bool(SCHEME.match(head.split(":", 1)[0]))

def uri(s):
    return uri_reference(s) and ":" in re.split(r"[/?#]", s, 1)[0]

checker = jsonschema.FormatChecker(formats=())
checker.checks("uri")(uri)
checker.checks("uri-reference")(uri_reference)
checker.checks("date-time", raises=ValueError)(
    lambda s: datetime.datetime.fromisoformat(s.replace("Z", "+00:00")).tzinfo is not None)
Validator = jsonschema.validators.validator_for(schema)
Validator.check_schema(schema)
validator = Validator(schema, format_checker=checker)

def schema_errors(doc):
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(doc)]

def counted(rule):
    waiver = rule.get("waiver")
    if waiver and waiver["status"] == "active" and rule["state"] in ("fail", "unknown"):
        return "waived"
    return rule["state"]

def sarif_errors(doc, result):
    run = doc["runs"][0]
    rules = result["results"]
    errors = []
    ids = [r["id"] for r in run["tool"]["driver"]["rules"]]
    if ids != [r["rule"] for r in rules]:
        errors.append("tool.driver.rules is not every rule in order")
    expected = [r for r in rules if counted(r) in ("fail", "unknown", "waived")]
    results = run["results"]
    if [x["ruleId"] for x in results] != [r["rule"] for r in expected]:
        return errors + ["results are not the failed, unknown and waived rules"]
    for x, r in zip(results, expected):
        if ids[x["ruleIndex"]] != x["ruleId"]:
            errors.append(f"{x['ruleId']}: ruleIndex points at {ids[x['ruleIndex']]}")
        read = [result["answers"][i] for i in r["reads"]]
        lines = {a["line"] for a in read if a["line"] > 0 and a["status"] != "not_asked"}
        for loc in x.get("locations", []) + x.get("relatedLocations", []):
            region = loc["physicalLocation"].get("region")
            if region and region["startLine"] not in lines:
                errors.append(f"{x['ruleId']}: line {region['startLine']} holds none of its answers")
        if bool(lines) != bool(x["locations"][0]["physicalLocation"].get("region")):
            errors.append(f"{x['ruleId']}: a region exactly when an answer has a line")
        waived = counted(r) == "waived"
        suppressed = [s for s in x.get("suppressions", []) if s["status"] == "accepted"]
        if waived != bool(suppressed):
            errors.append(f"{x['ruleId']}: suppressed {bool(suppressed)}, waived {waived}")
    return errors

def junit_errors(path, result):
    root = ET.parse(path).getroot()
    rules = {r["rule"]: r for r in result["results"]}
    cases = root.findall("testsuite/testcase")
    errors = []
    if sorted(c.get("name").split(": ")[0] for c in cases) != sorted(rules):
        errors.append("the test cases are not one per rule")
    for suite in root.findall("testsuite"):
        kids = suite.findall("testcase")
        for attr, tag in (("failures", "failure"), ("errors", "error"), ("skipped", "skipped")):
            if int(suite.get(attr)) != sum(1 for c in kids if c.find(tag) is not None):
                errors.append(f"suite {suite.get('name')}: {attr} does not count its <{tag}>s")
        if int(suite.get("tests")) != len(kids):
            errors.append(f"suite {suite.get('name')}: tests is not its number of cases")
    for c in cases:
        rule = rules.get(c.get("name").split(": ")[0])
        if rule and (c.find("failure") is not None) != (counted(rule) in ("fail", "unknown")):
            errors.append(f"{rule['rule']}: a <failure> exactly when it counts as failed or unknown")
    for attr in ("tests", "failures", "errors"):
        if int(root.get(attr)) != sum(int(s.get(attr)) for s in root.findall("testsuite")):
            errors.append(f"testsuites {attr} is not the sum of its suites'")
    return errors

sample = json.load(open(os.path.join(work, "waived.en.sarif")))
breakages = {
    "an unknown level": lambda d: d["runs"][0]["results"][0].__setitem__("level", "fatal"),
    "a result without a message": lambda d: d["runs"][0]["results"][0].pop("message"),
    "a line 0": lambda d: d["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"].__setitem__("startLine", 0),
    "a uri with a space": lambda d: d["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"].__setitem__("uri", "a b.yaml"),
    "an unknown suppression status": lambda d: next(r for r in d["runs"][0]["results"] if "suppressions" in r)["suppressions"][0].__setitem__("status", "waived"),
    "a version 2.0.0": lambda d: d.__setitem__("version", "2.0.0"),
}
failed = False
for what, breakage in breakages.items():
    broken = copy.deepcopy(sample)
    breakage(broken)
    if not schema_errors(broken):
        print(f"FAIL: the SARIF validator accepts a log with {what}")
        failed = True

count = 0
for path in sorted(glob.glob(os.path.join(work, "*.sarif"))):
    stem = path[: -len(".sarif")]
    result = json.load(open(stem + ".json"))
    errors = schema_errors(json.load(open(path))) + sarif_errors(json.load(open(path)), result)
    errors += junit_errors(stem + ".xml", result)
    for e in errors[:20]:
        print(f"FAIL: {os.path.basename(stem)}: {e}")
    failed |= bool(errors)
    count += 1
if count != 2 * len(glob.glob("examples/*.yaml")) + 2:
    print(f"FAIL: {count} assessments checked")
    failed = True
print("ci formats: invalid documents" if failed else f"ci formats: {count} SARIF logs and JUnit reports valid")
sys.exit(1 if failed else 0)
EOF
