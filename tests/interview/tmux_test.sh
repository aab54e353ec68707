#!/usr/bin/env bash
# tenken interview in a real terminal: tmux (on a private socket) runs it, keys are sent as an
# operator types them and the screen is read back. Checks what is shown (progress, choices, a bad
# value refused with its reason, an approximate number typed with a Japanese wave dash, a section
# skipped after "no"), then kills the process with -9
# mid-way and checks that the file holds every answer given; resumes and checks it continues at
# the right question; stops it with Ctrl-C and checks the file again; resumes, finishes, and
# runs `tenken check` on the file.
# usage: tmux_test.sh TENKEN FIXTURES_DIR
set -u
tenken=$(realpath "$1"); fixtures=$(realpath "$2")
if ! command -v tmux > /dev/null; then
  echo "FAIL: tmux is not installed (scripts/setup --tests installs it)"
  exit 1
fi
work=$(mktemp -d)
sock="tenken-interview-test-$$"
trap 'tmux -L "$sock" kill-server 2> /dev/null; rm -rf "$work"' EXIT
cd "$work"
export LANG=C.UTF-8 LC_ALL=C.UTF-8
failures=0
fail() { printf 'FAIL: %b\n' "$*"; failures=$((failures + 1)); }
printf 'set -g remain-on-exit on\nset -g history-limit 5000\n' > tmux.conf
# bash runs tenken as its child and records how it ended: bash waits out a Ctrl-C that tenken
# handles (and exits 130 from) instead of dying of it.
printf '#!/bin/bash\n"$@"\necho $? > "$STATUS_FILE"\n' > run.sh
t() { tmux -L "$sock" -f "$work/tmux.conf" "$@"; }

# start WINDOW ARGS...: runs tenken interview in a new window of the test's session.
start() {
  local window=$1; shift
  local cmd
  cmd=$(printf '%q ' env -u NO_COLOR LANG=C.UTF-8 STATUS_FILE="status-$window" bash run.sh "$tenken" interview \
        --no-builtin --rules "$fixtures/lib" --lang en -o answers.yaml "$@")
  cmd="cd $(printf %q "$work") && exec $cmd"
  if [ "$window" = first ]; then t new-session -d -s iv -n first -x 120 -y 40 "$cmd"
  else t new-window -d -t iv -n "$window" "$cmd"; fi
  current=$window
}
screen() { t capture-pane -p -J -t "iv:$current" -S -; }
wait_for() {  # wait_for TEXT: until the window shows TEXT (a whole line)
  for _ in $(seq 100); do
    screen | grep -qxF -- "$1" && return 0
    sleep 0.1
  done
  fail "the window never showed the line '$1'; it shows:\n$(screen)"
  return 1
}
type_line() {  # type_line TEXT: typed, then Enter
  t send-keys -t "iv:$current" -l -- "$1"
  t send-keys -t "iv:$current" Enter
}
exit_status() {  # tenken's exit status in the current window, once it has ended
  for _ in $(seq 50); do
    [ -s "status-$current" ] && break
    sleep 0.1
  done
  cat "status-$current" 2> /dev/null
}
tenken_pid() {  # the tenken process in the current window: the child of its bash (from /proc)
  local parent stat line fields
  parent=$(t display -p -t "iv:$current" '#{pane_pid}')
  for stat in /proc/[0-9]*/stat; do
    line=$(cat "$stat" 2> /dev/null) || continue
    read -r -a fields <<< "${line##*) }"  # after the command name: state, parent pid, ...
    [ "${fields[1]}" = "$parent" ] && echo "${stat//[^0-9]/}" && return
  done
}
expect_file() {  # expect_file CONTENT: what answers.yaml holds
  [ "$(cat answers.yaml)" = "$1" ] || fail "answers.yaml: expected\n$1\nfound\n$(cat answers.yaml)"
}
header='# tenken answer file (docs/answers.md), written by tenken interview
organization: {name: Example Water Works, sector: water, size: 100_to_999}
assessment: {date: 2026-04-01}
answers:'

