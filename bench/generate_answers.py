#!/usr/bin/env python3
"""Generate realistic synthetic answer files for benchmarks (issue 13): inputs that load, bind and
evaluate like real operators' files, in every question type and answer form, in any number.

Reads the questionnaire (checklists/*.yaml) and writes COUNT answer files, each an imaginary
operator of its own maturity: mostly definite answers, some "don't know", not applicable with a
reason, "met another way", partial multiple choice, approximate numbers, `never`, months and years
for dates, comments with evidence. Skip logic is followed (every ask_if is evaluated as tenken
evaluates it), so no answer is written to a skipped question. Same arguments, same bytes.

    python3 bench/generate_answers.py OUTDIR COUNT [--format yaml|json] [--seed N] [--checklists DIR]
"""
import argparse
import datetime
import json
import math
import pathlib
import random
import re

import yaml

# The sector ids of the answer file (docs/answers.schema.json, answering/interview/sectors.cc).
SECTORS = ["information_communications", "finance", "aviation", "airport", "railway", "electricity", "gas",
           "government", "medical", "water", "logistics", "chemicals", "credit", "oil", "port", "other"]
BASE_DATE, EARLIEST = datetime.date(2025, 4, 1), datetime.date(2019, 1, 1)
ASSESSORS = ["情報システム課", "IT department", "総務部 情報セキュリティ担当", "Security office", "経営企画室"]
SCOPES = ["本社と全拠点の情報システム", "The control network and the office network", "基幹システムと事務系ネットワーク"]
NA_REASONS = ["該当する機器を持っていない", "No such system in scope", "委託先が運用しており当社の管理外",
              "Handled entirely by the parent company", "制度上の対象外"]
ALTERNATIVES = ["別の手段で同等の管理をしている（手順書あり）", "A compensating control is in place: see the risk register",
                "親会社のSOCが代わりに監視している"]
COMMENTS = ["年1回の棚卸しで確認", "Confirmed with the maintenance vendor", "担当者の記憶による",
            "To be checked again next quarter", "規程はあるが運用は部門により異なる"]
EVIDENCE = ["運用手順書 第3版", "Asset register 2024", "委託契約書 別紙2", "Screenshot of the admin console",
            "会議議事録", "Vendor maintenance report"]
U, NA = object(), object()  # the two ways of not knowing: unknown, and not applicable (or skipped)


def load_questions(folder):
    """Question id -> question, in file order, each with its section's ask_if as `section_ask_if`."""
    questions = {}
    for path in sorted(pathlib.Path(folder).glob("*.yaml")):
        for section in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("sections", []):
            for q in section.get("questions", []):
                questions[q["id"]] = dict(q, section_ask_if=section.get("ask_if"))
    return questions


# --- ask_if: the condition language, three-valued, as engine/evaluate evaluates it --------------

TOKEN = re.compile(r'\d+(?:\.\d+)?|"[^"]*"|[A-Za-z_][\w.]*|[=!<>]=|[<>()\[\],]')


def land(a, b):  # Kleene and; of the two ways of not knowing, unknown wins over not applicable
    return False if a is False or b is False else True if a is True and b is True else U if U in (a, b) else NA


def lnot(a):
    return (not a) if isinstance(a, bool) else a


def compare(op, a, b):
    """Known operands; numbers are ranges (lo, hi), decided only where the whole range agrees."""
    if op == "in":  # a choice in strings, or a number in numbers
        if isinstance(a, str) or a in b:
            return a in b
        return U if any(a[0] <= n[0] <= a[1] for n in b) else False
    if op == "contains":  # a: (options present, options absent, number of options)
        return True if b in a[0] else False if b in a[1] else U
    if op in ("==", "!="):
        eq = a == b
        if isinstance(a, tuple):
            eq = True if a[0] == a[1] == b[0] == b[1] else False if a[1] < b[0] or b[1] < a[0] else U
        return eq if op == "==" else lnot(eq)
    if op in (">", ">="):
        a, b, op = b, a, op.replace(">", "<")
    if op == "<":
        return True if a[1] < b[0] else False if a[0] >= b[1] else U
    return True if a[1] <= b[0] else False if a[0] > b[1] else U


