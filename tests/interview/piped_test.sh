#!/usr/bin/env bash
# tenken interview driven by piped standard input over tests/interview/fixtures/lib: a whole
# interview whose "no" skips a section, with refusals (a size given as a head count, then by its
# name); the file it writes, byte for byte, and
# `tenken check` on it; an existing file refused without --resume; --resume of a hand-broken
# file reported exactly as `check` reports it and left untouched; --from; --quick; approximate
# numbers typed, refused, shown and kept (from YAML and CSV); the end of input and an interrupt,
# each leaving every answer given so far saved.
# usage: piped_test.sh TENKEN FIXTURES_DIR
set -u
tenken=$(realpath "$1"); fixtures=$(realpath "$2")
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
cd "$work"
export NO_COLOR=1 LANG=C.UTF-8 LC_ALL=C.UTF-8
lib=(--no-builtin --rules "$fixtures/lib")
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
interview() {  # interview INPUT ARGS...: output in out, stderr in err, exit code in rc
  local input=$1; shift
  printf '%b' "$input" | "$tenken" interview "${lib[@]}" --lang en "$@" > out 2> err
  rc=$?
}
expect_file() {  # expect_file PATH CONTENT
  [ "$(cat "$1")" = "$2" ] || fail "$1: expected
$2
found
$(cat "$1")"
}
expect_line() {  # expect_line LINE: a whole line of out
  grep -qxF -- "$1" out || fail "no line '$1' in the output:
$(cat out)"
}

# A whole interview. profile.remote_access: no skips the remote section; bad values are refused.
interview 'Example Water Works\nwater\n500\nFewer than 100 staff\n2026-04-01\nA. Auditor\n  Head office: "east" # 1\nn\nyes\n500\n5\nofflin\n3\n2026-13-01\nnever\n' \
  -o answers.yaml
[ "$rc" = 0 ] || fail "whole interview: exit code $rc ($(cat err))"
expect_line "not accepted: expected a choice number from 1 to 4 or a choice id, found '500'"
expect_line "not accepted: expected a number between 0 and 100 generations for 'backup.generations', found 500"
expect_line "not accepted: expected one of same_server, other_server, offline for 'backup.location', found 'offlin'; did you mean 'offline'?"
expect_line "not accepted: expected a date (YYYY-MM-DD, YYYY-MM or YYYY, or never) for 'backup.restore_tested_on', found '2026-13-01': there is no month 13"
expect_line "[Profile 1/1 · overall 1/7]  profile.remote_access"
expect_line "[Backup 1/4 · overall 2/5]  backup.taken"
expect_line "[Backup 4/4 · overall 5/5]  backup.restore_tested_on"
grep -q "remote.vpn_features" out && fail "the remote section was asked after 'no'"
expect_line "Done: 5 of the 5 questions asked have an answer, 0 left unanswered. Saved in answers.yaml."
expect_line "Next: tenken check answers.yaml --rules $fixtures/lib --no-builtin"
expect_file answers.yaml '# tenken answer file (docs/answers.md), written by tenken interview
organization: {name: Example Water Works, sector: water, size: under_100}
assessment: {date: 2026-04-01, assessor: A. Auditor, scope: "Head office: \"east\" # 1"}
answers:
  profile.remote_access: no
  backup.taken: yes
  backup.generations: 5
  backup.location: offline
  backup.restore_tested_on: never'
"$tenken" check "${lib[@]}" answers.yaml --format md -o report.md 2> err; rc=$?
[ "$rc" = 2 ] || fail "check: expected exit code 2 (restore never tested), got $rc ($(cat err))"
grep -q "backup-restore-tested" report.md || fail "check: the report does not name backup-restore-tested"
[ -s err ] && fail "check printed: $(cat err)"

# An existing file is never overwritten without --resume.
cp answers.yaml before.yaml
interview 'Other\n' -o answers.yaml
[ "$rc" = 1 ] || fail "existing file: exit code $rc"
[ "$(cat err)" = "error: answers.yaml already exists, and the interview does not overwrite answers; to continue it: tenken interview -o answers.yaml --resume" ] ||
  fail "existing file: stderr $(cat err)"
cmp -s answers.yaml before.yaml || fail "existing file: the file was changed"

