#!/usr/bin/env bash
# Every case in the catalog has an example answer file (examples/<case-id>-*.yaml) and a rule test
# (tests/rules/<case-id>.yaml) that runs it; the examples of operators outside the cases' mould
# have tests of their own too.
# usage: examples_test.sh REPO_ROOT
set -euo pipefail
cd "$1"
missing=0
for case_file in rules/cases/*.yaml; do
  id=$(basename "$case_file" .yaml)
  examples=(examples/"$id"-*.yaml)
  if [[ ! -e ${examples[0]} ]]; then echo "no example for $id: expected examples/$id-<operator>.yaml"; missing=1; continue; fi
  for example in "${examples[@]}"; do
    if ! grep -q "file: ../../$example" "tests/rules/$id.yaml" 2>/dev/null; then
      echo "$example is not run by tests/rules/$id.yaml"; missing=1
    fi
  done
done
for name in well-run small-operator partial-knowledge municipal-water-authority group-with-subsidiaries \
            saas-platform-operator; do
  grep -q "file: ../../examples/$name.yaml" "tests/rules/$name.yaml" 2>/dev/null ||
    { echo "examples/$name.yaml is not run by tests/rules/$name.yaml"; missing=1; }
done
exit $missing
