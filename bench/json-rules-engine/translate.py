#!/usr/bin/env python3
"""Translate 20 of tenken's rules into json-rules-engine rules (rules.json beside this script).

    python3 bench/json-rules-engine/translate.py [-o rules.json] [--check] [--library-dir DIR]

Reads rules/*.yaml and checklists/*.yaml, parses each chosen rule's `applies_if` and `expect`
in tenken's condition language, type-checks the question ids against the questionnaire, and
writes two json-rules-engine rules per tenken rule (README.md here says why):

  RULE:pass   fires when tenken's three-valued logic makes the rule definitely pass
  RULE:fail   fires when it makes the rule definitely fail
  neither     the rule is not decided (tenken: unknown, notapplicable or notchecked)

Kleene logic is carried by pushing negation down to the leaves (De Morgan) and giving every leaf
two two-valued conditions, "definitely true" and "definitely false", over facts that bench.js
prepares from an answer file: an answer that decides nothing (unanswered, unknown, {na}, an
alternative) has no facts, so both of its leaves are false. With --library-dir DIR it also
writes DIR/rules.yaml, the same 20 rules in tenken's own YAML, for `tenken --no-builtin --rules`.
--check exits 1 when the committed rules.json differs from what the rules now translate to.
"""
import argparse
import json
import pathlib
import re
import sys

import yaml

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent

# The 20 rules: every question type and answer form the condition language reads (bool, choice
# ==/!=/in, multiple choice `contains` and count(), number thresholds, dates through
# days_since() with `never` and months/years, `not`, and/or mixes) and applies_if gates that
# follow the questionnaire's skip logic (profile questions that gate whole sections).
RULES = [
    "backup-exists",                    # bool and contains
    "backup-isolated-copy",             # applies_if bool; (bool or choice ==) and choice != and number >=
    "backup-offline-copy-fresh",        # applies_if bool and (bool or choice ==); number <=
    "backup-history-depth",             # number >= (ranges {at_least, at_most} decide or not)
    "backup-admin-separated",           # plain bool
    "backup-restore-tested",            # bool, days_since <=, contains, choice ==
    "accounts-privileged-register",     # choice == and days_since (never) <= 90
    "accounts-mfa-remote-access",       # applies_if profile.remote_access; contains
    "accounts-mfa-admin",               # contains and (not bool or contains)
    "governance-security-committee",    # choice == and number >=
    "governance-outside-expertise",     # count() >= 1 and days_since (never)
    "monitoring-logs-reviewed",         # (contains or contains or contains) and choice in [...]
    "monitoring-lateral-movement",      # count() >= 1
    "unsupported-assets-handled",       # number == 0 or bool
    "supplier-link-minimum-traffic",    # applies_if choice !=; choice ==
    "remote-device-firmware-current",   # section gated by profile.remote_access; days_since <= 14
    "vendor-remote-sessions-recorded",  # applies_if bool and choice !=; three contains
    "incident-cyber-plan-exercised",    # applies_if count() > 0; bool and days_since
    "web-form-mail-contained",          # applies_if bool and number > 0; choice == or (choice in and bool)
    "suppliers-incident-notice",        # gated by profile.outsourcing; contains and number <= 24
]

TOKEN = re.compile(r'\s*(?:(\d+(?:\.\d+)?)|("[^"]*")|([A-Za-z_][\w.]*)|([=!<>]=|[<>()\[\],]))')


def load_questions():
    questions = {}
    for path in sorted((ROOT / "checklists").glob("*.yaml")):
        for section in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("sections", []):
            for q in section.get("questions", []):
                questions[q["id"]] = q
    return questions


def load_rules():
    rules = {}
    for path in sorted((ROOT / "rules").glob("*.yaml")):
        for r in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("rules", []) or []:
            rules[r["id"]] = r
    return rules


