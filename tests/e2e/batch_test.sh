#!/usr/bin/env bash
# tenken batch over many answer files: the same reports and the same messages, byte for byte,
# whatever --jobs is; a broken file among good ones is reported in input order and skipped; each
# Result is the one `check` writes for that file. .ci/run runs this under ThreadSanitizer too.
# usage: batch_test.sh TENKEN REPO_ROOT
set -euo pipefail
tenken=$(realpath "$1")
cd "$2"
repo=$PWD
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
export NO_COLOR=1 LANG=C.UTF-8 LC_ALL=C.UTF-8
python3 "$repo/bench/generate_answers.py" in 40 --seed 11
python3 "$repo/bench/generate_answers.py" in/json 20 --seed 12 --format json
printf 'organization: {name: x}\nassessment: {date: 2026-04-01}\nanswers:\n  backup.taken: perhaps\n' > in/answers-000007b.yaml
printf 'organization: [\n' > in/json/broken.json
failed=0
for jobs in 1 2 7; do
  code=0
  "$tenken" batch in -o "out-$jobs" --jobs "$jobs" --format json --format csv --fail-on never 2> "stderr-$jobs" || code=$?
  [ "$code" -eq 1 ] || { echo "--jobs $jobs: exit $code, expected 1 (two broken files)"; failed=1; }
  sed -i "s/out-$jobs/OUT/" "stderr-$jobs"
done
for jobs in 2 7; do
  diff -r out-1 "out-$jobs" >/dev/null || { echo "--jobs $jobs wrote other reports than --jobs 1"; failed=1; }
  cmp -s stderr-1 "stderr-$jobs" || { echo "--jobs $jobs printed other messages than --jobs 1:"; diff stderr-1 "stderr-$jobs" | head; failed=1; }
done
results=$(find out-1 -name '*.json' | wc -l)
[ "$results" -eq 60 ] || { echo "expected 60 Results, found $results"; failed=1; }
# The broken files' messages come in input order, then the summary.
grep -c ': error: ' stderr-1 | grep -qx 2 || { echo "expected two errors:"; cat stderr-1; failed=1; }
grep -n 'error' stderr-1 | head -1 | grep -q 'in/answers-000007b.yaml' || { echo "errors not in input order:"; cat stderr-1; failed=1; }
tail -n 1 stderr-1 | grep -qx 'tenken batch: 62 answer files: 60 evaluated, 2 not (see the errors above); reports in OUT' ||
  { echo "unexpected summary: $(tail -n 1 stderr-1)"; failed=1; }
# Reports are flushed to disk once at the end, when the temporary files a killed run left in the
# output folders are removed too: one of a process that no longer runs goes, one of a running
# process (this shell) stays.
mkdir -p out-1/json
touch out-1/json/answers-000001.json.tenken-tmp-2147483646-0 "out-1/json/answers-000002.json.tenken-tmp-$$-0"
"$tenken" batch in/json/answers-000001.json -o out-1/json --fail-on never 2>/dev/null
[ ! -e out-1/json/answers-000001.json.tenken-tmp-2147483646-0 ] || { echo "a dead run's temporary file stayed"; failed=1; }
[ -e "out-1/json/answers-000002.json.tenken-tmp-$$-0" ] || { echo "a live process's temporary file went"; failed=1; }
rm -f "out-1/json/answers-000002.json.tenken-tmp-$$-0"
# A Result from batch is the Result from check.
"$tenken" check in/json/answers-000003.json --fail-on never --format json -o check.json
cmp -s check.json out-1/json/answers-000003.json || { echo "batch's Result differs from check's"; failed=1; }
exit $failed
