#!/usr/bin/env node
// tenken's rules in json-rules-engine, side by side with tenken (README.md here; bench/run.py
// runs it). Three modes, each printing one JSON line for run.py:
//
//   node bench.js check    ANSWERS_DIR TENKEN_RESULTS_DIR [--rules rules.json]
//       every *.json answer file: json-rules-engine's verdict per rule against the state in
//       tenken's Result of the same file (tenken batch -o TENKEN_RESULTS_DIR); exit 1 on any
//       disagreement, naming the file, the rule and the facts it read
//   node bench.js evaluate ANSWERS_DIR [--files N] [--rounds R] [--rules rules.json]
//       in process: the first N files parsed and their facts prepared once, then engine.run(facts)
//       over all N, R rounds; microseconds per answer set (median, min, max of the rounds)
//   node bench.js e2e      ANSWERS_DIR OUT_DIR [--rules rules.json]
//       end to end: read, parse, prepare facts, run, write OUT_DIR/<stem>.json per answer file
//
// Verdicts: "pass" (the RULE:pass rule fired), "fail" (RULE:fail fired) or "undecided" (neither:
// tenken's unknown, notapplicable or notchecked). Both firing would be a translation error.
'use strict';

const fs = require('fs');
const path = require('path');
const { Engine } = require('json-rules-engine');

function usage(message) {
  process.stderr.write(`bench.js: ${message}\n`);
  process.exit(1);
}

function parseArgs(argv) {
  const positional = [];
  const options = { rules: path.join(__dirname, 'rules.json'), files: 200, rounds: 7 };
  for (let i = 0; i < argv.length; ++i) {
    if (argv[i].startsWith('--')) {
      const key = argv[i].slice(2);
      if (!(key in options) || i + 1 >= argv.length) usage(`unknown option or missing value: ${argv[i]}`);
      options[key] = typeof options[key] === 'number' ? Number(argv[++i]) : argv[++i];
    } else {
      positional.push(argv[i]);
    }
  }
  return { positional, options };
}

// --- facts: what json-rules-engine's conditions read, from one answer file ----------------------

const DAY_MS = 86400000;

