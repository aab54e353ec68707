#!/usr/bin/env python3
"""docs/answers.schema.json describes the answer file of docs/answers.md: every answer file in
examples/ (examples/waivers/ holds waivers, not answers) and tests/e2e/fixtures/, and the example in
docs/answers.md, must be valid against it; a set of deliberately wrong documents must be rejected,
each at the place where it is wrong. The example in docs/answers.md must also be accepted by
`tenken check` without errors or warnings, so that every question id in it exists and every value
fits its question. The sectors and sizes the schema and docs/answers.md list must be those
`tenken template` offers (tenken/organization_profile.h), in the same order.

The YAML file is the source of truth; the schema describes its JSON form. PyYAML would turn an
unquoted 2024-10-01 into a date, which the answer file means as the string "2024-10-01", so the
files are read without YAML's timestamps (yes/no still become true/false, as in JSON).

usage: answers_schema_test.py TENKEN REPO_ROOT
"""
import csv
import glob
import io
import json
import os
import re
import subprocess
import sys
import tempfile

import jsonschema
import yaml


class Loader(yaml.SafeLoader):
    """PyYAML without timestamps: dates stay strings."""


Loader.yaml_implicit_resolvers = {
    ch: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for ch, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()}


def as_json(yaml_text):
    """The JSON form of a YAML answer file (through json, so only JSON types remain)."""
    return json.loads(json.dumps(yaml.load(yaml_text, Loader=Loader), ensure_ascii=False))


def doc_example(root):
    """The YAML block of docs/answers.md."""
    with open(os.path.join(root, "docs", "answers.md"), encoding="utf-8") as f:
        match = re.search(r"```yaml\n(.*?)```", f.read(), re.S)
    if not match:
        raise RuntimeError("docs/answers.md: expected a ```yaml block with the example answer file, found none")
    return match.group(1)


# Deliberately wrong documents: (what is wrong, the document, the path of the error).
BASE = {"organization": {"name": "架空市民病院"}, "assessment": {"date": "2026-04-01"}}


def wrong(what, path, **changes):
    doc = json.loads(json.dumps(BASE))
    for key, value in changes.items():
        if value is None:
            del doc[key]
        else:
            doc[key] = value
    return what, doc, path


WRONG = [
    wrong("no organization", "", organization=None),
    wrong("no assessment", "", assessment=None),
    wrong("an unknown top-level key", "", answer={"backup.taken": True}),
    wrong("an organization without a name", "organization", organization={"sector": "medical"}),
    wrong("an unknown key in organization", "organization", organization={"name": "X", "country": "JP"}),
    wrong("a sector not in the list", "organization/sector", organization={"name": "X", "sector": "local_government"}),
    wrong("a sector by its name, not its id", "organization/sector", organization={"name": "X", "sector": "医療"}),
    wrong("a size as a head count", "organization/size", organization={"name": "X", "size": 500}),
    wrong("a size not in the list", "organization/size", organization={"name": "X", "size": "100_to_9999"}),
    wrong("an unknown key in assessment", "assessment", assessment={"date": "2026-04-01", "auditor": "A"}),
    wrong("an assessment date without leading zeros", "assessment/date", assessment={"date": "2026-4-1"}),
    wrong("an assessment date of a month only", "assessment/date", assessment={"date": "2026-04"}),
    wrong("an assessment date with month 13", "assessment/date", assessment={"date": "2026-13-01"}),
    wrong("answers as a list", "answers", answers=[{"backup.taken": True}]),
    wrong("a detailed answer with an unknown key", "answers/backup.taken",
          answers={"backup.taken": {"value": True, "note": "typo for comment"}}),
    wrong("a detailed answer with both value and na", "answers/backup.taken",
          answers={"backup.taken": {"value": True, "na": "no backups here"}}),
    wrong("a detailed answer with neither value, na, alternative nor has/lacks", "answers/backup.taken",
          answers={"backup.taken": {"comment": "to be checked"}}),
    wrong("a detailed answer whose value is null", "answers/backup.taken",
          answers={"backup.taken": {"value": None, "comment": "to be checked"}}),
    wrong("na without a reason", "answers/web.form_count", answers={"web.form_count": {"na": ""}}),
    wrong("an alternative without a justification", "answers/accounts.mfa_in_place",
          answers={"accounts.mfa_in_place": {"alternative": None}}),
    wrong("has given as a string, not a list", "answers/accounts.mfa_in_place",
          answers={"accounts.mfa_in_place": {"has": "remote_access"}}),
    wrong("has/lacks beside a value", "answers/accounts.mfa_in_place",
          answers={"accounts.mfa_in_place": {"value": ["admin_logins"], "lacks": ["remote_access"]}}),
    wrong("at_least given as a string, not a number", "answers/backup.history_days",
          answers={"backup.history_days": {"at_least": "30"}}),
    wrong("at_least beside a value", "answers/backup.history_days",
          answers={"backup.history_days": {"value": 30, "at_least": 20}}),
    wrong("an approximate value with an unknown bound", "answers/backup.history_days",
          answers={"backup.history_days": {"value": {"about": 30}}}),
    wrong("evidence given as a string, not a list", "answers/backup.generations",
          answers={"backup.generations": {"value": 3, "evidence": "nas-settings.png"}}),
    wrong("a list of lists", "answers/accounts.mfa_in_place", answers={"accounts.mfa_in_place": [["admin_logins"]]}),
    wrong("an empty question id", "answers", answers={"": True}),
]


