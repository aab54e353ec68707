#!/usr/bin/env bash
# Round trip of `tenken template`: a blank template, filled in with the answers of an example, gives
# `tenken check` the same Result as the example itself, in YAML and in CSV alike.
#
# For each example (and small-operator with the newer answer forms added: a partial multiple
# choice, N/A, an alternative, a month, a year, a detailed answer with evidence, an empty list),
# the YAML template is filled in as an editor would (answers after the colons) and the CSV
# template as a spreadsheet would (cells; Excel-style dates 2024/4/7, "?" for don't know,
# semicolons between some choices); then `check --format json` runs on the example, the filled
# YAML and the filled CSV. The Results must be identical except for two fields that name the
# file rather than the answers: `answers_file` (the path) and `answers[].line` (where each answer
# was written; the rules refer to the answers by their place in `answers`, `results[].reads`). The
# exit codes must be the same too.
#
# Also: the blank templates with only the organisation's name and the assessment date filled in
# load, and every question is unanswered (exit 3, every question of the checklist in the file).
#
# usage: template_roundtrip_test.sh TENKEN SOURCE_DIR
set -u
tenken=$(realpath "$1"); src=$(realpath "$2")
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
cd "$work"
export NO_COLOR=1 LANG=C.UTF-8 LC_ALL=C.UTF-8
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# The newer answer forms, laid over small-operator.
cat > extra.yaml <<'EOF'
answers:
  backup.scope: {has: [business_data], lacks: [control_programs], comment: "運転データは確か, 設定は不明"}
  vuln.pc_patch_scope: {na: 役場のPCは総務課が管理している}
  accounts.mfa_in_place: {alternative: "管理端末は施錠された部屋の専用端末のみ: 入室は記録している"}
  contacts.list_reviewed_on: 2025-04
  continuity.outage_plan_reviewed_on: 2024
  backup.generations: {value: 2, evidence: [NAS設定画面, "保存履歴, 2026年3月"]}
  contacts.internal: {value: [], comment: "-未定"}
EOF

# fill.py KIND EXAMPLE TEMPLATE OUT [OVERLAY]: the template with the example's answers written in.
cat > fill.py <<'EOF'
import csv, json, re, sys
import yaml

kind, example, template, out = sys.argv[1:5]
loaded = yaml.load(open(example, encoding="utf-8"), Loader=yaml.BaseLoader)  # every scalar as written
answers = dict(loaded.get("answers") or {})
if len(sys.argv) > 5:
    answers.update(yaml.load(open(sys.argv[5], encoding="utf-8"), Loader=yaml.BaseLoader)["answers"])
meta = {"organization." + k: v for k, v in loaded["organization"].items()}
meta.update({"assessment." + k: v for k, v in loaded["assessment"].items()})

def parts(v):
    """An answer as (value, na, alternative, has, lacks, comment, evidence); has/lacks None if absent."""
    if isinstance(v, dict):
        return (v.get("value"), v.get("na"), v.get("alternative"), v.get("has"), v.get("lacks"),
                v.get("comment", ""), v.get("evidence", []))
    return (v, None, None, None, None, "", [])

def flow(v):
    if isinstance(v, list):
        return "[" + ", ".join(flow(x) for x in v) + "]"
    if isinstance(v, dict):
        return "{" + ", ".join(k + ": " + flow(x) for k, x in v.items()) + "}"
    return v if re.fullmatch(r"[A-Za-z0-9_][A-Za-z0-9_.\-]*", v) else json.dumps(v, ensure_ascii=False)