function dayNumber(y, m, d) {
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

// A date answer as the days [first, last] it may be: a day, a month or a year (docs/answers.md).
function period(text) {
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (m) {
    const day = dayNumber(+m[1], +m[2], +m[3]);
    return [day, day];
  }
  m = /^(\d{4})-(\d{2})$/.exec(text);
  if (m) return [dayNumber(+m[1], +m[2], 1), dayNumber(+m[1], +m[2] + 1, 1) - 1];
  m = /^(\d{4})$/.exec(text);
  if (m) return [dayNumber(+m[1], 1, 1), dayNumber(+m[1], 12, 31)];
  throw new Error(`not a date: ${JSON.stringify(text)}`);
}

// The value an answer gives, or undefined when it decides nothing: not answered, "unknown",
// {na: reason}, {alternative: justification}. The detailed form {value, comment, evidence} is
// unwrapped; the partial forms ({has, lacks}, {at_least, at_most}) are returned as they are.
function given(answer) {
  if (answer === undefined || answer === null || answer === 'unknown' || answer === '') return undefined;
  if (typeof answer === 'object' && !Array.isArray(answer)) {
    if ('na' in answer || 'alternative' in answer) return undefined;
    if ('value' in answer) return given(answer.value);
  }
  return answer;
}

// Facts per question the rules read (rules.json "questions"), named as translate.py names them:
//   bool, choice       QID                       the value
//   multi_choice       QID:has, QID:lacks        options known present / known absent
//                      QID:count_lo, QID:count_hi how many are present, as a range
//   number             QID:lo, QID:hi            the number, as a range ({at_least, at_most})
//   date               QID:days_lo, QID:days_hi  days since it, as of the assessment date, as a
//                                                range (a month or a year); never: Infinity
// A question whose answer decides nothing has no facts. The answer generator writes no answer to
// a question that skip logic skips, so ask_if is not evaluated here (tenken would ignore one).
function prepareFacts(doc, questions) {
  const facts = {};
  const answers = doc.answers || {};
  const [today] = period(doc.assessment.date);
  for (const qid in questions) {
    const q = questions[qid];
    const v = given(answers[qid]);
    if (v === undefined) continue;
    facts[`${qid}:answered`] = true;
    switch (q.type) {
      case 'bool':
      case 'choice':
        facts[qid] = v;
        break;
      case 'multi_choice': {
        const has = Array.isArray(v) ? v : v.has || [];
        const lacks = Array.isArray(v) ? q.choices.filter((c) => !v.includes(c)) : v.lacks || [];
        facts[`${qid}:has`] = has;
        facts[`${qid}:lacks`] = lacks;
        facts[`${qid}:count_lo`] = has.length;
        facts[`${qid}:count_hi`] = q.choices.length - lacks.length;
        break;
      }
      case 'number':
        if (typeof v === 'number') {
          facts[`${qid}:lo`] = facts[`${qid}:hi`] = v;
        } else {
          facts[`${qid}:lo`] = 'at_least' in v ? v.at_least : 'min' in q ? q.min : -Infinity;
          facts[`${qid}:hi`] = 'at_most' in v ? v.at_most : 'max' in q ? q.max : Infinity;
        }
        break;
      case 'date':
        if (v === 'never') {
          facts[`${qid}:days_lo`] = facts[`${qid}:days_hi`] = Infinity;
        } else {
          // A month or a year that runs past the assessment date ended, for it, on that date.
          const [first, last] = period(v);
          facts[`${qid}:days_lo`] = today - Math.max(first, Math.min(last, today));
          facts[`${qid}:days_hi`] = today - first;
        }
        break;
      default:
        throw new Error(`${qid}: no facts for a ${q.type} question`);
    }
  }
  return facts;
}

// --- the engine ---------------------------------------------------------------------------------

function loadRules(file) {
  const doc = JSON.parse(fs.readFileSync(file, 'utf8'));
  return { doc, ruleIds: Object.keys(doc.tenken_rules) };
}

function makeEngine(doc) {
  // allowUndefinedFacts: a fact not prepared (an answer that decides nothing) makes its
  // conditions false instead of an error.
  const engine = new Engine([], { allowUndefinedFacts: true });
  for (const rule of doc.rules) engine.addRule(rule);
  return engine;
}

function verdicts(ruleIds, events) {
  const out = {};
  for (const id of ruleIds) out[id] = 'undecided';
  for (const e of events) {
    const id = e.params.rule;
    if (out[id] !== 'undecided') throw new Error(`${id}: both pass and fail fired: the translation is wrong`);
    out[id] = e.type;
  }
  return out;
}

function answerFiles(dir) {
  return fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => path.join(dir, f));
}

