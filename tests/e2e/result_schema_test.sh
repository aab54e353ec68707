#!/usr/bin/env bash
# Validates `tenken check --format json` for every bundled example (and the e2e fixtures) against
# docs/result.schema.json, so that the schema and the JSON renderer cannot drift apart.
# usage: result_schema_test.sh TENKEN REPO_ROOT
set -euo pipefail
tenken=$(realpath "$1"); root=$(realpath "$2")
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
validate() {  # validate JSON_FILE
  python3 - "$root/docs/result.schema.json" "$1" <<'PY'
import json, sys
import jsonschema
schema = json.load(open(sys.argv[1], encoding="utf-8"))
instance = json.load(open(sys.argv[2], encoding="utf-8"))
cls = jsonschema.validators.validator_for(schema)
cls.check_schema(schema)
errors = sorted(cls(schema).iter_errors(instance), key=lambda e: list(e.path))
for e in errors:
    print(f"{sys.argv[2]}: {'/'.join(map(str, e.path))}: {e.message}")
sys.exit(1 if errors else 0)
PY
}
n=0
cd "$root"
for answers in examples/*.yaml; do
  "$tenken" check "$answers" --format json -o "$work/out.json" --fail-on never
  validate "$work/out.json"; n=$((n + 1))
done
for answers in tests/e2e/fixtures/*.yaml; do
  "$tenken" check --no-builtin --rules tests/e2e/fixtures/lib "$answers" --format json -o "$work/out.json" --fail-on never
  validate "$work/out.json"; n=$((n + 1))
done
echo "$n results valid against docs/result.schema.json"