def fill_yaml():
    lines = open(template, encoding="utf-8").read().split("\n")
    placed, section = set(), None
    for i, line in enumerate(lines):
        if line in ("organization:", "assessment:"):
            section = line[:-1]
            continue
        m = re.fullmatch(r"  ([a-z_]+):( +#.*)?", line)
        if m and section and section + "." + m.group(1) in meta:
            lines[i] = "  %s: %s" % (m.group(1), flow(meta[section + "." + m.group(1)]))
            continue
        if line == "answers:":
            section = None
        m = re.fullmatch(r"  ([a-z0-9_.]+):", line)
        if m and m.group(1) in answers:
            lines[i] = "  %s: %s" % (m.group(1), flow(answers[m.group(1)]))
            placed.add(m.group(1))
    missing = set(answers) - placed
    if missing:
        sys.exit("no line in the YAML template for " + ", ".join(sorted(missing)))
    open(out, "w", encoding="utf-8").write("\n".join(lines))

def slashed(date):  # 2024-04-07 as Excel writes it: 2024/4/7
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", date)
    return "%s/%d/%d" % (m.group(1), int(m.group(2)), int(m.group(3))) if m else date

def cell(value, is_multi, is_date):
    if value == "unknown":
        return "?"
    if isinstance(value, list):
        return ("; " if len(value) > 2 else ", ").join(value) if value else "[]"
    return slashed(value) if is_date else value

