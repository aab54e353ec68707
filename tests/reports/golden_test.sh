#!/usr/bin/env bash
# Golden reports: every bundled example rendered in every format and compared byte for byte.
# Human formats are in Japanese, the language of the examples' operators; the hospital example is
# also rendered in English with its waivers, and its two years are compared with `tenken diff` in
# every diff format and drawn on one radar by `tenken report --previous` (HTML, ja and en). The XLSX workbook is compared through a text dump of its sheets
# (tests/reports/xlsx_dump.py).
# Each example's saved Result is also rendered again with `tenken report`, in every format, and
# must give the very bytes `check` wrote: the Result leaves the rules' words to the library and
# nothing is lost on the way.
# Every output's SHA-256 is in tests/golden/digests.sha256; the outputs of the examples in KEEP,
# and the diffs, are also kept whole under tests/golden/ so that a person reads them and a change
# shows as a diff (all of them whole would be 33 MB).
# usage: golden_test.sh TENKEN REPO_ROOT        UPDATE=1 rewrites the golden files
set -uo pipefail
tenken=$(realpath "$1"); root=$(realpath "$2")
golden="$root/tests/golden"
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
cd "$root"
KEEP=" nisc-2021-06-hospital.en small-operator well-run year-over-year "
status=0
digests="$work/digests.sha256"; : > "$digests"
compare() {  # compare GOLDEN_NAME ACTUAL_FILE
  (cd "$(dirname "$2")" && sha256sum "$(basename "$2")") | sed "s|  .*|  $1|" >> "$digests"
  [[ $KEEP == *" ${1%%/*} "* ]] || return 0
  if [ "${UPDATE:-}" = 1 ]; then mkdir -p "$(dirname "$golden/$1")"; cp "$2" "$golden/$1"; return; fi
  if ! cmp -s "$golden/$1" "$2"; then
    echo "--- $1 differs from the golden file:"; diff -u "$golden/$1" "$2" | head -30; status=1
  fi
}
render() {  # render NAME LANG ANSWERS [more check options]
  local name=$1 lang=$2 answers=$3; shift 3
  local out="$work/$name"; mkdir -p "$out"
  "$tenken" check "$answers" --lang "$lang" --fail-on never "$@" \
    --format "term:$out/report.txt" --format "json:$out/result.json" --format "md:$out/report.md" \
    --format "html:$out/report.html" --format "csv:$out/findings.csv" --format "xlsx:$out/workbook.xlsx" \
    --format "junit:$out/junit.xml" --format "sarif:$out/report.sarif" --format "oscal:$out/oscal.json" \
    || { echo "--- tenken check $answers failed"; status=1; return; }
  local again="$work/$name.again"; mkdir -p "$again"
  "$tenken" report "$out/result.json" --lang "$lang" \
    --format "term:$again/report.txt" --format "json:$again/result.json" --format "md:$again/report.md" \
    --format "html:$again/report.html" --format "csv:$again/findings.csv" --format "xlsx:$again/workbook.xlsx" \
    --format "junit:$again/junit.xml" --format "sarif:$again/report.sarif" --format "oscal:$again/oscal.json" \
    || { echo "--- tenken report $out/result.json failed"; status=1; }
  for f in "$out"/*; do
    cmp -s "$f" "$again/$(basename "$f")" ||
      { echo "--- $name/$(basename "$f"): tenken report of the saved Result differs from tenken check"; status=1; }
  done
  python3 "$root/tests/reports/xlsx_dump.py" "$out/workbook.xlsx" > "$out/workbook.xlsx.txt" && rm "$out/workbook.xlsx"
  for f in "$out"/*; do compare "$name/$(basename "$f")" "$f"; done
}
for answers in examples/*.yaml; do
  render "$(basename "$answers" .yaml)" ja "$answers" 2> /dev/null
done
render nisc-2021-06-hospital.en en examples/nisc-2021-06-hospital.yaml \
  --waivers examples/waivers/nisc-2021-06-hospital.yaml 2> /dev/null
render nisc-2021-06-hospital-2022 ja examples/year-over-year/nisc-2021-06-hospital-2022.yaml
for format in term md html json; do
  for lang in ja en; do
    out="$work/diff.$lang.$format"
    (cd "$work" && "$tenken" diff nisc-2021-06-hospital/result.json nisc-2021-06-hospital-2022/result.json \
      --lang "$lang" --format "$format" -o "$out")
    [ $? = 2 ] || { echo "--- tenken diff should exit 2 (a regression)"; status=1; }
    compare "year-over-year/diff.$lang.$format" "$out"
  done
done
# The second year's report drawn with the first year's Result (--previous): both on the radar.
for lang in ja en; do
  out="$work/report-previous.$lang.html"
  (cd "$work" && "$tenken" report nisc-2021-06-hospital-2022/result.json --previous nisc-2021-06-hospital/result.json \
    --lang "$lang" --format html -o "$out") || { echo "--- tenken report --previous failed"; status=1; }
  compare "year-over-year/report-previous.$lang.html" "$out"
done
if [ "${UPDATE:-}" = 1 ]; then
  cp "$digests" "$golden/digests.sha256"
elif ! diff -u "$golden/digests.sha256" "$digests"; then
  echo "--- outputs differ from tests/golden/digests.sha256 (UPDATE=1 rewrites; read the changes first)"; status=1
fi
[ $status = 0 ] && echo "golden reports match"
exit $status
