#!/usr/bin/env bash
# docs/coverage.md must be exactly what `tenken cases --coverage` prints for the built-in library,
# so the table case → lesson → rules cannot go stale. To refresh it after changing rules or cases:
#   build/tenken cases --coverage > docs/coverage.md
# usage: coverage_test.sh TENKEN REPO_ROOT
set -euo pipefail
tenken=$1; root=$2
if ! diff -u "$root/docs/coverage.md" <("$tenken" cases --coverage); then
  echo "docs/coverage.md is stale; regenerate it with: build/tenken cases --coverage > docs/coverage.md" >&2
  exit 1
fi
