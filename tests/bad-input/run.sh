#!/usr/bin/env bash
# The bad-input corpus: every kind of file tenken reads, broken in the ways careless users and
# attackers break them. Each input must make tenken exit 1 with the message recorded in its
# kind's expected.txt (compared whole), write no output file, and not crash or hang. The corpus
# runs twice: in English (expected.txt) and with --lang ja (expected.ja.txt), so that every
# message is tested whole in both languages.
#
#   answers/   answer files (YAML, JSON, CSV)   tenken check FILE
#   waivers/   waiver files (YAML, CSV)         tenken check ANSWERS --waivers FILE
#   library/   rule and checklist files         tenken check ANSWERS --rules DIR-HOLDING-FILE
#   results/   saved Results (JSON)             tenken report FILE
#
# Inputs too large to keep in git (a 200,000-character key, a 1 MB name, 20,000 errors on one
# line, a 9 MB file) and those that cannot be files in git (a FIFO, a folder, a device) are made
# here, in the test's own temporary folder, before the run.
#
# usage: run.sh TENKEN CORPUS_DIR FIXTURES_DIR      UPDATE=1 rewrites the expected files
set -u
tenken=$(realpath "$1"); corpus=$(realpath "$2"); fixtures=$(realpath "$3")
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
export NO_COLOR=1 LANG=C.UTF-8 LC_ALL=C.UTF-8
unset LC_MESSAGES
cp -r "$corpus"/answers "$corpus"/waivers "$corpus"/library "$corpus"/results "$work"/
ln -s "$fixtures" "$work/fixtures"
cd "$work"

# --- inputs made here -------------------------------------------------------------------------
head='organization: {name: 架空市民病院, sector: medical}
assessment: {date: 2026-04-01, assessor: 情報システム課, scope: 本院}'
python3 - "$head" <<'EOF'
import sys
head = sys.argv[1] + "\n"
open("answers/generated-key-200000-characters.yaml", "w").write(head + "answers:\n  " + "k" * 200000 + ": yes\n")
open("answers/generated-number-100000-digits.yaml", "w").write(head + "answers:\n  backup.taken: yes\n  backup.generations: " + "9" * 100000 + "\n")
open("answers/generated-name-1mb.yaml", "w").write("organization: {name: " + "名" * 350000 + ", sector: medical}\n" + head.split("\n")[1] + "\nanswers: {}\n")
row = ", ".join('"backup.taken%d": true' % i for i in range(20000))
open("answers/generated-20000-errors-on-one-line.json", "w").write('{"organization": {"name": "x", "sector": "medical"}, "assessment": {"date": "2026-04-01"}, "answers": {' + row + "}}\n")
open("answers/generated-9mb.yaml", "w").write("# " + "x" * (9 * 1024 * 1024) + "\n")
open("answers/generated-250000-values.json", "w").write('{"organization": {"name": "x"}, "assessment": {"date": "2026-04-01"}, "answers": {"backup.taken": [' + ",".join(["0"] * 250000) + "]}}\n")
EOF
mkfifo answers/generated-fifo.yaml
mkdir answers/generated-folder.yaml

# --- running ----------------------------------------------------------------------------------
lib=(--no-builtin --rules fixtures/lib)
lang=en
run() {  # run KIND FILE: tenken's stderr and exit code for one input, as expected.txt holds them
  local kind=$1 file=$2
  rm -f out.md
  case $kind in
    answers) timeout 60 "$tenken" check "${lib[@]}" "$file" --format md:out.md --lang $lang 2> err ;;
    waivers) timeout 60 "$tenken" check "${lib[@]}" fixtures/fail.yaml --waivers "$file" --format md:out.md \
               --lang $lang 2> err ;;
    library) rm -rf extra; mkdir extra; cp "$file" extra/
             timeout 60 "$tenken" check "${lib[@]}" --rules extra fixtures/fail.yaml --format md:out.md \
               --lang $lang 2> err ;;
    results) timeout 60 "$tenken" report "$file" --format md:out.md --lang $lang 2> err ;;
  esac
  local rc=$?
  echo "== $file: exit $rc"
  cat err
  if [ -e out.md ]; then echo "(an output file was written)"; fi
  if [ $rc != 1 ]; then echo "(expected exit 1)"; fi
}

failures=0
count=0
for lang in en ja; do
  suffix=$([ $lang = en ] && echo txt || echo ja.txt)
  for kind in answers waivers library results; do
    actual="$work/$kind.$suffix"
    : > "$actual"
    for file in $(ls "$kind" | LC_ALL=C sort); do
      case $file in expected*.txt) continue ;; esac
      run "$kind" "$kind/$file" >> "$actual"
      count=$((count + 1))
    done
    if [ "${UPDATE:-}" = 1 ]; then
      cp "$actual" "$corpus/$kind/expected.$suffix"
    elif ! diff -u "$corpus/$kind/expected.$suffix" "$actual"; then
      failures=$((failures + 1))
    fi
    if grep -q "^(expected exit 1)\|^(an output file was written)" "$actual"; then
      grep -B1 "^(expected exit 1)\|^(an output file was written)" "$actual"
      failures=$((failures + 1))
    fi
  done
done
lang=en
# A device, made here (mknod needs root, which CI has): refused, and left a device.
if mknod device.yaml c 1 3 2> /dev/null; then
  run answers device.yaml > device.actual
  expected="== device.yaml: exit 1
device.yaml: error: expected a regular file, found a character device; to read standard input, give '-'"
  [ "$(cat device.actual)" = "$expected" ] || { echo "device: got"; cat device.actual; failures=$((failures + 1)); }
  [ -c device.yaml ] || { echo "device.yaml is no longer a device"; failures=$((failures + 1)); }
  count=$((count + 1))
elif [ "$(id -u)" = 0 ]; then
  echo "mknod failed as root"; failures=$((failures + 1))
fi

# A value of 120,000 characters on the command line (Linux allows 128 KiB in one argument): refused
# with the value cut short, in both languages; CLI11's messages are taken apart without std::regex,
# whose matcher recursed once a character and overflowed the stack here.
long=$(head -c 120000 /dev/zero | tr '\0' x)
shown="'$(head -c 80 /dev/zero | tr '\0' x)"
for option in --lang --warn-expiring --fail-on; do
  for lang in en ja; do
    timeout 60 "$tenken" --lang $lang check fixtures/fail.yaml "$option" "$long" > /dev/null 2> err
    rc=$?
    cut=$([ $lang = en ] && echo "$shown... (120000 characters)'" || echo "$shown...（120000 文字）'")
    if [ $rc != 1 ] || ! grep -qF -- "$cut" err || [ "$(wc -c < err)" -gt 1000 ]; then
      echo "$option with 120,000 characters ($lang): exit $rc, said:"; head -c 400 err; echo
      failures=$((failures + 1))
    fi
    count=$((count + 1))
  done
done

[ $failures = 0 ] && echo "all $count bad inputs refused with the expected messages"
exit $((failures > 0))
