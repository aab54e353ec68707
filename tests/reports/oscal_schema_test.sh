#!/usr/bin/env bash
# Validates the OSCAL assessment-results that `tenken check --format oscal` writes for every
# example (examples/*.yaml), in Japanese and English, for the hospital with its waivers, and for
# a hostile Result (control characters, line breaks, markup and leading spaces in every field an
# answer file fills, a rule id starting with a digit, a file name with spaces and '#'), against
# NIST's schema (schemas/oscal_assessment-results_schema-1.0.6.json, unchanged), then checks what
# a schema cannot: every UUID is unique, every reference points at an object in the document, and
# there is one finding per rule whose status matches the rule's state in the JSON Result.
#
# The schema's patterns are ECMAScript regular expressions; two use \p{L} and \p{N} (Unicode
# letters and numbers), which Python's re does not know. At test time, in memory, each is
# replaced by the explicit character class of every code point in that Unicode category
# (unicodedata): the same set of strings matches, so nothing is weakened. The formats the schema
# names (date-time, uri, uri-reference, email) are checked by the checkers below, since
# jsonschema skips a format it has no checker for. Before the real documents, deliberately broken
# ones must fail, so a validator that checks nothing cannot pass.
#   usage: oscal_schema_test.sh TENKEN REPO_ROOT
set -euo pipefail
tenken=$(realpath "$1")
root=$(realpath "$2")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$root"

# Runs tenken and accepts the exit codes of a finished assessment (0 pass, 2 fail, 3 unknown).
run() {
  local rc=0
  "$tenken" "$@" 2>>"$work/stderr" || rc=$?
  if [ "$rc" -ne 0 ] && [ "$rc" -ne 2 ] && [ "$rc" -ne 3 ]; then
    echo "FAIL: tenken $* exited $rc" >&2
    cat "$work/stderr" >&2
    exit 1
  fi
}