class Parser:
    """tenken's condition language, into a typed tree:
    ("and"|"or", [nodes]) ("not", node) ("bool", q) ("answered", q) ("contains", q, option)
    ("cmp", kind, q, op, literal) with kind choice|number|days|count; ("in", q, [choices])."""

    def __init__(self, text, questions, where):
        self.text, self.questions, self.where = text, questions, where
        self.toks, pos = [], 0
        while pos < len(text.rstrip()):
            m = TOKEN.match(text, pos)
            if not m:
                self.fail(f"cannot read {text[pos:]!r}")
            self.toks.append(next(g for g in m.groups() if g is not None))
            pos = m.end()
        self.at = 0

    def fail(self, why):
        sys.exit(f"translate: {self.where}: {why} in {self.text!r}")

    def peek(self, *words):
        return self.at < len(self.toks) and self.toks[self.at] in words

    def take(self, expected=None):
        if self.at >= len(self.toks) or expected and self.toks[self.at] != expected:
            self.fail(f"expected {expected or 'more'}")
        self.at += 1
        return self.toks[self.at - 1]

    def parse(self):
        node = self.disjunction()
        if self.at != len(self.toks):
            self.fail(f"unexpected {self.toks[self.at]!r}")
        return node

    def chain(self, word, operand):
        nodes = [operand()]
        while self.peek(word):
            self.take()
            nodes.append(operand())
        return nodes[0] if len(nodes) == 1 else (word, nodes)

    def disjunction(self):
        return self.chain("or", lambda: self.chain("and", self.negation))

    def negation(self):
        if self.peek("not"):
            self.take()
            return ("not", self.negation())
        return self.comparison()

    def question(self, qid, *types):
        q = self.questions.get(qid)
        if not q:
            self.fail(f"unknown question {qid!r}")
        if types and q["type"] not in types:
            self.fail(f"{qid!r} is {q['type']}, expected {' or '.join(types)}")
        return q

    def choice(self, q, literal):
        if not (isinstance(literal, str) and literal.startswith('"')):
            self.fail(f"expected a choice of {q['id']!r}, found {literal!r}")
        option = literal[1:-1]
        if option not in [c["id"] for c in q["choices"]]:
            self.fail(f"{option!r} is not a choice of {q['id']!r}")
        return option

    def number(self, literal):
        try:
            return float(literal) if "." in literal else int(literal)
        except ValueError:
            self.fail(f"expected a number, found {literal!r}")

    def comparison(self):
        if self.peek("("):
            self.take()
            node = self.disjunction()
            self.take(")")
            return node
        name = self.take()
        if self.peek("("):  # days_since(q), count(q), answered(q)
            self.take()
            qid = self.take()
            self.take(")")
            kind = {"days_since": ("days", "date"), "count": ("count", "multi_choice"), "answered": ("answered", None)}
            if name not in kind:
                self.fail(f"unknown function {name!r}")
            k, qtype = kind[name]
            self.question(qid, *([qtype] if qtype else []))
            if k == "answered":
                return ("answered", qid)
            op = self.take()
            if op not in ("==", "!=", "<", "<=", ">", ">="):
                self.fail(f"expected a comparison after {name}()")
            return ("cmp", k, qid, op, self.number(self.take()))
        q = self.question(name)
        t = q["type"]
        if not self.peek("==", "!=", "<", "<=", ">", ">=", "in", "contains"):
            if t != "bool":
                self.fail(f"{name!r} is {t}, not a condition")
            return ("bool", name)
        op = self.take()
        if op == "contains":
            self.question(name, "multi_choice")
            return ("contains", name, self.choice(q, self.take()))
        if op == "in":
            self.question(name, "choice")
            self.take("[")
            options = [self.choice(q, self.take())]
            while self.peek(","):
                self.take()
                options.append(self.choice(q, self.take()))
            self.take("]")
            return ("in", name, options)
        literal = self.take()
        if t == "bool" and op in ("==", "!=") and literal in ("true", "yes", "false", "no"):
            node = ("bool", name)
            return node if (literal in ("true", "yes")) == (op == "==") else ("not", node)
        if t == "choice" and op in ("==", "!="):
            return ("cmp", "choice", name, op, self.choice(q, literal))
        if t == "number":
            return ("cmp", "number", name, op, self.number(literal))
        self.fail(f"cannot compare {t} {name!r} with {op}")


# --- the translation ----------------------------------------------------------------------------

def fact(q, part=None):
    """The fact names bench.js prepares (see prepare_facts there)."""
    return q if part is None else f"{q}:{part}"


def cond(f, operator, value):
    return {"fact": f, "operator": operator, "value": value}


def group(kind, items):
    flat = []
    for item in items:
        flat += item[kind] if kind in item else [item]
    return flat[0] if len(flat) == 1 else {kind: flat}


NUMERIC_PARTS = {"number": ("lo", "hi"), "days": ("days_lo", "days_hi"), "count": ("count_lo", "count_hi")}