# --resume of a file with nothing left to ask.
interview '' -o answers.yaml --resume
[ "$rc" = 0 ] || fail "resume complete: exit code $rc"
expect_line "All 5 questions asked have an answer already."

# --resume of a file broken by hand: the diagnostics of check, exit 1, the file untouched.
sed 's/generations: 5/generations: five/; s/location: offline/location: ofline/' answers.yaml > broken.yaml
cp broken.yaml broken-before.yaml
"$tenken" check "${lib[@]}" broken.yaml > check-out 2> check-err
interview 'y\n' -o broken.yaml --resume
[ "$rc" = 1 ] || fail "broken resume: exit code $rc"
[ -s err ] && cmp -s err check-err || fail "broken resume: stderr differs from check's:
$(cat err)
---
$(cat check-err)"
grep -q "^broken.yaml:7:23: error: expected a number (generations) for 'backup.generations', found 'five'$" err ||
  fail "broken resume: no file:line:col diagnostic in $(cat err)"
cmp -s broken.yaml broken-before.yaml || fail "broken resume: the file was changed"

# The end of input mid-way: every answer so far saved; --resume continues at the first unanswered.
interview 'Example Water Works\n\n\n2026-04-01\ns\ns\ny\ny\n' -o partial.yaml
[ "$rc" = 0 ] || fail "end of input: exit code $rc"
expect_line "To continue: tenken interview -o partial.yaml --resume --rules $fixtures/lib --no-builtin"
expect_file partial.yaml '# tenken answer file (docs/answers.md), written by tenken interview
organization: {name: Example Water Works}
assessment: {date: 2026-04-01}
answers:
  profile.remote_access: yes
  backup.taken: yes'
interview 'b\n\n3\n' -o partial.yaml --resume
expect_line "Resuming partial.yaml: 2 of the 7 questions asked have an answer. Continuing at backup.generations."
expect_line "[Backup 1/4 · overall 2/7]  backup.taken"
expect_line "Current answer: yes (Enter keeps it)"
grep -qF "  backup.generations: 3" partial.yaml || fail "resume: backup.generations not saved: $(cat partial.yaml)"

# --from: last year's answers are the defaults; Enter keeps them with their comments.
cat > last-year.yaml <<'EOF'
organization: {name: 水道局, sector: water, size: 100〜999人}
assessment: {date: 2025-04-01, assessor: 佐藤, scope: 本院}
answers:
  profile.remote_access: yes
  backup.taken: {value: yes, comment: 毎晩, evidence: [設定画面.png]}
  remote.vpn_features: {has: [mfa], lacks: [logging]}
EOF
interview '\n\n\n2026-04-01\n\n\n\n\n\nq\n' -o from.yaml --from last-year.yaml --quick
[ "$rc" = 0 ] || fail "from: exit code $rc ($(cat err))"
expect_line "This is the quick first pass: only the 4 questions (of 7) that decide the critical and high rules. Answer the rest later with --resume and without --quick."
expect_line "Last year: Water (water) (Enter keeps it)"
expect_line "Last year: 100 to 999 staff (100_to_999) (Enter keeps it)"
expect_line "Last year: yes (Enter keeps it)"
expect_line "To continue: tenken interview -o from.yaml --resume --from last-year.yaml --rules $fixtures/lib --no-builtin --quick"
expect_file from.yaml '# tenken answer file (docs/answers.md), written by tenken interview
organization: {name: 水道局, sector: water, size: 100_to_999}
assessment: {date: 2026-04-01, assessor: 佐藤, scope: 本院}
answers:
  profile.remote_access: yes
  backup.taken: {value: yes, comment: 毎晩, evidence: [設定画面.png]}'

# An approximate number: shown when going back to it, written back as it was by every later save;
# typed as a range, refused when its bounds cross; last year's (from CSV) kept by Enter.
printf 'organization: {name: Example Water Works}\nassessment: {date: 2026-04-01}\nanswers:\n  profile.remote_access: no\n  backup.taken: yes\n  backup.generations: {at_most: 8, comment: "台帳では 5 前後"}\n' > approx.yaml
interview 'b\n\n3\n' -o approx.yaml --resume
[ "$rc" = 0 ] || fail "approximate: exit code $rc ($(cat err))"
expect_line "Current answer: at most 8 generations (Enter keeps it)"
expect_line "  comment: 台帳では 5 前後"
expect_file approx.yaml '# tenken answer file (docs/answers.md), written by tenken interview
organization: {name: Example Water Works}
assessment: {date: 2026-04-01}
answers:
  profile.remote_access: no
  backup.taken: yes
  backup.generations: {at_most: 8, comment: 台帳では 5 前後}
  backup.location: offline'
