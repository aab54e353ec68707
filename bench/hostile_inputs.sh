#!/usr/bin/env bash
# Hostile inputs for `tenken check`: inputs far bigger than any operator writes, to show that the
# time and the output grow in proportion to the input and not faster. Figures, not a test: it
# prints the wall time, the peak memory and the output size of each run and judges nothing.
#
# Inputs, generated into a fresh temporary folder (removed at the end):
# - waivers-distinct: a CSV waivers file of 200,000 rows, each for another (unknown) rule id
#   (short rows: tenken reads files of at most 8 MiB);
# - waivers-same: 200,000 rows waiving the same rule (every row after the first an error);
# - org-check: an answer file whose organisation name is 1 MB, checked and rendered as OSCAL and
#   CSV (the answer loader may refuse a text that long);
# - org-oscal, org-csv: a saved Result whose organisation name is 1 MB (nothing caps it there),
#   rendered again by `tenken report` as OSCAL and as CSV;
# - answers-one-line: a JSON answer file on one line with 20,000 answers that are each an error.
#
# usage: bench/hostile_inputs.sh [TENKEN]   (default: build/tenken), from the repository root;
# KEEP=1 keeps the folder (inputs, outputs, stderr) and prints where it is.
# Needs python3 (to write the inputs) and GNU time at /usr/bin/time.
set -uo pipefail
tenken=$(realpath "${1:-build/tenken}")
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
if [ "${KEEP:-}" = 1 ]; then echo "inputs and outputs in $work"; else trap 'rm -rf "$work"' EXIT; fi
base="$root/examples/small-operator.yaml"

python3 - "$work" "$base" <<'EOF'
import json, sys
work, base = sys.argv[1], sys.argv[2]
rows = 200_000
with open(f"{work}/waivers-distinct.csv", "w") as f:
    f.write("rule,justification\n")
    for i in range(rows):
        f.write(f"r{i:06d},x\n")
with open(f"{work}/waivers-same.csv", "w") as f:
    f.write("rule,justification\n")
    for i in range(rows):
        f.write("backup-isolated-copy,x\n")
# A 1 MB organisation name of three-byte characters, so that any cut must respect UTF-8.
name = "点検" * (1_000_000 // 6)
text = open(base, encoding="utf-8").read()
text = text.replace("name: 架空の山里町上下水道課", "name: " + name, 1)
open(f"{work}/org.yaml", "w", encoding="utf-8").write(text)
# One JSON line: 20,000 answers, each a mapping with a key an answer cannot have.
answers = {f"q.{i:05d}": {"bogus": i} for i in range(20_000)}
doc = {"organization": {"name": "x", "sector": "water"},
       "assessment": {"date": "2026-04-01"}, "answers": answers}
open(f"{work}/one-line.json", "w").write(json.dumps(doc, separators=(",", ":")))
EOF

# run NAME OUTPUT COMMAND...: the command's stdout goes to OUTPUT, its stderr to OUTPUT.err; the
# size counts both and the report files named in extra_outputs.
run() {
  local name=$1 output=$2; shift 2
  /usr/bin/time -o "$output.time" -f '%e s %M KB' "$@" > "$output" 2> "$output.err"
  local size; size=$(cat "$output" "$output.err" "${extra_outputs[@]}" 2>/dev/null | wc -c)
  printf '%-18s %-22s output %s bytes\n' "$name" "$(tail -1 "$output.time")" "$size"
}

cd "$work"
"$tenken" check "$base" --fail-on never --format json:result.json
python3 - <<'EOF'
import json
result = json.load(open("result.json", encoding="utf-8"))
result["organization"]["name"] = "点検" * (1_000_000 // 6)
json.dump(result, open("org-result.json", "w", encoding="utf-8"), ensure_ascii=False)
EOF

extra_outputs=()
run waivers-distinct out1 "$tenken" check "$base" --waivers waivers-distinct.csv --fail-on never
run waivers-same out2 "$tenken" check "$base" --waivers waivers-same.csv --fail-on never
extra_outputs=(check.oscal.json check.csv)
run org-check out3 "$tenken" check org.yaml --fail-on never --format oscal:check.oscal.json --format csv:check.csv
extra_outputs=(oscal.json)
run org-oscal out4 "$tenken" report org-result.json --format oscal:oscal.json
extra_outputs=(findings.csv)
run org-csv out5 "$tenken" report org-result.json --format csv:findings.csv
extra_outputs=()
run answers-one-line out6 "$tenken" check one-line.json --fail-on never