def fill_csv():
    rows = list(csv.reader(open(template, encoding="utf-8-sig", newline="")))
    col = {name: i for i, name in enumerate(rows[0])}
    placed = set()
    for row in rows[1:]:
        qid, type_ = row[col["id"]], row[col["type"]]
        is_multi, is_date = type_ in ("multiple choice", "複数選択"), type_ in ("date", "日付")
        if qid in meta:
            row[col["answer"]] = cell(meta[qid], False, is_date)
        if qid not in answers:
            continue
        value, na, alternative, has, lacks, comment, evidence = parts(answers[qid])
        if has is not None or lacks is not None:
            row[col["answer"]] = "; ".join(p for p in (
                "has: " + ", ".join(has) if has is not None else "",
                "lacks: " + ", ".join(lacks) if lacks is not None else "") if p)
        elif value is not None:
            row[col["answer"]] = cell(value, is_multi, is_date)
        row[col["na_reason"]] = na or ""
        row[col["alternative"]] = alternative or ""
        row[col["comment"]] = comment
        row[col["evidence"]] = "\n".join(evidence)
        placed.add(qid)
    missing = set(answers) - placed
    if missing:
        sys.exit("no row in the CSV template for " + ", ".join(sorted(missing)))
    with open(out, "w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f, lineterminator="\r\n").writerows(rows)

fill_yaml() if kind == "yaml" else fill_csv()
EOF

# same.py A.json B.json: equal but for the fields that name the file.
cat > same.py <<'EOF'
import json, sys
def strip(path):
    r = json.load(open(path, encoding="utf-8"))
    del r["answers_file"]
    for a in r["answers"]:
        a.pop("line", None)
    return r
a, b = strip(sys.argv[1]), strip(sys.argv[2])
if a != b:
    for key in sorted(set(a) | set(b)):
        if a.get(key) != b.get(key):
            print("differs in", key)
            if key in ("results", "answers"):
                for x, y in zip(a[key], b[key]):
                    if x != y:
                        print(json.dumps(x, ensure_ascii=False)[:1500]); print(json.dumps(y, ensure_ascii=False)[:1500])
                        break
    sys.exit(1)
EOF

check_json() {  # check_json ANSWERS OUT.json: exit code in $rc
  "$tenken" check "$1" --format "json:$2" --fail-on low > "$2.stdout" 2> "$2.stderr"
  rc=$?
  grep -q "error" "$2.stderr" && fail "$1: $(cat "$2.stderr")"
}

roundtrip() {  # roundtrip NAME EXAMPLE YAML_LANG CSV_LANG [OVERLAY]
  local name=$1 example=$2 overlay=${5:-}
  "$tenken" template --lang "$3" -o "$name.template.yaml" || fail "$name: template yaml"
  "$tenken" template --lang "$4" --format csv -o "$name.template.csv" || fail "$name: template csv"
  python3 fill.py yaml "$example" "$name.template.yaml" "$name.yaml" $overlay || fail "$name: fill yaml"
  python3 fill.py csv "$example" "$name.template.csv" "$name.csv" $overlay || fail "$name: fill csv"
  if [ -n "$overlay" ]; then  # the reference: the example with the overlay, in YAML
    cp "$name.yaml" "$name.reference.yaml"
  else
    cp "$example" "$name.reference.yaml"
  fi
  check_json "$name.reference.yaml" reference.json; local want=$rc
  check_json "$name.yaml" from-yaml.json; [ "$rc" = "$want" ] || fail "$name: yaml exit $rc, expected $want"
  check_json "$name.csv" from-csv.json; [ "$rc" = "$want" ] || fail "$name: csv exit $rc, expected $want"
  python3 same.py reference.json from-yaml.json || fail "$name: the filled YAML template gives another Result"
  python3 same.py reference.json from-csv.json || fail "$name: the filled CSV template gives another Result"
}

roundtrip well-run "$src/examples/well-run.yaml" ja en
roundtrip small-operator "$src/examples/small-operator.yaml" en ja
roundtrip small-operator-forms "$src/examples/small-operator.yaml" en ja extra.yaml
# The overlay's forms must have reached the Result (not silently dropped on the way).
python3 - <<'EOF' || fail "the newer answer forms are missing from the CSV Result"
import json
r = json.load(open("from-csv.json", encoding="utf-8"))
seen = {r["answers"][i]["question"]: r["answers"][i] for rule in r["results"] for i in rule["reads"]}
assert seen["vuln.pc_patch_scope"]["status"] == "not_applicable", seen["vuln.pc_patch_scope"]
assert seen["accounts.mfa_in_place"]["status"] == "alternative", seen["accounts.mfa_in_place"]
assert seen["backup.generations"]["evidence"] == ["NAS設定画面", "保存履歴, 2026年3月"], seen["backup.generations"]
EOF

# Blank templates: with the name and the date filled in, they load and nothing is answered.
for format in yaml csv; do
  "$tenken" template --format $format -o "blank.$format"
  printf 'organization:\n  name: X\nassessment:\n  date: 2026-04-01\nanswers: {}\n' > empty.yaml
  python3 fill.py $format empty.yaml "blank.$format" "filled.$format"
  "$tenken" check "filled.$format" --format json:blank.json > blank.stdout 2> blank.stderr
  rc=$?
  [ "$rc" = 3 ] || fail "blank $format template: exit $rc, expected 3: $(cat blank.stderr)"
  [ -s blank.stderr ] && fail "blank $format template: $(cat blank.stderr)"
  python3 -c '
import json, sys
r = json.load(open("blank.json"))
assert r["summary"]["coverage"]["answered"] == 0, r["summary"]["coverage"]
' || fail "blank $format template: answers were found"
done

# Every question of the checklist is in both templates, once, in questionnaire order.
"$tenken" template --format yaml | grep -oE '^  [a-z0-9_]+\.[a-z0-9_.]+:$' | tr -d ' :' > yaml-ids
"$tenken" template --format csv | python3 -c '
import csv, io, sys
rows = list(csv.reader(io.StringIO(sys.stdin.buffer.read().decode("utf-8-sig"), newline="")))
for r in rows[1:]:
    if r[0] and not r[0].startswith(("organization.", "assessment.")):
        print(r[0])' > csv-ids
cmp -s yaml-ids csv-ids || fail "the YAML and CSV templates list different questions"
[ "$(wc -l < yaml-ids)" = "$(grep -c '^      - id: ' "$src"/checklists/*.yaml | awk -F: '{s += $2} END {print s}')" ] ||
  fail "the templates list $(wc -l < yaml-ids) questions, not every question of checklists/"

[ "$failures" = 0 ] && echo "ok" || { echo "$failures failure(s)"; exit 1; }
