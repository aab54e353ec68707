#!/usr/bin/env bash
# tenken aggregate over Results made at test time from synthetic answer files (bench/
# generate_answers.py) with the built-in library: every format the same bytes and the same
# messages whatever --jobs is; a broken file among good ones reported and skipped (exit 1);
# an earlier assessment of an organisation set aside; the statistics recomputed independently in
# Python; the JSON valid against docs/aggregate.schema.json; and with --anonymise no organisation
# name, file path, assessor or scope in any output, the workbook's XML included.
# usage: aggregate_test.sh TENKEN REPO_ROOT
set -euo pipefail
tenken=$(realpath "$1")
repo=$(realpath "$2")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
export NO_COLOR=1 LANG=C.UTF-8 LC_ALL=C.UTF-8
failed=0
python3 "$repo/bench/generate_answers.py" in 40 --seed 21 > /dev/null
"$tenken" batch in -o res --fail-on never 2> /dev/null
# Assessors and scopes no report text could contain by chance (the generator's are everyday
# words such as "IT department"), an earlier assessment of operator 3 (its score must not count),
# and a file that is not a Result.
python3 - <<'PY'
import json, pathlib
for n, p in enumerate(sorted(pathlib.Path("res").glob("*.json"))):
    r = json.load(open(p, encoding="utf-8"))
    r["assessment"]["assessor"] = f"Assessor Q{n}X"
    r["assessment"]["scope"] = f"評価範囲Z{n}W"
    json.dump(r, open(p, "w", encoding="utf-8"), ensure_ascii=False)
r = json.load(open("res/answers-000003.json", encoding="utf-8"))
r["assessment"]["date"] = "2019-01-01"
r["summary"]["score"] = 1.23
json.dump(r, open("res/answers-000003-old.json", "w", encoding="utf-8"), ensure_ascii=False)
PY
printf '{"version": 2,\n  "organization": oops\n}\n' > res/broken.json

formats=(term md html json csv xlsx)
for jobs in 1 2 7; do
  args=()
  for f in "${formats[@]}"; do args+=(--format "$f:out-$jobs/aggregate.$f"); done
  mkdir "out-$jobs"
  code=0
  "$tenken" aggregate res --jobs "$jobs" --lang ja "${args[@]}" 2> "stderr-$jobs" || code=$?
  [ "$code" -eq 1 ] || { echo "--jobs $jobs: exit $code, expected 1 (a broken file)"; failed=1; }
done
for jobs in 2 7; do
  for f in "${formats[@]}"; do
    cmp -s "out-1/aggregate.$f" "out-$jobs/aggregate.$f" || { echo "--jobs $jobs: aggregate.$f differs from --jobs 1"; failed=1; }
  done
  cmp -s stderr-1 "stderr-$jobs" || { echo "--jobs $jobs printed other messages:"; diff stderr-1 "stderr-$jobs" | head; failed=1; }
done
grep -qx "res/broken.json:2:19: エラー: 値（文字列、数値、オブジェクト、配列、true、false、null のいずれか）が必要ですが、'oops' が書かれています" stderr-1 ||
  { echo "the broken file is not reported at its line, in Japanese:"; cat stderr-1; failed=1; }
# --lang ja: the command line's own messages are in Japanese too.
tail -n 1 stderr-1 | grep -qx 'tenken aggregate: 結果ファイル 42 件のうち 41 件を読み込み、1 件は読み込めませんでした（上のエラーを参照）' ||
  { echo "unexpected summary: $(tail -n 1 stderr-1)"; failed=1; }

# The figures, recomputed from the Results.
python3 - out-1/aggregate.json <<'PY' || failed=1
import json, pathlib, statistics, sys
agg = json.load(open(sys.argv[1], encoding="utf-8"))
latest = {}
for p in sorted(pathlib.Path("res").glob("*.json")):
    if p.name == "broken.json":
        continue
    r = json.load(open(p, encoding="utf-8"))
    key = r["organization"]["name"]
    if key not in latest or (r["assessment"]["date"], str(p)) > (latest[key]["assessment"]["date"], latest[key]["file"]):
        latest[key] = dict(r, file=str(p))
problems = []
def near(what, got, want):
    if got is None or abs(got - want) > 0.006:
        problems.append(f"{what}: {got}, expected {want:.4f}")