def evaluate(text, questions, decided):
    """One condition over the answers decided so far: recursive descent, evaluating as it parses."""
    toks, at = TOKEN.findall(text), [0]

    def read(qid):
        assert qid in decided, f"ask_if reads '{qid}' before it is asked: the checklist order changed"
        return value(questions[qid], decided[qid])

    def peek(*words):
        return at[0] < len(toks) and toks[at[0]] in words

    def take():
        at[0] += 1
        return toks[at[0] - 1]

    def chain(word, combine, operand):  # a or b or c; a and b and c
        v = operand()
        while peek(word):
            take()
            v = combine(v, operand())
        return v

    def disjunction():  # a or b = not (not a and not b)
        return chain("or", lambda a, b: lnot(land(lnot(a), lnot(b))), lambda: chain("and", land, negation))

    def negation():
        return lnot(take() and negation()) if peek("not") else comparison()

    def comparison():
        a = operand()
        if not peek("==", "!=", "<", "<=", ">", ">=", "in", "contains"):
            return a
        op = take()
        b = [operand() for _ in iter(lambda: take() != "]", False)] if op == "in" else operand()
        missing = [v for v in (a, b) if v is U or v is NA]
        return (U if U in missing else NA) if missing else compare(op, a, b)

    def operand():
        t = take()
        if t.startswith('"'):
            return t[1:-1]
        if t[0].isdigit():
            return (float(t),) * 2
        if t in ("true", "yes", "false", "no"):
            return t in ("true", "yes")
        if t == "(":
            v = disjunction()
            take()  # ')'
            return v
        if not peek("("):
            return read(t)
        qid = take() and take()  # '(' id
        take()  # ')'
        if t == "answered":
            return status(decided[qid]) is True
        v = read(qid)  # count(): from the options known present to all those not known absent
        return v if v is U or v is NA or t != "count" else (len(v[0]), v[2] - len(v[1]))

    v = disjunction()
    assert at[0] == len(toks), f"cannot read the condition {text!r}"
    return v


def status(a):
    """True for an answer that gives a value, else how it is not known (skipped: NA)."""
    if a is NA or isinstance(a, dict) and "na" in a:
        return NA
    return U if a == "unknown" or isinstance(a, dict) and "alternative" in a else True


def value(q, a):
    """An answer as the condition language sees it: numbers as ranges, multiple choice as
    (options present, options absent, number of options)."""
    if status(a) is not True:
        return status(a)
    a = a.get("value", a) if isinstance(a, dict) else a
    if q["type"] == "number":
        if not isinstance(a, dict):
            return a, a
        return a.get("at_least", q.get("min", -math.inf)), a.get("at_most", q.get("max", math.inf))
    if q["type"] == "multi_choice":
        every = {c["id"] for c in q["choices"]}
        present, absent = (a.get("has", []), a.get("lacks", [])) if isinstance(a, dict) else (a, every - set(a))
        return set(present), set(absent), len(every)
    return a


# --- answers ------------------------------------------------------------------------------------

def number(rng, q):
    """Uniform over a small range; log-uniform over a large one, as real counts and days spread."""
    lo, hi = q.get("min", 0), q.get("max", q.get("min", 0) + 1000)
    if hi - lo <= 100:
        return rng.randint(lo, hi)
    return min(hi, lo - 1 + int(math.exp(rng.uniform(0, math.log(hi - lo + 1)))))


def date(rng, today, maturity):
    """A day since 2019, recent more often the more mature; sometimes only its month or year."""
    day = today - datetime.timedelta(days=int(rng.random() ** (1 + 2 * maturity) * (today - EARLIEST).days))
    form = rng.random()
    return day.isoformat() if form < 0.8 else day.strftime("%Y-%m") if form < 0.95 else str(day.year)


def definite(rng, q, maturity, today):
    t, ids = q["type"], [c["id"] for c in q.get("choices") or []]
    if t == "bool":
        return rng.random() < (0.7 if q["id"].startswith("profile.") else maturity)
    if t == "choice":  # the first choice is the best practice in this questionnaire
        return ids[0] if rng.random() < maturity else rng.choice(ids)
    if t == "multi_choice":
        return [i for i in ids if rng.random() < maturity]
    if t == "number":
        return number(rng, q)
    return date(rng, today, maturity) if t == "date" else rng.choice(COMMENTS)