def errors(validator, doc):
    return sorted(validator.iter_errors(doc), key=lambda e: list(e.absolute_path))


def check_valid(validator, name, doc, problems):
    for e in errors(validator, doc):
        problems.append(f"{name}: {'/'.join(map(str, e.absolute_path)) or '(top)'}: {e.message}")


def check_wrong(validator, problems):
    for what, doc, path in WRONG:
        found = errors(validator, doc)
        paths = ["/".join(map(str, e.absolute_path)) for e in found]
        if not found:
            problems.append(f"{what}: expected the schema to reject it at '{path}', found it valid")
        elif path not in paths:
            problems.append(f"{what}: expected an error at '{path}', found errors at {paths}")


def check_doc_example_with_tenken(tenken, text, problems):
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "answers.yaml")
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        run = subprocess.run([tenken, "check", path, "--fail-on", "never"], capture_output=True, text=True)
    if run.returncode != 0 or run.stderr:
        problems.append(f"docs/answers.md example: expected `tenken check` to accept it without errors or "
                        f"warnings, found exit {run.returncode} and:\n{run.stderr}")


def template_ids(tenken):
    """The ids of organization.sector and organization.size in the choices of the CSV template."""
    run = subprocess.run([tenken, "template", "--format", "csv", "--lang", "en"], capture_output=True, text=True)
    rows = {row[0]: row for row in csv.reader(io.StringIO(run.stdout.lstrip("\ufeff"))) if row}
    column = rows["id"].index("choices")
    return {key: [line.split(":")[0] for line in rows["organization." + key][column].split("\n")]
            for key in ("sector", "size")}


def check_lists(tenken, schema, root, problems):
    with open(os.path.join(root, "docs", "answers.md"), encoding="utf-8") as f:
        doc = f.read()
    for key, ids in template_ids(tenken).items():
        in_schema = schema["properties"]["organization"]["properties"][key]["enum"]
        if in_schema != ids:
            problems.append(f"organization.{key}: expected the schema's enum to be {ids}, found {in_schema}")
        in_doc = re.findall(r"^\| `([a-z0-9_]+)` \|", doc.split("| `" + key + "` |", 1)[-1].split("\n\n", 1)[0], re.M)
        if in_doc != ids:
            problems.append(f"organization.{key}: expected the table in docs/answers.md to list {ids}, found {in_doc}")


def main(tenken, root):
    with open(os.path.join(root, "docs", "answers.schema.json"), encoding="utf-8") as f:
        schema = json.load(f)
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    validator = cls(schema)
    problems = []
    files = sorted(p for p in glob.glob(os.path.join(root, "examples", "**", "*.yaml"), recursive=True)
                   if os.sep + "waivers" + os.sep not in p)
    files += sorted(glob.glob(os.path.join(root, "tests", "e2e", "fixtures", "*.yaml")))
    for path in files:
        with open(path, encoding="utf-8") as f:
            check_valid(validator, os.path.relpath(path, root), as_json(f.read()), problems)
    example = doc_example(root)
    check_valid(validator, "docs/answers.md example", as_json(example), problems)
    check_doc_example_with_tenken(tenken, example, problems)
    check_wrong(validator, problems)
    check_lists(tenken, schema, root, problems)
    for p in problems:
        print("FAIL: " + p)
    print(f"{len(files) + 1} answer files valid, {len(WRONG)} wrong documents rejected"
          if not problems else f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    sys.exit(main(os.path.realpath(sys.argv[1]), os.path.realpath(sys.argv[2])))