# The first session: the assessment, then the questions; killed with -9 at the fourth.
start first
wait_for "[About the assessment 1/6]  organization.name"
type_line "Example Water Works"
wait_for "  10. Water (water)"
wait_for "  16. Other (other)"
type_line 10
wait_for "[About the assessment 3/6]  organization.size"
wait_for "   4. 10,000 staff or more (10000_or_more)"
type_line "100〜999人"
wait_for "[About the assessment 4/6]  assessment.date"
type_line 2026-04-01
type_line s
type_line s
wait_for "[Profile 1/1 · overall 1/7]  profile.remote_access"
wait_for "Can anyone connect to your systems from outside?"
wait_for "? don't know · na not applicable · alt met another way · c comment · b back"
wait_for "s skip · q quit · h help"
type_line n
wait_for "[Backup 1/4 · overall 2/5]  backup.taken"  # the remote section is skipped: 5 questions, not 7
type_line y
wait_for "Answer: a number in generations, from 0 to 100. Known only roughly? 30-60, >=30 or <=60."
type_line 500
wait_for "not accepted: expected a number between 0 and 100 generations for 'backup.generations', found 500"
type_line "3〜5"
wait_for "[Backup 3/4 · overall 4/5]  backup.location"
wait_for "   1. On the same server (same_server)"
wait_for "   2. On another server (other_server)"
wait_for "   3. Offline media (offline)"
type_line 2
wait_for "[Backup 4/4 · overall 5/5]  backup.restore_tested_on"
kill -9 "$(tenken_pid)"
[ "$(exit_status)" = 137 ] || fail "the first session did not die of SIGKILL: $(exit_status)"
expect_file "$header
  profile.remote_access: no
  backup.taken: yes
  backup.generations: {at_least: 3, at_most: 5}
  backup.location: other_server"

# Resumed: at the question it was killed at; Ctrl-C stops it, the file intact.
start second --resume
wait_for "Resuming answers.yaml: 4 of the 5 questions asked have an answer. Continuing at backup.restore_tested_on."
wait_for "[Backup 4/4 · overall 5/5]  backup.restore_tested_on"
wait_for "Answer: a date YYYY-MM-DD, or YYYY-MM or YYYY if that is all you know; or never (Never tested)."
t send-keys -t iv:second C-c
wait_for "Stopped. The answers so far (4) are saved in answers.yaml."
[ "$(exit_status)" = 130 ] || fail "Ctrl-C: expected exit code 130, found $(exit_status)"
expect_file "$header
  profile.remote_access: no
  backup.taken: yes
  backup.generations: {at_least: 3, at_most: 5}
  backup.location: other_server"

# Resumed again: finished, with going back to the previous question once.
start third --resume
wait_for "[Backup 4/4 · overall 5/5]  backup.restore_tested_on"
type_line b
wait_for "Current answer: On another server (other_server) (Enter keeps it)"
type_line ""
type_line 2025-10
wait_for "Done: 5 of the 5 questions asked have an answer, 0 left unanswered. Saved in answers.yaml."
[ "$(exit_status)" = 0 ] || fail "the third session: expected exit code 0, found $(exit_status)"
expect_file "$header
  profile.remote_access: no
  backup.taken: yes
  backup.generations: {at_least: 3, at_most: 5}
  backup.location: other_server
  backup.restore_tested_on: 2025-10"
NO_COLOR=1 "$tenken" check --no-builtin --rules "$fixtures/lib" answers.yaml > report.txt 2> err
rc=$?
[ "$rc" = 0 ] || fail "check: exit code $rc: $(cat err)"
grep -qF "Passed (2): backup-offline, backup-restore-tested" report.txt || fail "check: report\n$(cat report.txt)"
grep -qF "Not applicable (1): remote-vpn-mfa" report.txt || fail "check: report\n$(cat report.txt)"

if [ "$failures" -gt 0 ]; then
  echo "$failures failure(s)"
  exit 1
fi
echo "interview tmux test passed"