interview 'b\nb\n9-3\n>=3\n' -o approx.yaml --resume
expect_line "not accepted: expected at_most to be no less than at_least (9) for 'backup.generations', found 3"
grep -qxF "  backup.generations: {at_least: 3, comment: 台帳では 5 前後}" approx.yaml ||
  fail "approximate: >=3 not saved with its comment: $(cat approx.yaml)"
"$tenken" check "${lib[@]}" approx.yaml --format json:approx.json --fail-on never 2> err
grep -qF '"value": "{at_least: 3}"' approx.json || fail "approximate: check does not show {at_least: 3}: $(cat err)"
printf 'id,answer\norganization.name,Example Water Works\nassessment.date,2025-04-01\nprofile.remote_access,no\nbackup.taken,yes\nbackup.generations,at_least: 3; at_most: 7\n' > last-year.csv
interview '\n\n\n2026-04-01\n\n\n\n\n\nq\n' -o from-csv.yaml --from last-year.csv
[ "$rc" = 0 ] || fail "approximate from CSV: exit code $rc ($(cat err))"
expect_line "Last year: between 3 and 7 generations (Enter keeps it)"
expect_file from-csv.yaml '# tenken answer file (docs/answers.md), written by tenken interview
organization: {name: Example Water Works}
assessment: {date: 2026-04-01}
answers:
  profile.remote_access: no
  backup.taken: yes
  backup.generations: {at_least: 3, at_most: 7}'

# A --from file in error: reported as check reports it.
printf 'organization: {name: x}\nassessment: {date: 2025-04-01}\nanswers:\n  backup.takn: yes\n' > bad-last.yaml
interview '' -o new.yaml --from bad-last.yaml
[ "$rc" = 1 ] || fail "bad --from: exit code $rc"
[ "$(head -1 err)" = "bad-last.yaml:4:3: error: no question 'backup.takn' in the checklist; did you mean 'backup.taken'?" ] ||
  fail "bad --from: stderr $(cat err)"
[ -e new.yaml ] && fail "bad --from: new.yaml was written"

# Outputs the interview cannot keep answers in.
interview '' -o -
[ "$rc" = 1 ] && [ "$(cat err)" = "error: expected -o to name the answer file, found standard output; the interview saves the file after every answer" ] ||
  fail "-o -: $rc $(cat err)"
interview '' -o answers.json
[ "$rc" = 1 ] && [ "$(cat err)" = "error: expected -o to name a YAML file (.yaml), found 'answers.json'; the interview writes YAML" ] ||
  fail "-o answers.json: $rc $(cat err)"
interview '' -o missing.yaml --resume
[ "$rc" = 1 ] && [ "$(cat err)" = "error: expected an answer file to resume at missing.yaml, found none; leave out --resume to start a new one" ] ||
  fail "--resume without a file: $rc $(cat err)"

# An interrupt while waiting for input: exit 130, the answers saved, no temporary file left.
mkfifo input
"$tenken" interview "${lib[@]}" --lang en -o interrupted.yaml < input > out 2> err & pid=$!
exec 3> input
printf 'Example Water Works\nwater\n\n2026-04-01\ns\ns\nn\n' >&3
for _ in $(seq 50); do grep -q "backup.taken" out && break; sleep 0.1; done
kill -INT "$pid"; wait "$pid"; rc=$?
exec 3>&-
[ "$rc" = 130 ] || fail "interrupt: exit code $rc ($(cat err))"
expect_line "To continue: tenken interview -o interrupted.yaml --resume --rules $fixtures/lib --no-builtin"
expect_file interrupted.yaml '# tenken answer file (docs/answers.md), written by tenken interview
organization: {name: Example Water Works, sector: water}
assessment: {date: 2026-04-01}
answers:
  profile.remote_access: no'
ls -a | grep -q "tenken-tmp" && fail "a temporary file was left: $(ls -a)"

if [ "$failures" -gt 0 ]; then
  echo "$failures failure(s)"
  exit 1
fi
echo "interview piped tests passed"