function readAnswers(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

function summary(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return { median: s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2, min: s[0], max: s[s.length - 1] };
}

// --- modes --------------------------------------------------------------------------------------

// tenken's state, as a verdict json-rules-engine can give.
const VERDICT_OF_STATE = { pass: 'pass', fail: 'fail', unknown: 'undecided', notapplicable: 'undecided', notchecked: 'undecided' };

async function check(answersDir, tenkenDir, options) {
  const { doc, ruleIds } = loadRules(options.rules);
  const engine = makeEngine(doc);
  const files = answerFiles(answersDir);
  if (files.length === 0) usage(`no *.json answer files in ${answersDir}`);
  const counts = { pass: 0, fail: 0, undecided: 0 };
  const states = {};
  const seen = Object.fromEntries(ruleIds.map((id) => [id, new Set()]));  // the verdicts each rule reached
  const disagreements = [];
  for (const file of files) {
    const stem = path.basename(file, '.json');
    const answers = readAnswers(file);
    const facts = prepareFacts(answers, doc.questions);
    const mine = verdicts(ruleIds, (await engine.run(facts)).events);
    const resultFile = path.join(tenkenDir, `${stem}.json`);
    if (!fs.existsSync(resultFile)) usage(`no tenken Result ${resultFile} for ${file}`);
    const result = JSON.parse(fs.readFileSync(resultFile, 'utf8'));
    const theirs = new Map(result.results.map((r) => [r.rule, r.state]));
    for (const id of ruleIds) {
      const state = theirs.get(id);
      if (state === undefined) usage(`${resultFile} has no rule ${id}: was tenken given the same 20 rules?`);
      states[state] = (states[state] || 0) + 1;
      const expected = VERDICT_OF_STATE[state];
      if (expected === undefined) usage(`${resultFile}: ${id} is ${state}, which this comparison does not expect`);
      counts[mine[id]] += 1;
      seen[id].add(mine[id]);
      if (expected !== mine[id]) {
        const read = Object.fromEntries(Object.keys(doc.questions)
          .filter((q) => doc.tenken_rules[id].expect.includes(q) || (doc.tenken_rules[id].applies_if || '').includes(q))
          .map((q) => [q, answers.answers[q]]));
        disagreements.push(`${file}: ${id}: tenken ${state}, json-rules-engine ${mine[id]}; answers ${JSON.stringify(read)}`);
      }
    }
  }
  const report = { mode: 'check', files: files.length, verdicts: files.length * ruleIds.length, jre: counts,
                   tenken: states, disagreements: disagreements.length,
                   rules_reaching_every_verdict: ruleIds.filter((id) => seen[id].size === 3).length };
  console.log(JSON.stringify(report));
  if (disagreements.length) {
    process.stderr.write(`bench.js: json-rules-engine and tenken DISAGREE on ${disagreements.length} verdicts:\n`);
    for (const d of disagreements.slice(0, 20)) process.stderr.write(`  ${d}\n`);
    process.exit(1);
  }
}

async function evaluate(answersDir, options) {
  const { doc, ruleIds } = loadRules(options.rules);
  const files = answerFiles(answersDir).slice(0, options.files);
  if (files.length === 0) usage(`no *.json answer files in ${answersDir}`);
  let start = process.hrtime.bigint();
  const parsed = files.map(readAnswers);
  const parseUs = Number(process.hrtime.bigint() - start) / 1000 / files.length;
  parsed.map((a) => prepareFacts(a, doc.questions));  // warm-up: the JIT
  start = process.hrtime.bigint();
  const facts = parsed.map((a) => prepareFacts(a, doc.questions));
  const factsUs = Number(process.hrtime.bigint() - start) / 1000 / files.length;

  const variants = {
    // the translation checked against tenken: 40 rules, a pass and a fail rule per tenken rule
    three_valued: makeEngine(doc),
    // for scale: only the 20 pass rules, as a two-valued engine would be written (no fail verdict)
    pass_rules_only: makeEngine({ ...doc, rules: doc.rules.filter((r) => r.event.type === 'pass') }),
  };
  const report = { mode: 'evaluate', files: files.length, rounds: options.rounds, rules: ruleIds.length,
                   parse_us: parseUs, facts_us: factsUs };
  for (const [name, engine] of Object.entries(variants)) {
    let sink = 0;
    for (const f of facts) sink += (await engine.run(f)).events.length;  // warm-up: the JIT
    const perSet = [];
    for (let round = 0; round < options.rounds; ++round) {
      start = process.hrtime.bigint();
      for (const f of facts) sink += (await engine.run(f)).events.length;
      perSet.push(Number(process.hrtime.bigint() - start) / 1000 / facts.length);
    }
    report[name] = { ...summary(perSet), jre_rules: engine.rules.length, events: sink };
  }
  console.log(JSON.stringify(report));
}

async function e2e(answersDir, outDir, options) {
  const { doc, ruleIds } = loadRules(options.rules);
  const engine = makeEngine(doc);
  fs.mkdirSync(outDir, { recursive: true });
  const files = answerFiles(answersDir);
  for (const file of files) {
    const answers = readAnswers(file);
    const { events } = await engine.run(prepareFacts(answers, doc.questions));
    const v = verdicts(ruleIds, events);
    const out = { answers_file: file, results: ruleIds.map((id) => ({ rule: id, verdict: v[id] })) };
    fs.writeFileSync(path.join(outDir, `${path.basename(file, '.json')}.json`), `${JSON.stringify(out)}\n`);
  }
  console.log(JSON.stringify({ mode: 'e2e', files: files.length }));
}

async function main() {
  const [mode, ...rest] = process.argv.slice(2);
  const { positional, options } = parseArgs(rest);
  if (mode === 'check' && positional.length === 2) return check(positional[0], positional[1], options);
  if (mode === 'evaluate' && positional.length === 1) return evaluate(positional[0], options);
  if (mode === 'e2e' && positional.length === 2) return e2e(positional[0], positional[1], options);
  usage('usage: node bench.js check ANSWERS_DIR TENKEN_RESULTS_DIR | evaluate ANSWERS_DIR [--files N] [--rounds R] '
        + '| e2e ANSWERS_DIR OUT_DIR  [--rules rules.json]');
}

main().catch((e) => {
  process.stderr.write(`bench.js: ${e.stack || e}\n`);
  process.exit(1);
});