for answers in examples/*.yaml; do
  name=$(basename "$answers" .yaml)
  for lang in ja en; do
    run check "$answers" --lang "$lang" --format "oscal:$work/$name.$lang.oscal.json" --format "json:$work/$name.$lang.json"
  done
done
run check examples/nisc-2021-06-hospital.yaml --waivers examples/waivers/nisc-2021-06-hospital.yaml \
  --lang ja --format "oscal:$work/waived.ja.oscal.json" --format "json:$work/waived.ja.json"

# The hostile Result. A Result (version 2) holds the answers but not the rules' words, which
# `report` takes from the library: the hostile title is in a copy of the rule, under the rule's
# new id, in a --rules overlay (overlay/rules.yaml); the hostile comment and evidence are in the
# answer the rule reads. The overlay is not the library the Result names, so `report` warns of
# that on stderr.
mkdir "$work/overlay"
python3 - "$work/waived.ja.json" "$work/hostile.json" "$work/overlay/rules.yaml" <<'EOF'
import glob, json, re, sys
d = json.load(open(sys.argv[1]))
d["organization"]["name"] = "  <script>alert(1)</script>\n\t*bold* \u0001 "
d["organization"]["sector"] = "\n"
d["assessment"]["assessor"] = "\u3000 =HYPERLINK(\"http://x\")\r\n"
d["assessment"]["scope"] = "# heading\n- list\r\n[link](javascript:alert(1))"
d["answers_file"] = " answers/答え ファイル#1:2.yaml"
d["tool"]["version"] = ""
rule = d["results"][0]
was, rule["rule"] = rule["rule"], "0-starts-with-a-digit"
title = {"ja": "\u2028 改行\nあり ", "en": "\t line\nbreak "}
answer = d["answers"][rule["reads"][0]]
answer["comment"] = "line1\nline2\u2028\u0000 & <b>x</b> \u0085"
answer["evidence"] = ["   ", "a\nb", "\u001b[31mred"]
json.dump(d, open(sys.argv[2], "w"), ensure_ascii=False)
# The rule as rules/ has it, word for word but for its id and its title (in JSON, which is YAML).
blocks = [m.group(0) for path in sorted(glob.glob("rules/*.yaml"))
          for m in re.finditer(r"^  - id: (\S+)\n(?:(?!  - id: ).*\n?)*", open(path, encoding="utf-8").read(), re.M)
          if m.group(1) == was]
assert len(blocks) == 1, f"{was}: {len(blocks)} rules under rules/ with this id"
block, n = re.subn(r"^    title:\n      ja: .*\n      en: .*\n",
                   lambda _: "    title: " + json.dumps(title) + "\n", blocks[0], count=1, flags=re.M)
assert n == 1, f"{was}: no title in two lines (ja, en) to replace"
block = block.replace("  - id: " + was + "\n", "  - id: " + rule["rule"] + "\n", 1)
open(sys.argv[3], "w", encoding="utf-8").write("rules:\n" + block.rstrip("\n") + "\n")
EOF
for lang in ja en; do
  run report "$work/hostile.json" --rules "$work/overlay" --lang "$lang" \
    --format "oscal:$work/hostile.$lang.oscal.json" --format "json:$work/hostile.$lang.json"
done
# The overlay's title reached the documents (not the id shown in place of words it lacks).
python3 - "$work" <<'EOF'
import json, sys
for lang, title in (("ja", "\u2028 改行\nあり "), ("en", "\t line\nbreak ")):
    doc = json.load(open(f"{sys.argv[1]}/hostile.{lang}.oscal.json", encoding="utf-8"))
    target = next(f["target"] for f in doc["assessment-results"]["results"][0]["findings"]
                  if f["target"]["target-id"] == "_0-starts-with-a-digit")
    if target["title"].split() != title.split():
        sys.exit(f"FAIL: hostile.{lang}.oscal.json: the rule's title is {target['title']!r}, not the overlay's")
EOF

python3 - "$root/tests/reports/schemas/oscal_assessment-results_schema-1.0.6.json" "$work" <<'EOF'
import copy, datetime, glob, json, os, re, sys, unicodedata
import jsonschema

schema_path, work = sys.argv[1], sys.argv[2]
schema = json.load(open(schema_path))

def category_class(prefix):
    """The character class of every code point whose Unicode category starts with prefix."""
    ranges, start, last = [], None, None
    for cp in range(0x110000):
        if unicodedata.category(chr(cp)).startswith(prefix):
            if start is None:
                start = cp
            last = cp
        elif start is not None:
            ranges.append((start, last))
            start = None
    if start is not None:
        ranges.append((start, last))
    return "[" + "".join("\\U%08X" % a if a == b else "\\U%08X-\\U%08X" % (a, b) for a, b in ranges) + "]"

classes = {"\\p{L}": category_class("L"), "\\p{N}": category_class("N")}

def rewrite(node):
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "pattern" and isinstance(value, str):
                for p, c in classes.items():
                    value = value.replace(p, c)
                assert "\\p{" not in value and "\\P{" not in value, value
                re.compile(value)
                node[key] = value
            else:
                rewrite(value)
    elif isinstance(node, list):
        for value in node:
            rewrite(value)

rewrite(schema)

# RFC 3986: a URI reference is made of these characters, "%" only before two hex digits; if a
# ":" comes before any "/", "?" or "#", what precedes it must be a scheme.
URI_CHARS = re.compile(r"^(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?#]|%[0-9A-Fa-f]{2})*$")
SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*$")

def uri_reference(s):
    if not URI_CHARS.match(s) or s.count("#") > 1:
        return False
    head = re.split(r"[/?#]", s, 1)[0]
    return ":" not in head or bool(SCHEME.match(head.split(":", 1)[0]))

def uri(s):
    head = re.split(r"[/?#]", s, 1)[0]
    return uri_reference(s) and ":" in head

def date_time(s):
    if "T" not in s:
        return False
    value = datetime.datetime.fromisoformat(s.replace("Z", "+00:00"))
    return value.tzinfo is not None

checker = jsonschema.FormatChecker(formats=())
checker.checks("uri")(uri)
checker.checks("uri-reference")(uri_reference)
checker.checks("date-time", raises=ValueError)(date_time)
checker.checks("email")(lambda s: bool(re.match(r"^[^@\s]+@[^@\s]+$", s)))

Validator = jsonschema.validators.validator_for(schema)
Validator.check_schema(schema)
validator = Validator(schema, format_checker=checker)

def schema_errors(doc):
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(doc)]

def reference_errors(doc):
    """What the schema cannot check: unique UUIDs and references that resolve."""
    uuids, errors = [], []
    def walk(node):
        if isinstance(node, dict):
            if isinstance(node.get("uuid"), str):
                uuids.append(node["uuid"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)
    walk(doc)
    if len(uuids) != len(set(uuids)):
        errors.append("a UUID is used twice")
    known = set(uuids)
    ar = doc["assessment-results"]
    resources = {r["uuid"] for r in ar.get("back-matter", {}).get("resources", [])}
    def check_refs(node):
        if isinstance(node, dict):
            for key, value in node.items():
                if key in ("observation-uuid", "risk-uuid", "actor-uuid", "subject-uuid", "component-uuid") \
                        and value not in known:
                    errors.append(f"{key} {value} names nothing in the document")
                if key == "party-uuids":
                    errors.extend(f"party {v} names nothing" for v in value if v not in known)
                if key == "href" and value.startswith("#") and value[1:] not in resources:
                    errors.append(f"href {value} names no back-matter resource")
                check_refs(value)
        elif isinstance(node, list):
            for value in node:
                check_refs(value)
    check_refs(ar)
    return errors

def finding_errors(doc, result):
    """One finding per rule, in order, its target the rule and its status the rule's state."""
    findings = doc["assessment-results"]["results"][0].get("findings", [])
    rules = result["results"]
    if len(findings) != len(rules):
        return [f"{len(findings)} findings for {len(rules)} rules"]
    errors = []
    for f, r in zip(findings, rules):
        target = f["target"]
        expected_id = r["rule"] if r["rule"][0].isalpha() else "_" + r["rule"]
        satisfied = r["state"] in ("pass", "notapplicable")
        if target["target-id"] != expected_id:
            errors.append(f"finding for {target['target-id']}, rule {r['rule']}")
        if (target["status"]["state"] == "satisfied") != satisfied:
            errors.append(f"{r['rule']}: state {r['state']} but {target['status']['state']}")
    return errors

# Deliberately broken documents must fail, each for its own reason.
sample = json.load(open(os.path.join(work, "waived.ja.oscal.json")))
breakages = {
    "a UUID that is not one": lambda d: d["assessment-results"].__setitem__("uuid", "not-a-uuid"),
    "no metadata title": lambda d: d["assessment-results"]["metadata"].pop("title"),
    "a party name ending in a space": lambda d: d["assessment-results"]["metadata"]["parties"][0].__setitem__("name", "x "),
    "a target-id starting with a digit": lambda d: d["assessment-results"]["results"][0]["findings"][0]["target"].__setitem__("target-id", "1a"),
    "a control-id with a space": lambda d: d["assessment-results"]["results"][0]["reviewed-controls"]["control-selections"][0]["include-controls"][0].__setitem__("control-id", "pr ds"),
    "an unknown finding status": lambda d: d["assessment-results"]["results"][0]["findings"][0]["target"]["status"].__setitem__("state", "passed"),
    "a date without a time zone": lambda d: d["assessment-results"]["results"][0].__setitem__("start", "2021-03-01T00:00:00"),
    "an href with a space": lambda d: d["assessment-results"]["back-matter"]["resources"][1]["rlinks"][0].__setitem__("href", "a b.yaml"),
    "an unknown key": lambda d: d["assessment-results"]["results"][0].__setitem__("score", 1),
}
failed = False
for what, breakage in breakages.items():
    broken = copy.deepcopy(sample)
    breakage(broken)
    if not schema_errors(broken):
        print(f"FAIL: the validator accepts a document with {what}")
        failed = True
broken = copy.deepcopy(sample)
broken["assessment-results"]["results"][0]["findings"][0]["related-observations"] = [
    {"observation-uuid": "00000000-0000-4000-8000-000000000000"}]
if not reference_errors(broken):
    print("FAIL: the reference check accepts a dangling observation-uuid")
    failed = True

documents = sorted(glob.glob(os.path.join(work, "*.oscal.json")))
for path in documents:
    doc = json.load(open(path))
    result = json.load(open(path.replace(".oscal.json", ".json")))
    errors = schema_errors(doc) + reference_errors(doc) + finding_errors(doc, result)
    for e in errors[:20]:
        print(f"FAIL: {os.path.basename(path)}: {e}")
    failed |= bool(errors)
expected = 2 * len(glob.glob("examples/*.yaml")) + 3
if len(documents) != expected:
    print(f"FAIL: {len(documents)} documents, expected {expected}")
    failed = True
print("oscal: invalid documents" if failed else f"oscal: {len(documents)} documents valid")
sys.exit(1 if failed else 0)
EOF