def partial(rng, q, maturity):
    """What is known in part: has/lacks, a range, never; elsewhere met another way."""
    if q["type"] == "multi_choice":
        ids = [c["id"] for c in q["choices"]]
        known = rng.sample(ids, rng.randint(1, max(1, len(ids) - 1)))
        has = [i for i in ids if i in known and rng.random() < maturity]
        lacks = [i for i in ids if i in known and i not in has]
        return {k: v for k, v in (("has", has), ("lacks", lacks)) if v}
    if q["type"] == "number":
        a, b = sorted((number(rng, q), number(rng, q)))
        side = rng.random()
        return {"at_least": a} if side < 0.4 else {"at_most": b} if side < 0.7 else {"at_least": a, "at_most": b}
    if q["type"] == "date" and "never" in q:
        return "never"
    return {"alternative": rng.choice(ALTERNATIVES)}


def answer(rng, q, maturity, today):
    """70% definite, 10% don't know, 5% not applicable, 15% partial; a tenth with comment and evidence.
    The profile is answered definitely or "don't know" (it says what the operator runs)."""
    roll = rng.random() * (0.8 if q["id"].startswith("profile.") else 1)
    if roll < 0.70 or roll < 0.80 and q["type"] == "text":  # in JSON, "unknown" would be a text
        a = definite(rng, q, maturity, today)
    elif roll < 0.80:
        a = "unknown"
    elif roll < 0.85:
        a = {"na": rng.choice(NA_REASONS)}
    else:
        a = partial(rng, q, maturity)
    if a == "unknown" or rng.random() >= 0.1:
        return a
    notes = {"comment": rng.choice(COMMENTS), "evidence": rng.sample(EVIDENCE, rng.randint(1, 2))}
    return dict(a, **notes) if isinstance(a, dict) else dict(value=a, **notes)


def answer_file(rng, questions, n):
    today = BASE_DATE + datetime.timedelta(days=rng.randrange(365))
    maturity = rng.uniform(0.3, 0.95)
    decided = {}  # question id -> answer, or NA when skip logic skips it
    for q in questions.values():
        ask = land(*(evaluate(c, questions, decided) if c else True for c in (q["section_ask_if"], q.get("ask_if"))))
        decided[q["id"]] = NA if ask is False or ask is NA else answer(rng, q, maturity, today)
    return {
        "organization": {"name": f"Synthetic operator {n:06d}", "sector": rng.choice(SECTORS)},
        "assessment": {"date": today.isoformat(), "assessor": rng.choice(ASSESSORS), "scope": rng.choice(SCOPES)},
        "answers": {qid: a for qid, a in decided.items() if a is not NA},
    }


# --- output -------------------------------------------------------------------------------------

class Dumper(yaml.SafeDumper):
    """Writes yes/no, and dates unquoted, as a person would."""


Dumper.yaml_implicit_resolvers = {k: [(tag, r) for tag, r in v if not tag.endswith(":timestamp")]
                                  for k, v in yaml.SafeDumper.yaml_implicit_resolvers.items()}
Dumper.add_representer(bool, lambda d, b: d.represent_scalar("tag:yaml.org,2002:bool", "yes" if b else "no"))


def render(doc, fmt):
    if fmt == "json":
        return json.dumps(doc, ensure_ascii=False, indent=2, sort_keys=False) + "\n"
    return yaml.dump(doc, Dumper=Dumper, allow_unicode=True, sort_keys=False, default_flow_style=None, width=1000)


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("outdir", type=pathlib.Path)
    p.add_argument("count", type=int)
    p.add_argument("--format", choices=["yaml", "json"], default="yaml")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--checklists", type=pathlib.Path,
                   default=pathlib.Path(__file__).resolve().parent.parent / "checklists")
    args = p.parse_args()
    questions = load_questions(args.checklists)
    rng = random.Random(args.seed)
    args.outdir.mkdir(parents=True, exist_ok=True)
    for n in range(1, args.count + 1):
        text = render(answer_file(rng, questions, n), args.format)
        (args.outdir / f"answers-{n:06d}.{args.format}").write_text(text, encoding="utf-8", newline="\n")


if __name__ == "__main__":
    main()