def leaf(node, want, questions):
    """A condition that is true exactly when `node` is definitely `want` (True or False)."""
    tag = node[0]
    if tag == "bool":
        return cond(fact(node[1]), "equal", want)
    if tag == "answered":  # always known: a value given, or not
        return cond(fact(node[1], "answered"), "equal" if want else "notEqual", True)
    if tag == "contains":
        return cond(fact(node[1], "has" if want else "lacks"), "contains", node[2])
    every = lambda q: [c["id"] for c in questions[q]["choices"]]
    if tag == "in":
        q, options = node[1], node[2]
        return cond(fact(q), "in", options if want else [c for c in every(q) if c not in options])
    _, kind, q, op, value = node
    if kind == "choice":
        same = (op == "==") == want
        return cond(fact(q), "equal", value) if same else cond(fact(q), "in", [c for c in every(q) if c != value])
    # A number, days since a date, or a count is known as a range [lo, hi]: a comparison is
    # decided only where every value in the range agrees (engine/evaluate/evaluator.cc).
    lo, hi = (fact(q, p) for p in NUMERIC_PARTS[kind])
    if op in ("==", "!="):
        equal = op == "=="
        if want == equal:
            return {"all": [cond(lo, "equal", value), cond(hi, "equal", value)]}
        return {"any": [cond(hi, "lessThan", value), cond(lo, "greaterThan", value)]}
    if not want:  # definitely false: definitely the opposite comparison
        op = {"<": ">=", "<=": ">", ">": "<=", ">=": "<"}[op]
    return {"<": cond(hi, "lessThan", value), "<=": cond(hi, "lessThanInclusive", value),
            ">": cond(lo, "greaterThan", value), ">=": cond(lo, "greaterThanInclusive", value)}[op]


def definitely(node, want, questions):
    """Kleene logic in two-valued conditions: and/or swap under falsity (De Morgan)."""
    tag = node[0]
    if tag == "not":
        return definitely(node[1], not want, questions)
    if tag in ("and", "or"):
        kind = "all" if (tag == "and") == want else "any"
        return group(kind, [definitely(n, want, questions) for n in node[1]])
    return leaf(node, want, questions)


def read_questions(node, out):
    if node[0] in ("and", "or"):
        for n in node[1]:
            read_questions(n, out)
    elif node[0] == "not":
        read_questions(node[1], out)
    elif node[1] not in ("choice", "number", "days", "count"):
        out.add(node[1])
    else:
        out.add(node[2])


def translate():
    questions, library = load_questions(), load_rules()
    missing = [r for r in RULES if r not in library]
    if missing:
        sys.exit(f"translate: no rule {', '.join(missing)} in rules/: choose others in RULES")
    out_rules, source, read = [], {}, set()
    for rid in RULES:
        r = library[rid]
        applies = Parser(r["applies_if"], questions, f"{rid} applies_if").parse() if r.get("applies_if") else None
        expect = Parser(r["expect"], questions, f"{rid} expect").parse()
        for node in filter(None, (applies, expect)):
            read_questions(node, read)
        source[rid] = {k: r[k] for k in ("applies_if", "expect") if r.get(k)}
        for verdict, want in (("pass", True), ("fail", False)):
            parts = ([definitely(applies, True, questions)] if applies else []) + [definitely(expect, want, questions)]
            top = group("all", parts)
            out_rules.append({
                "name": f"{rid}:{verdict}",
                "conditions": top if ("all" in top or "any" in top) else {"all": [top]},
                "event": {"type": verdict, "params": {"rule": rid}},
            })
    facts = {}
    for q in questions.values():  # questionnaire order
        if q["id"] in read:
            meta = {"type": q["type"]}
            if q["type"] == "multi_choice":
                meta["choices"] = [c["id"] for c in q["choices"]]
            if q["type"] == "number":
                meta.update({k: q[k] for k in ("min", "max") if k in q})
            facts[q["id"]] = meta
    return {
        "comment": "Generated by bench/json-rules-engine/translate.py from rules/ and checklists/; do not edit.",
        "tenken_rules": source,
        "questions": facts,
        "rules": out_rules,
    }, [library[r] for r in RULES]


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("-o", "--output", type=pathlib.Path, default=HERE / "rules.json")
    p.add_argument("--check", action="store_true", help="exit 1 if the output file is not what the rules translate to")
    p.add_argument("--library-dir", type=pathlib.Path,
                   help="also write DIR/rules.yaml: the 20 rules in tenken's YAML, for --no-builtin --rules DIR")
    args = p.parse_args()
    doc, rules = translate()
    text = json.dumps(doc, ensure_ascii=False, indent=1) + "\n"
    if args.library_dir:
        args.library_dir.mkdir(parents=True, exist_ok=True)
        (args.library_dir / "rules.yaml").write_text(
            yaml.safe_dump({"rules": rules}, allow_unicode=True, sort_keys=False, width=1000), encoding="utf-8")
    if args.check:
        if not args.output.exists() or args.output.read_text(encoding="utf-8") != text:
            sys.exit(f"translate: {args.output} is out of date with rules/; run python3 {pathlib.Path(__file__).relative_to(ROOT)}")
        return
    args.output.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
