#!/usr/bin/env bash
# The benchmarks' synthetic answer files (bench/generate_answers.py) stay what they claim to be as
# the questionnaire changes: each loads, binds and evaluates without an error or a warning, in YAML
# and in JSON, and the same seed gives the same bytes.
# usage: generated_answers_test.sh TENKEN REPO_ROOT
set -euo pipefail
tenken=$(realpath "$1")
cd "$2"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failed=0
for format in yaml json; do
  python3 bench/generate_answers.py "$tmp/$format" 12 --format "$format" --seed 3
  python3 bench/generate_answers.py "$tmp/$format-again" 12 --format "$format" --seed 3
  diff -r "$tmp/$format" "$tmp/$format-again" >/dev/null || { echo "$format: the same seed gave other bytes"; failed=1; }
  for f in "$tmp/$format"/*; do
    code=0
    "$tenken" check "$f" --fail-on never --format json -o "$tmp/result.json" 2>"$tmp/stderr" || code=$?
    if [ $code -ne 0 ] || [ -s "$tmp/stderr" ]; then
      echo "$(basename "$f"): exit $code"; cat "$tmp/stderr"; failed=1
    fi
  done
done
exit $failed
