#!/usr/bin/env bash
# Output paths that are not plain files: tenken must write through symbolic links, into devices
# and FIFOs, and never replace them; a failed write anywhere exits 1 with a message and leaves no
# file of a several-format run written; temporary files left by a killed run are cleaned up.
# usage: output_paths_test.sh TENKEN FIXTURES_DIR
set -u
tenken=$(realpath "$1"); fixtures=$(realpath "$2")
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
cd "$work"
export NO_COLOR=1 LANG=C.UTF-8 LC_ALL=C.UTF-8
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
check() {  # check ARGS... : tenken check on the failing fixture, exit code in $rc, stderr in err
  "$tenken" check --no-builtin --rules "$fixtures/lib" "$fixtures/fail.yaml" --fail-on never "$@" 2> err
  rc=$?
}
expect() {  # expect RC STDERR
  [ "$rc" = "$1" ] || fail "exit code: expected $1, got $rc ($(cat err))"
  [ "$(cat err)" = "$2" ] || fail "stderr: expected '$2', got '$(cat err)'"
}

check --format md:reference.md; expect 0 ""

# A symbolic link to an existing file: the file is replaced, the link stays.
echo old > real.md; ln -s real.md link.md
check --format md:link.md; expect 0 ""
[ -L link.md ] || fail "link.md is no longer a symbolic link"
cmp -s real.md reference.md || fail "real.md does not hold the report"

# A link to a file that does not exist yet, in another folder.
mkdir sub; ln -s sub/new.md dangling.md
check --format md:dangling.md; expect 0 ""
[ -L dangling.md ] && cmp -s sub/new.md reference.md || fail "the link's target was not written"

# A chain of links.
ln -s link.md chain.md; echo old > real.md
check --format md:chain.md; expect 0 ""
[ -L chain.md ] && [ -L link.md ] && cmp -s real.md reference.md || fail "a chain of links was broken"

# A link loop.
ln -s loop-a loop-b; ln -s loop-b loop-a
check --format md:loop-a; expect 1 "error: loop-a: cannot write: too many levels of symbolic links"

# A FIFO is written into, not replaced.
mkfifo pipe
timeout 20 cat pipe > from-pipe & reader=$!
check --format md:pipe; expect 0 ""
wait $reader
[ -p pipe ] || fail "the FIFO was replaced"
cmp -s from-pipe reference.md || fail "the report did not come through the FIFO"

# Devices, made here rather than the system's own: a null device stays a device; a full one says
# why it cannot be written. mknod needs root (CI runs as root).
devices=0
if mknod null c 1 3 2> /dev/null && mknod full c 1 7; then
  devices=1
  check -o null --format md; expect 0 ""
  [ -c null ] || fail "the null device is no longer a character device"
  check -o full --format md; expect 1 "error: full: cannot write: No space left on device"
  check --format md > full; expect 1 "error: standard output: cannot write: No space left on device"
  [ -c full ] || fail "the full device is no longer a character device"
  ln -s null link-to-null
  check -o link-to-null --format md; expect 0 ""
  [ -L link-to-null ] && [ -c null ] || fail "the link to a device or the device was replaced"
  # Help, the version and every other subcommand check standard output too.
  for args in "--version" "--help" "version" "cases" "explain backup-exists" "template"; do
    "$tenken" $args > full 2> err; rc=$?
    expect 1 "error: standard output: cannot write: No space left on device"
  done
else
  [ "$(id -u)" = 0 ] && fail "mknod failed as root"
  echo "note: not root, so the device checks are skipped"
fi

# A folder is refused.
mkdir folder
check --format md:folder; expect 1 "error: folder: cannot write: it is a directory"

# Several outputs: one that cannot be written means none is written.
check --format md:first.md --format html:missing/x.html
expect 1 "error: missing/x.html: cannot write: its folder does not exist"
[ -e first.md ] && fail "first.md was written although another output failed"
ls | grep -q tenken-tmp && fail "a temporary file was left behind: $(ls | grep tenken-tmp)"
if [ $devices = 1 ]; then
  echo old > kept.md
  check --format md:kept.md --format html:full
  expect 1 "error: full: cannot write: No space left on device"
  [ "$(cat kept.md)" = old ] || fail "kept.md was replaced although another output failed"
fi

# A replaced file keeps its permissions.
echo old > private.md; chmod 600 private.md
check --format md:private.md; expect 0 ""
[ "$(stat -c %a private.md)" = 600 ] || fail "private.md lost its mode: $(stat -c %a private.md)"

# Temporaries of a run that was killed are removed by the next run to the same path; those of a
# live process are not.
sleep 0.1 & dead=$!; wait $dead
echo stale > "report.md.tenken-tmp-$dead-0"
echo live > "report.md.tenken-tmp-$$-0"
check --format md:report.md; expect 0 ""
[ -e "report.md.tenken-tmp-$dead-0" ] && fail "a stale temporary file was not removed"
[ -e "report.md.tenken-tmp-$$-0" ] || fail "a live process's temporary file was removed"

# diff writes to standard output with the same checks. It is given the library a.json was
# evaluated with, so that it does not warn of another one.
check --format json:a.json; expect 0 ""
if [ $devices = 1 ]; then
  "$tenken" diff --no-builtin --rules "$fixtures/lib" a.json a.json > full 2> err; rc=$?
  expect 1 "error: standard output: cannot write: No space left on device"
fi

[ $failures = 0 ] && echo "all output path checks passed"
exit $((failures > 0))
