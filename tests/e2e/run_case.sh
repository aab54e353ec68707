#!/usr/bin/env bash
# Runs one end-to-end case against the built tenken binary.
#
# usage: run_case.sh TENKEN CASE_DIR FIXTURES_DIR
#
# A case directory holds:
#   cmd              the arguments to tenken, one line, shell words ("check answers.yaml --lang en")
#   setup            optional bash script run first (generates large inputs, makes a Result with
#                    "$TENKEN", the binary under test, ...)
#   env              optional VAR=value lines exported for the run
#   stdin            optional: what the run reads on standard input (otherwise nothing)
#   expected_exit    the exit code
#   expected_stdout  exact stdout (absent: stdout must be empty)
#   expected_stderr  exact stderr (absent: stderr must be empty)
#   absent           optional: paths (one a line) that must not exist afterwards (no partial output)
#   expected_files/  optional: files the run must write, each compared with the file of the same
#                    path in the scratch directory
#   *.yaml, ...      inputs
# The case runs in a fresh scratch directory holding a copy of the case and a link `fixtures` to
# the shared fixtures, so paths in messages are short and stable. Set UPDATE=1 to rewrite the
# expected files from the actual output (then read the diff before committing it).
set -u
tenken=$(realpath "$1"); case_dir=$(realpath "$2"); fixtures=$(realpath "$3")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r "$case_dir"/. "$work"/
ln -s "$fixtures" "$work/fixtures"
cd "$work"
export NO_COLOR=1 LANG=C.UTF-8 LC_ALL=C.UTF-8
unset LC_MESSAGES
if [ -f env ]; then set -a; . ./env; set +a; fi  # per-case environment (LANG=ja_JP.UTF-8, ...)
export TENKEN="$tenken"
if [ -f setup ]; then bash ./setup || { echo "setup failed"; exit 1; }; fi
read -r args < cmd
eval "set -- $args"
stdin=/dev/null; [ -f stdin ] && stdin=stdin
"$tenken" "$@" < "$stdin" > actual_stdout 2> actual_stderr
code=$?
status=0
expect_file() {  # expect_file NAME ACTUAL
  local expected="$case_dir/$1"
  if [ "${UPDATE:-}" = 1 ]; then
    if [ -s "$2" ]; then cp "$2" "$expected"; else rm -f "$expected"; fi
    return
  fi
  if [ -f "$expected" ]; then
    diff -u "$expected" "$2" > diff_out || { echo "--- $1 differs:"; cat diff_out; status=1; }
  elif [ -s "$2" ]; then
    echo "--- $1 expected empty, got:"; head -c 4000 "$2"; status=1
  fi
}
expect_file expected_stdout actual_stdout
expect_file expected_stderr actual_stderr
if [ -d "$case_dir/expected_files" ]; then
  while IFS= read -r f; do
    if [ "${UPDATE:-}" = 1 ]; then cp "$f" "$case_dir/expected_files/$f"; continue; fi
    if [ ! -f "$f" ]; then echo "--- $f was not written"; status=1; continue; fi
    cmp -s "$case_dir/expected_files/$f" "$f" || { echo "--- $f differs:"; diff -u "$case_dir/expected_files/$f" "$f" | head -40; status=1; }
  done < <(cd "$case_dir/expected_files" && find . -type f | sed 's|^\./||' | sort)
fi
if [ "${UPDATE:-}" = 1 ]; then echo "$code" > "$case_dir/expected_exit"; exit 0; fi
want=$(cat "$case_dir/expected_exit")
if [ "$code" != "$want" ]; then echo "--- exit code: expected $want, got $code"; status=1; fi
if [ -f absent ]; then
  while read -r p; do
    [ -z "$p" ] && continue
    if compgen -G "$p*" > /dev/null; then echo "--- $p should not exist (partial output)"; status=1; fi
  done < absent
fi
exit $status