def check_statistics(what, got, xs):
    near(what + " mean", got["mean"], statistics.fmean(xs))
    near(what + " median", got["median"], statistics.median(xs))
    near(what + " stddev", got["stddev"], statistics.pstdev(xs))
    if len(xs) > 1:
        q1, _, q3 = statistics.quantiles(xs, n=4, method="inclusive")  # R type 7, as documented
        near(what + " q1", got["q1"], q1)
        near(what + " q3", got["q3"], q3)
    near(what + " min", got["min"], min(xs))
    near(what + " max", got["max"], max(xs))
    if got["count"] != len(xs):
        problems.append(f"{what} count: {got['count']}, expected {len(xs)}")
scores = [r["summary"]["score"] for r in latest.values()]
if agg["results"] != 41 or agg["organizations_count"] != 40 or agg["set_aside"] != 1 or agg["files_skipped"] != 1:
    problems.append(f"counts: {agg['results']} {agg['organizations_count']} {agg['set_aside']} {agg['files_skipped']}")
check_statistics("overall", agg["overall"], scores)
for c in agg["categories"]:
    xs = [cs["score"] for r in latest.values() for cs in r["summary"]["categories"]
          if cs["category"] == c["category"] and cs["weight_scored"] > 0]
    check_statistics(c["category"], c["statistics"], xs)
mean, sd = statistics.fmean(scores), statistics.pstdev(scores)
for o in agg["organizations"]:
    x = latest[o["name"]]["summary"]["score"]
    near(o["name"] + " score", o["score"], x)
    near(o["name"] + " percentile", o["percentile"],
         100 * (sum(s < x for s in scores) + sum(s == x for s in scores) / 2) / len(scores))
    near(o["name"] + " deviation", o["deviation"], 50 + 10 * (x - mean) / sd)
if sum(g["count"] for g in agg["groups"]) != 40:
    problems.append("the groups do not add up to 40 organisations")
for p in problems:
    print(p)
sys.exit(1 if problems else 0)
PY

# Anonymised, in every format and both breakdowns: no name, path, assessor or scope.
mkdir anon
for by in sector size; do
  args=()
  for f in "${formats[@]}"; do args+=(--format "$f:anon/$by.$f"); done
  "$tenken" aggregate res --anonymise --by "$by" --lang en "${args[@]}" 2> /dev/null || true
done
python3 - <<'PY' || failed=1
import json, pathlib, sys, zipfile
secrets = {"res/", "in/", "answers-0000"}
for p in pathlib.Path("res").glob("answers-*.json"):
    r = json.load(open(p, encoding="utf-8"))
    secrets |= {r["organization"]["name"], r["assessment"]["assessor"], r["assessment"]["scope"], r["answers_file"]}
secrets.discard("")
leaks = []
for out in sorted(pathlib.Path("anon").iterdir()):
    if out.suffix == ".xlsx":
        with zipfile.ZipFile(out) as z:
            text = "".join(z.read(n).decode("utf-8") for n in z.namelist() if n.endswith(".xml"))
    else:
        text = out.read_text(encoding="utf-8")
    if "org-0001" not in text:
        leaks.append(f"{out}: no pseudonym")
    leaks += [f"{out}: {s!r}" for s in sorted(secrets) if s in text]
for leak in leaks:
    print("anonymised output shows", leak)
sys.exit(1 if leaks else 0)
PY

# The JSON form matches its schema: named, anonymised, by size.
python3 - "$repo/docs/aggregate.schema.json" out-1/aggregate.json anon/sector.json anon/size.json <<'PY' || failed=1
import json, sys
import jsonschema
schema = json.load(open(sys.argv[1], encoding="utf-8"))
cls = jsonschema.validators.validator_for(schema)
cls.check_schema(schema)
bad = 0
for path in sys.argv[2:]:
    for e in sorted(cls(schema).iter_errors(json.load(open(path, encoding="utf-8"))), key=lambda e: list(e.path)):
        print(f"{path}: {'/'.join(map(str, e.path))}: {e.message}")
        bad = 1
sys.exit(bad)
PY
# Results read with another library than the one they name: said once, not once a file (the
# library given lacks every rule, so the titles are the rules' ids).
"$tenken" aggregate res --no-builtin --rules "$repo/tests/e2e/fixtures/lib" -o other.txt 2> other.err || true
grep -c 'another rule library' other.err | grep -qx 1 || { echo "another library said other than once:"; head other.err; failed=1; }
grep -q '^warning: 41 of the Results (res/answers-000001.json the first) were evaluated with another rule library' other.err ||
  { echo "unexpected warning:"; grep warning other.err; failed=1; }
exit $failed
