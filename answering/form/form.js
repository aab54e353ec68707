/* tenken form: the script of the questionnaire page that `tenken form` writes.
 *
 * It reads the questionnaire from the page's JSON data element (tenken-questionnaire), builds
 * the form, applies the skip logic (the condition language of README.md, three-valued, as
 * engine/evaluate does), keeps a draft in localStorage, opens answer files (YAML through the
 * embedded js-yaml, or JSON) and saves the answers as the YAML that `tenken check` reads
 * (docs/answers.md). It holds no text and no data of its own: every word comes from the
 * questionnaire element, so this file is the same bytes for every checklist and language and the
 * page's Content-Security-Policy names it by its hash. It builds every element with the DOM API
 * and textContent, never from markup, so no text from a checklist or an answer file can become
 * markup. Nothing is sent anywhere.
 */
(function () {
  "use strict";

  const DATA = JSON.parse(document.getElementById("tenken-questionnaire").textContent);
  const QUESTIONS = DATA.questions;
  const SECTIONS = DATA.sections;
  const BY_ID = new Map(QUESTIONS.map((q, i) => [q.id, Object.assign(q, { index: i })]));
  const MAX_FILE_BYTES = 8 * 1024 * 1024;  // as tenken check (kMaxInputBytes)
  const DRAFT_VERSION = 1;

  // ---- Language -----------------------------------------------------------------------------

  const state = {
    lang: DATA.lang,
    org: { name: "", sector: "", size: "", date: "", assessor: "", scope: "" },
    answers: Object.create(null),  // question id -> answer model (see blankAnswer)
    storage: true,
  };
  const liveTexts = [];  // [element, attribute or null, function giving the text]

  function pick(localized) {
    if (!localized) return "";
    return localized[state.lang] || localized[state.lang === "ja" ? "en" : "ja"] || "";
  }

  // A text of the page in the current language, with {name} replaced from `vars`.
  function t(key, vars) {
    const text = pick(DATA.text[key]) || key;
    return text.replace(/\{([a-z_]+)\}/g, (m, name) => (vars && name in vars ? String(vars[name]) : m));
  }

  // Sets an element's text (or attribute) now and again whenever the language changes.
  function live(el, get, attribute) {
    const fn = typeof get === "string" ? () => t(get) : get;
    liveTexts.push([el, attribute || null, fn]);
    apply(liveTexts[liveTexts.length - 1]);
    return el;
  }

  function apply([el, attribute, fn]) {
    if (attribute) el.setAttribute(attribute, fn());
    else el.textContent = fn();
  }

  function setLanguage(lang) {
    state.lang = lang;
    document.documentElement.lang = lang;
    document.title = t("title");
    liveTexts.forEach(apply);
    document.querySelectorAll("[data-text]").forEach((el) => { el.textContent = t(el.dataset.text); });
    renotify();
    document.querySelectorAll("[data-lang-choice]").forEach((b) => {
      b.setAttribute("aria-pressed", String(b.dataset.langChoice === lang));
    });
    refresh();
  }

  // ---- Elements -----------------------------------------------------------------------------

  function h(tag, props, ...children) {
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(props || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === "class") el.className = v;
      else if (k === "text") el.textContent = v;
      else if (k === "say") live(el, v);
      else if (k.startsWith("on")) el.addEventListener(k.slice(2), v);
      else el.setAttribute(k, v === true ? "" : v);
    }
    for (const c of children.flat()) if (c !== null && c !== undefined && c !== false) el.append(c);
    return el;
  }

  function button(key, onclick, extra) {
    return h("button", Object.assign({ type: "button", say: key, onclick }, extra || {}));
  }

  // ---- Dates and numbers, as the engine reads them (engine/load/fields.cc) ------------------

  const DAY_MS = 86400000;

  function daysFromCivil(y, m, d) { return Math.round(Date.UTC(y, m - 1, d) / DAY_MS); }
  function daysInMonth(y, m) { return new Date(Date.UTC(y, m, 0)).getUTCDate(); }

  // Full-width digits and separators as ASCII; 2024/4/1 or 2024.4.1 as 2024-04-01.
  function normalizeDate(text) {
    let s = text.trim().replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
    s = s.replace(/[／/.．ー－−]/g, "-");
    const m = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(s);
    if (!m) return s;
    return [m[1], m[2] && m[2].padStart(2, "0"), m[3] && m[3].padStart(2, "0")].filter(Boolean).join("-");
  }

  // {first, last} days since 1970-01-01, or {problem: [message key, vars]}.
  function parsePeriod(text, wholeDateOnly) {
    const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
    if (!m || (wholeDateOnly && !m[3])) return { problem: [wholeDateOnly ? "err_day_form" : "err_date_form", { found: text }] };
    const y = Number(m[1]), mo = m[2] ? Number(m[2]) : 0, d = m[3] ? Number(m[3]) : 0;
    if (y < 1900) return { problem: ["err_date_year", { year: y }] };
    if (!m[2]) return { first: daysFromCivil(y, 1, 1), last: daysFromCivil(y, 12, 31) };
    if (mo < 1 || mo > 12) return { problem: ["err_date_month", { month: m[2] }] };
    if (!m[3]) return { first: daysFromCivil(y, mo, 1), last: daysFromCivil(y, mo, daysInMonth(y, mo)) };
    if (d < 1 || d > daysInMonth(y, mo)) return { problem: ["err_date_day", { year: y, month: m[2], days: daysInMonth(y, mo) }] };
    return { first: daysFromCivil(y, mo, d), last: daysFromCivil(y, mo, d) };
  }

  function normalizeNumber(text) {
    return text.trim().replace(/[０-９．－＋]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  }

  // The number grammar of load::parse_number: [+-]digits[.digits].
  function parseNumber(text) {
    return /^[+-]?\d+(\.\d+)?$/.test(text) && Number.isFinite(Number(text)) ? Number(text) : null;
  }

  function today() {
    const assessed = parsePeriod(state.org.date, true);
    if (assessed.first !== undefined) return assessed.first;
    const now = new Date();
    return daysFromCivil(now.getFullYear(), now.getMonth() + 1, now.getDate());
  }

  // ---- The condition language ---------------------------------------------------------------
  // Lexer and parser follow engine/compile (lexer.cc, parser.cc); the parser is bounded in
  // nesting and in length, so evaluating what it built is bounded too.

  const MAX_NESTING = 64;
  const MAX_TOKENS = 1000;
  const KEYWORDS = { and: "and", or: "or", not: "not", in: "in", contains: "contains",
                     true: "true", yes: "true", false: "false", no: "false" };

  function lex(text) {
    const tokens = [];
    const start = /[A-Za-z_]/, part = /[A-Za-z0-9_]/, digit = /[0-9]/;
    let i = 0;
    while (tokens.length <= MAX_TOKENS) {
      while (i < text.length && " \t\r\n".includes(text[i])) i++;
      if (i >= text.length) return tokens.concat([{ k: "end" }]);
      const c = text[i], from = i;
      if (start.test(c)) {
        while (i < text.length && (part.test(text[i]) || (text[i] === "." && start.test(text[i + 1] || "")))) i++;
        const word = text.slice(from, i);
        const kw = word.includes(".") ? undefined : KEYWORDS[word];
        tokens.push(kw ? { k: kw } : { k: "name", text: word });
      } else if (digit.test(c) || (c === "-" && digit.test(text[i + 1] || ""))) {
        i++;
        while (digit.test(text[i] || "")) i++;
        if (text[i] === "." && digit.test(text[i + 1] || "")) for (i++; digit.test(text[i] || ""); i++);
        tokens.push({ k: "num", value: Number(text.slice(from, i)) });
      } else if (c === '"' || c === "'") {
        let s = "";
        for (i++; i < text.length && text[i] !== c; i++) s += text[i] === "\\" && i + 1 < text.length ? text[++i] : text[i];
        if (i++ >= text.length) throw new SyntaxError("a string without its closing quote");
        tokens.push({ k: "str", value: s });
      } else if (["==", "!=", "<=", ">="].includes(text.slice(i, i + 2))) {
        tokens.push({ k: text.slice(i, i + 2) });
        i += 2;
      } else if ("()[],<>".includes(c)) {
        tokens.push({ k: c });
        i++;
      } else {
        throw new SyntaxError("an unexpected character '" + c + "'");
      }
    }
    throw new SyntaxError("a condition longer than " + MAX_TOKENS + " tokens");
  }

  const COMPARISONS = ["==", "!=", "<", "<=", ">", ">="];

  function parseCondition(text) {
    const tokens = lex(text);
    let pos = 0, depth = 0;
    const peek = () => tokens[pos];
    const fail = (what) => { throw new SyntaxError("expected " + what + ", found " + peek().k); };
    const expect = (k) => { if (peek().k !== k) fail("'" + k + "'"); pos++; };
    const nest = () => { if (++depth > MAX_NESTING) throw new SyntaxError("nested deeper than " + MAX_NESTING); };

    function condition() {
      nest();
      let left = conjunction();
      while (peek().k === "or") { pos++; left = { op: "or", a: left, b: conjunction() }; }
      depth--;
      return left;
    }
    function conjunction() {
      let left = negation();
      while (peek().k === "and") { pos++; left = { op: "and", a: left, b: negation() }; }
      return left;
    }
    function negation() {
      if (peek().k !== "not") return comparison();
      nest();
      pos++;
      const node = { op: "not", a: negation() };
      depth--;
      return node;
    }
    function comparison() {
      const left = operand();
      const k = peek().k;
      if (COMPARISONS.includes(k)) { pos++; return { op: "cmp", cmp: k, a: left, b: operand() }; }
      if (k === "in") { pos++; return { op: "in", a: left, items: list() }; }
      if (k === "contains") { pos++; return { op: "contains", a: left, b: operand() }; }
      return left;
    }
    function list() {
      expect("[");
      const items = [];
      for (;;) {
        const tok = peek();
        if (tok.k === "num" || tok.k === "str") items.push(tok.value);
        else if (tok.k === "true" || tok.k === "false") items.push(tok.k === "true");
        else fail("a literal");
        pos++;
        if (peek().k === "]") { pos++; return items; }
        expect(",");
      }
    }
    function operand() {
      const tok = peek();
      if (tok.k === "true" || tok.k === "false") { pos++; return { op: "lit", value: V.bool(tok.k === "true") }; }
      if (tok.k === "num") { pos++; return { op: "lit", value: V.num(tok.value, tok.value) }; }
      if (tok.k === "str") { pos++; return { op: "lit", value: V.str(tok.value) }; }
      if (tok.k === "(") { pos++; const inner = condition(); expect(")"); return inner; }
      if (tok.k !== "name") fail("a question id, a literal or '('");
      pos++;
      if (peek().k !== "(") return { op: "name", id: tok.text };
      pos++;
      const args = [];
      if (peek().k !== ")") {
        args.push(condition());
        while (peek().k === ",") { pos++; args.push(condition()); }
      }
      expect(")");
      return { op: "call", name: tok.text, args };
    }
    const root = condition();
    if (peek().k !== "end") fail("the end of the condition");
    return root;
  }

  // Values, as engine/evaluate/value.h: known ("yes") or not, in two ways ("unknown", "na").
  const V = {
    bool: (b) => ({ k: "yes", t: "bool", v: b }),
    num: (lo, hi) => ({ k: "yes", t: "num", lo, hi }),
    str: (s) => ({ k: "yes", t: "str", v: s }),
    missing: (k) => ({ k }),
  };
  const isTrue = (v) => v.k === "yes" && v.t === "bool" && v.v === true;
  const isFalse = (v) => v.k === "yes" && v.t === "bool" && v.v === false;
  const weaker = (a, b) => (a === "unknown" || b === "unknown" ? "unknown" : "na");
  const truth = (v) => (v.k !== "yes" || v.t === "bool" ? v : V.missing("unknown"));

  function logicalAnd(x, y) {
    const a = truth(x), b = truth(y);
    if (isFalse(a) || isFalse(b)) return V.bool(false);
    if (isTrue(a) && isTrue(b)) return V.bool(true);
    return V.missing(weaker(isTrue(a) ? b.k : a.k, isTrue(b) ? a.k : b.k));
  }
  function logicalOr(x, y) {
    const a = truth(x), b = truth(y);
    if (isTrue(a) || isTrue(b)) return V.bool(true);
    if (isFalse(a) && isFalse(b)) return V.bool(false);
    return V.missing(weaker(isFalse(a) ? b.k : a.k, isFalse(b) ? a.k : b.k));
  }
  function logicalNot(x) {
    const a = truth(x);
    return a.k === "yes" ? V.bool(!a.v) : a;
  }
  // Either operand not known: the result is not known, unknown winning over N/A.
  function notKnown(a, b) {
    return V.missing(a.k === "yes" ? b.k : b.k === "yes" ? a.k : weaker(a.k, b.k));
  }
  function decided(whenTrue, whenFalse) {
    return whenTrue ? V.bool(true) : whenFalse ? V.bool(false) : V.missing("unknown");
  }

  // a <op> b over ranges: decided only where every pair of values agrees.
  function compareNumbers(op, a, b) {
    switch (op) {
      case "==": return decided(a.lo === a.hi && b.lo === b.hi && a.lo === b.lo, a.hi < b.lo || b.hi < a.lo);
      case "!=": return logicalNot(compareNumbers("==", a, b));
      case "<": return decided(a.hi < b.lo, a.lo >= b.hi);
      case "<=": return decided(a.hi <= b.lo, a.lo > b.hi);
      case ">": return compareNumbers("<", b, a);
      default: return compareNumbers("<=", b, a);
    }
  }

  function compare(op, a, b) {
    if (a.k !== "yes" || b.k !== "yes") return notKnown(a, b);
    if (a.t === "num" && b.t === "num") return compareNumbers(op, a, b);
    if (op !== "==" && op !== "!=") return V.missing("unknown");
    const same = a.t === "bool" && b.t === "bool" ? a.v === b.v
      : typeof a.v === "string" && typeof b.v === "string" ? a.v === b.v : null;
    return same === null ? V.missing("unknown") : V.bool(same === (op === "=="));
  }

  function inList(a, items) {
    if (a.k !== "yes") return a;
    if (a.t === "num") {
      let inside = false;
      for (const n of items) {
        if (typeof n !== "number") continue;
        if (a.lo === a.hi && n === a.lo) return V.bool(true);
        inside = inside || (a.lo <= n && n <= a.hi);
      }
      return inside ? V.missing("unknown") : V.bool(false);
    }
    if (a.t === "bool" || typeof a.v === "string") return V.bool(items.includes(a.v));
    return V.missing("unknown");
  }

  function contains(set, option) {
    if (set.k !== "yes" || option.k !== "yes") return notKnown(set, option);
    if (set.t !== "set" || option.t !== "str") return V.missing("unknown");
    if (!set.known.has(option.v)) return V.missing("unknown");
    return V.bool(set.has.has(option.v));
  }

  function call(node, ctx) {
    const arg = node.args[0];
    if (!arg || node.args.length !== 1) return V.missing("unknown");
    if (node.name === "answered") return V.bool(arg.op === "name" && ctx.status(arg.id) === "answered");
    const v = evaluate(arg, ctx);
    if (v.k !== "yes") return v;
    if (node.name === "count" && v.t === "set") return V.num(v.has.size, v.has.size + (v.options - v.known.size));
    if (node.name === "days_since" && v.t === "date") {
      return v.never ? V.num(Infinity, Infinity) : V.num(ctx.today - v.last, ctx.today - v.first);
    }
    return V.missing("unknown");
  }

  function evaluate(node, ctx) {
    switch (node.op) {
      case "lit": return node.value;
      case "name": return ctx.read(node.id);
      case "and": return logicalAnd(evaluate(node.a, ctx), evaluate(node.b, ctx));
      case "or": return logicalOr(evaluate(node.a, ctx), evaluate(node.b, ctx));
      case "not": return logicalNot(evaluate(node.a, ctx));
      case "cmp": return compare(node.cmp, evaluate(node.a, ctx), evaluate(node.b, ctx));
      case "in": return inList(evaluate(node.a, ctx), node.items);
      case "contains": return contains(evaluate(node.a, ctx), evaluate(node.b, ctx));
      case "call": return call(node, ctx);
      default: return V.missing("unknown");
    }
  }

  // Each ask_if parsed once; one that does not parse (the library is compiled before the page is
  // written, so it cannot happen) asks the question.
  function compileAskIf(text) {
    if (!text) return null;
    try {
      return parseCondition(text);
    } catch (e) {
      return { op: "lit", value: V.bool(true) };
    }
  }
  QUESTIONS.forEach((q) => { q.ast = compileAskIf(q.ask_if); });
  SECTIONS.forEach((s) => { s.ast = compileAskIf(s.ask_if); });
  const SECTION_BY_ID = new Map(SECTIONS.map((s) => [s.id, s]));

  // ---- Answers --------------------------------------------------------------------------------
  // An answer model: mode "" (not answered), "value", "unknown", "na" or "alternative"; the value
  // as typed (bool "yes"/"no", a choice id, number or date text, text); for multiple choice the
  // options marked "has" or "lacks", `partial` for the {has, lacks} form and `none` for []; for a
  // number known only roughly `approx`, with the bounds as typed in atLeast and atMost.

  function blankAnswer() {
    return { mode: "", value: "", never: false, options: Object.create(null), partial: false, none: false,
             approx: false, atLeast: "", atMost: "", reason: "", comment: "", evidence: "" };
  }

  // The one model of a question: the controls hold on to it, so it is changed, never replaced.
  function answerOf(id) {
    if (!state.answers[id]) state.answers[id] = blankAnswer();
    return state.answers[id];
  }

  function clearAnswers() {
    for (const a of Object.values(state.answers)) Object.assign(a, blankAnswer());
  }

  const shown = (q) => !DATA.quick || q.quick;

  // The value an answer gives the skip logic, or {problem: [key, vars]} when it is not one yet.
  function parsedValue(q, a) {
    switch (q.type) {
      case "bool": return a.value === "yes" || a.value === "no" ? V.bool(a.value === "yes") : { empty: true };
      case "choice": return q.choices.some((c) => c.id === a.value) ? { k: "yes", t: "choice", v: a.value } : { empty: true };
      case "text": return a.value.trim() ? { k: "yes", t: "text", v: a.value } : { empty: true };
      case "multi_choice": return parsedSet(q, a);
      case "number": return parsedNumber(q, a);
      default: return parsedDate(q, a);
    }
  }

  function parsedSet(q, a) {
    const has = new Set(), known = new Set();
    for (const c of q.choices) {
      const mark = a.options[c.id];
      if (mark === "has") has.add(c.id);
      if (a.partial ? mark === "has" || mark === "lacks" : true) known.add(c.id);
    }
    if (a.partial ? known.size === 0 : has.size === 0 && !a.none) return { empty: true };
    return { k: "yes", t: "set", has, known, options: q.choices.length };
  }

  const hasBound = (x) => x !== undefined && x !== null;

  // One number as typed (the value, or a bound of an approximate one), within the question's
  // bounds: {n}, {empty: true} or {problem: [key, vars]}.
  function numberWithin(q, typed) {
    const text = normalizeNumber(typed);
    if (!text) return { empty: true };
    const n = parseNumber(text);
    const unit = pick(q.unit) ? (state.lang === "ja" ? "" : " ") + pick(q.unit) : "";
    if (n === null) return { problem: ["err_number", { found: text }] };
    if ((hasBound(q.min) && n < q.min) || (hasBound(q.max) && n > q.max)) {
      const key = hasBound(q.min) && hasBound(q.max) ? "err_range" : hasBound(q.min) ? "err_min" : "err_max";
      return { problem: [key, { min: q.min, max: q.max, unit, found: text }] };
    }
    return { n };
  }

  function parsedNumber(q, a) {
    if (a.approx) return parsedRange(q, a);
    const v = numberWithin(q, a.value);
    return v.n === undefined ? v : V.num(v.n, v.n);
  }

  // {at_least, at_most} as engine/evaluate/bind.cc reads it: an open side reaches the question's
  // own bound, or has none. A problem names the box it is about (`field`).
  function parsedRange(q, a) {
    const low = numberWithin(q, a.atLeast), high = numberWithin(q, a.atMost);
    if (low.problem) return { problem: low.problem, field: "at-least" };
    if (high.problem) return { problem: high.problem, field: "at-most" };
    if (low.empty && high.empty) return { empty: true };
    const lo = low.empty ? (hasBound(q.min) ? q.min : -Infinity) : low.n;
    const hi = high.empty ? (hasBound(q.max) ? q.max : Infinity) : high.n;
    if (lo > hi) return { problem: ["err_bounds_order", { least: low.n, found: high.n }], field: "at-most" };
    return V.num(lo, hi);
  }

  function parsedDate(q, a) {
    if (a.never && q.never) return { k: "yes", t: "date", never: true };
    const text = normalizeDate(a.value);
    if (!text) return { empty: true };
    const p = parsePeriod(text, false);
    if (p.problem) return { problem: p.problem };
    const end = today();
    const v = { k: "yes", t: "date", first: p.first, last: Math.max(p.first, Math.min(p.last, end)) };
    if (p.first > end && parsePeriod(state.org.date, true).first !== undefined) v.warning = ["warn_future", { date: state.org.date }];
    return v;
  }

  // What an answer is now: "" (not answered), "answered", "unknown", "na", "alternative", or
  // "invalid" with the message key of what is wrong.
  function assess(q) {
    const a = state.answers[q.id];
    if (!a) return { status: "" };
    if (a.mode === "unknown") return { status: "unknown" };
    if (a.mode === "na" || a.mode === "alternative") {
      if (!a.reason.trim()) return { status: "invalid", problem: [a.mode === "na" ? "err_reason_na" : "err_reason_alt", {}] };
      return { status: a.mode };
    }
    if (a.mode !== "value") {
      return a.comment.trim() || a.evidence.trim() ? { status: "", problem: ["err_comment_only", {}], onSave: true } : { status: "" };
    }
    const v = parsedValue(q, a);
    if (v.problem) return { status: "invalid", problem: v.problem, field: v.field };
    if (v.empty) return { status: "" };
    return { status: "answered", value: v, warning: v.warning };
  }

  // ---- Skip logic (engine/evaluate/bind.cc apply_skip_logic) ---------------------------------
  // A question is asked unless its section's ask_if and its own, taken together, are known false
  // or decided only by questions skipped or answered N/A. Computed lazily with a memo; a cycle
  // (which compiling the library rejects) or a chain deeper than there are questions asks.

  function skipContext() {
    const asked = new Map(), sectionAsk = new Map();
    let depth = 0;
    const ctx = {
      today: today(),
      status(id) {
        const q = BY_ID.get(id);
        return q && ctx.isAsked(q) ? assess(q).status : "";
      },
      read(id) {
        const q = BY_ID.get(id);
        if (!q) return V.missing("unknown");
        if (!ctx.isAsked(q)) return V.missing("na");
        const r = assess(q);
        if (r.status === "na") return V.missing("na");
        return r.status === "answered" ? r.value : V.missing("unknown");
      },
      section(s) {
        if (!sectionAsk.has(s.id)) {
          sectionAsk.set(s.id, V.missing("unknown"));  // while computing: no decision
          sectionAsk.set(s.id, s.ast ? evaluate(s.ast, ctx) : V.bool(true));
        }
        return sectionAsk.get(s.id);
      },
      isAsked(q) {
        if (asked.has(q.id)) return asked.get(q.id);
        if (depth > QUESTIONS.length) return true;
        asked.set(q.id, true);  // while computing: asked
        depth++;
        const own = q.ast ? evaluate(q.ast, ctx) : V.bool(true);
        const ask = logicalAnd(ctx.section(SECTION_BY_ID.get(q.section)), own);
        depth--;
        const result = !(isFalse(ask) || ask.k === "na");
        asked.set(q.id, result);
        return result;
      },
    };
    return ctx;
  }

  // ---- Building the form ----------------------------------------------------------------------

  const ui = { questions: new Map(), sections: new Map(), toc: new Map() };

  function questionNumberer() {
    const counters = new Map();
    return (q) => {
      const s = SECTIONS.findIndex((x) => x.id === q.section);
      counters.set(s, (counters.get(s) || 0) + 1);
      return (s + 1) + "." + counters.get(s);
    };
  }

  function buildPage(app) {
    const number = questionNumberer();
    const main = h("main", { id: "main", class: "questions-main" });
    main.append(buildNotices(), buildOrganisation());
    for (const s of SECTIONS) {
      const qs = s.questions.map((id) => BY_ID.get(id)).filter(shown);
      if (qs.length) main.append(buildSection(s, qs, number));
    }
    main.append(buildFooter());
    app.append(buildToolbar(), h("div", { class: "layout" }, buildToc(), main), buildTextDialog());
  }

  function buildToolbar() {
    const progress = h("progress", { id: "progress", max: "1", value: "0", "aria-labelledby": "progress-text" });
    const fileInput = h("input", { type: "file", id: "open-file", class: "visually-hidden", tabindex: "-1", "aria-hidden": "true",
                                    accept: ".yaml,.yml,.json,application/json,text/yaml", onchange: openFile });
    const langs = h("div", { class: "langs", role: "group" },
      ...["ja", "en"].map((l) => h("button", { type: "button", "data-lang-choice": l, lang: l,
                                               onclick: () => { setLanguage(l); saveDraft(); } },
                                    l === "ja" ? "日本語" : "English")));
    live(langs, "language", "aria-label");
    return h("div", { class: "toolbar", id: "toolbar" },
      h("div", { class: "toolbar-inner" },
        h("div", { class: "progress-wrap" }, progress, h("span", { id: "progress-text", class: "progress-text" })),
        h("div", { class: "actions" },
          button("open", () => fileInput.click(), { id: "open" }),
          fileInput,
          button("save", saveFile, { id: "save", class: "primary" }),
          button("show_text", showText, { id: "show-text" }),
          button("print", () => window.print(), { id: "print" }),
          button("start_over", startOver, { id: "start-over" }),
          langs)));
  }

  function buildNotices() {
    const notices = h("div", { id: "notices", "aria-live": "polite" });
    if (DATA.quick) {
      notices.append(h("p", { class: "notice quick", id: "quick-notice" },
        live(h("span"), () => t("quick_notice", { count: QUESTIONS.filter((q) => q.quick).length, total: QUESTIONS.length }))));
    }
    return notices;
  }

  // A notice at the top: info, success, warning or error. `text` and `lines` (a list under it,
  // strings or elements) are functions giving them in the current language, so the notice is
  // written again when the language changes; no text: the notice goes.
  const activeNotices = new Map();

  function notify(id, kind, text, lines) {
    const old = document.getElementById(id);
    if (!text) {
      activeNotices.delete(id);
      if (old) old.remove();
      return null;
    }
    activeNotices.set(id, [kind, text, lines]);
    const items = lines ? lines() : [];
    const note = h("div", { id, class: "notice " + kind, role: kind === "error" ? "alert" : null },
      h("p", { text: text() }),
      items.length ? h("ul", null, items.map((l) => h("li", null, l))) : null,
      h("button", { type: "button", class: "dismiss", "aria-label": t("close"), text: "×", onclick: () => notify(id) }));
    if (old) old.replaceWith(note); else document.getElementById("notices").append(note);
    return note;
  }

  function renotify() {
    for (const [id, [kind, text, lines]] of Array.from(activeNotices)) notify(id, kind, text, lines);
  }

  function field(id, labelKey, input, hintKey, required) {
    return h("div", { class: "org-field", id: "field-" + id },
      h("label", { for: id }, live(h("span"), labelKey),
        required ? live(h("span", { class: "required" }), "required") : null),
      hintKey ? h("p", { class: "hint", id: id + "-hint", say: hintKey }) : null,
      input,
      h("p", { class: "message", id: id + "-message", hidden: true }));
  }

  function orgInput(id, key, extra) {
    const input = h(extra && extra.multiline ? "textarea" : "input",
      Object.assign({ id, name: key, type: extra && extra.multiline ? null : "text", rows: extra && extra.multiline ? "2" : null,
                      "aria-describedby": id + "-message" + (extra && extra.hint ? " " + id + "-hint" : ""),
                      autocomplete: "off" }, extra && extra.attrs),
    );
    input.addEventListener("input", () => { state.org[key] = input.value; changed(); });
    if (key === "date") input.addEventListener("change", () => { input.value = state.org.date = normalizeDate(input.value); changed(); });
    return input;
  }

  // A choice of the sectors or the sizes (DATA.sectors, DATA.sizes), none chosen at first.
  function listSelect(key, list) {
    return h("select", { id: "org-" + key, name: key, "aria-describedby": "org-" + key + "-message",
                         onchange: (e) => { state.org[key] = e.target.value; changed(); } },
      live(h("option", { value: "" }), "choose"),
      list.map((s) => live(h("option", { value: s.id }), () => pick(s.text))));
  }

  function buildOrganisation() {
    return h("section", { class: "panel org", id: "organisation", "aria-labelledby": "org-heading" },
      h("h2", { id: "org-heading", say: "org_heading" }),
      h("div", { class: "org-grid" },
        field("org-name", "org_name", orgInput("org-name", "name"), null, true),
        field("org-sector", "sector", listSelect("sector", DATA.sectors)),
        field("org-size", "size", listSelect("size", DATA.sizes)),
        field("org-date", "assessment_date", orgInput("org-date", "date", { hint: true, attrs: { inputmode: "numeric", placeholder: "YYYY-MM-DD" } }), "assessment_date_hint", true),
        field("org-assessor", "assessor", orgInput("org-assessor", "assessor")),
        h("div", { class: "wide" }, field("org-scope", "scope", orgInput("org-scope", "scope", { multiline: true })))));
  }

  function buildSection(s, qs, number) {
    const progressText = h("span", { class: "section-progress" });
    const el = h("section", { class: "qsection", id: "section-" + s.id, "aria-labelledby": "section-title-" + s.id },
      h("header", { class: "section-head" },
        h("h2", { id: "section-title-" + s.id }, live(h("span"), () => pick(s.title))),
        progressText),
      qs.map((q) => buildQuestion(q, number(q))));
    ui.sections.set(s.id, { el, progressText, questions: qs });
    return el;
  }

  function buildToc() {
    const list = h("ol", { class: "toc-list" });
    for (const s of SECTIONS) {
      if (!s.questions.some((id) => shown(BY_ID.get(id)))) continue;
      const count = h("span", { class: "toc-count" });
      const link = h("a", { href: "#section-" + s.id }, live(h("span", { class: "toc-title" }), () => pick(s.title)), count);
      const item = h("li", { "data-section": s.id }, link);
      list.append(item);
      ui.toc.set(s.id, { item, count, link });
    }
    return h("nav", { class: "toc", "aria-labelledby": "toc-heading" }, h("h2", { id: "toc-heading", say: "contents" }), list);
  }

  function buildFooter() {
    return h("footer", { class: "page-footer" },
      h("p", { say: "privacy" }),
      h("p", null, live(h("span"), () => t("generated_by", { version: DATA.tenken }))),
      h("p", { say: "yaml_credit" }));
  }

  // ---- One question ---------------------------------------------------------------------------

  function buildQuestion(q, num) {
    const a = answerOf(q.id);
    const base = "q-" + q.index;
    const refs = { mode: {} };
    const textId = base + "-text";
    const el = h("article", { class: "question", id: "question-" + q.id, "data-type": q.type, "aria-labelledby": textId },
      h("div", { class: "q-head" },
        h("span", { class: "q-num", "aria-hidden": "true", text: num }),
        h("h3", { class: "q-text", id: textId }, live(h("span"), () => pick(q.text))),
        h("code", { class: "q-id", text: q.id })),
      pick(q.help) ? live(h("p", { class: "q-help", id: base + "-help" }), () => pick(q.help)) : null);
    const control = buildControl(q, a, base, textId, refs);
    refs.control = control;
    refs.message = h("p", { class: "message", id: base + "-message", hidden: true });
    el.append(control, refs.message, buildModes(q, a, base, refs), buildReason(a, base, refs), buildNote(a, base, refs));
    refs.el = el;
    ui.questions.set(q.id, refs);
    return el;
  }

  function buildControl(q, a, base, textId, refs) {
    const describedBy = base + "-message" + (pick(q.help) ? " " + base + "-help" : "");
    switch (q.type) {
      case "bool":
        return radioGroup(q, a, base, textId, describedBy, [["yes", () => t("yes")], ["no", () => t("no")]], refs);
      case "choice":
        return radioGroup(q, a, base, textId, describedBy, q.choices.map((c) => [c.id, () => pick(c.text)]), refs);
      case "multi_choice": return multiChoice(q, a, base, textId, describedBy, refs);
      case "number": return numberInput(q, a, base, textId, describedBy, refs);
      case "date": return dateInput(q, a, base, textId, describedBy, refs);
      default: return textInput(q, a, base, textId, describedBy, refs);
    }
  }

  function setValue(a, value) {
    a.value = value;
    a.mode = value || a.none || a.never ? "value" : "";
  }

  function radioGroup(q, a, base, textId, describedBy, options, refs) {
    refs.radios = [];
    const group = h("div", { class: "control radios" + (q.type === "bool" ? " inline" : ""), role: "radiogroup",
                             "aria-labelledby": textId, "aria-describedby": describedBy });
    options.forEach(([value, label], i) => {
      const input = h("input", { type: "radio", name: base, id: base + "-" + i, value,
                                 onchange: () => { setValue(a, value); changed(q); } });
      refs.radios.push(input);
      group.append(h("label", { class: "option", for: base + "-" + i }, input, live(h("span"), label)));
    });
    refs.show = () => refs.radios.forEach((r) => { r.checked = a.value === r.value; });
    return group;
  }

  function multiChoice(q, a, base, textId, describedBy, refs) {
    const list = h("div", { class: "options" });
    const boxes = [], triples = [];
    const none = h("input", { type: "checkbox", id: base + "-none", onchange: () => {
      a.none = none.checked;
      if (a.none) a.options = Object.create(null);
      a.mode = a.none || Object.values(a.options).includes("has") ? "value" : "";
      changed(q);
    } });
    q.choices.forEach((c, i) => {
      const id = base + "-" + i;
      const box = h("input", { type: "checkbox", id, class: "complete-only", onchange: () => {
        if (box.checked) a.options[c.id] = "has"; else delete a.options[c.id];
        if (box.checked) a.none = false;
        a.mode = a.none || Object.values(a.options).includes("has") ? "value" : "";
        changed(q);
      } });
      const marks = h("span", { class: "marks partial-only", role: "radiogroup", "aria-labelledby": id + "-label" },
        ["has", "lacks", ""].map((mark) => {
          const r = h("input", { type: "radio", name: id + "-mark", value: mark, id: id + "-" + (mark || "unknown"),
                                 onchange: () => {
                                   if (mark) a.options[c.id] = mark; else delete a.options[c.id];
                                   a.mode = Object.keys(a.options).length ? "value" : "";
                                   changed(q);
                                 } });
          return h("label", { class: "mark mark-" + (mark || "unknown"), for: r.id }, r,
                   live(h("span"), mark === "has" ? "has" : mark === "lacks" ? "lacks" : "not_known"));
        }));
      boxes.push(box);
      triples.push(marks);
      list.append(h("div", { class: "option multi" }, box, marks,
        live(h("label", { for: id, id: id + "-label", class: "option-text" }), () => pick(c.text))));
    });
    const noneRow = h("div", { class: "option multi none complete-only" }, none,
                      h("label", { for: none.id, class: "option-text", say: "none_of_these" }));
    const partial = h("button", { type: "button", class: "link-button", "aria-pressed": "false", id: base + "-partial",
                                  say: "partial_toggle", onclick: () => togglePartial(q, a) });
    refs.show = () => {
      refs.el.classList.toggle("partial", a.partial);
      partial.setAttribute("aria-pressed", String(a.partial));
      none.checked = !a.partial && a.none;
      q.choices.forEach((c, i) => {
        boxes[i].checked = !a.partial && a.options[c.id] === "has";
        triples[i].querySelectorAll("input").forEach((r) => { r.checked = (a.options[c.id] || "") === r.value; });
      });
    };
    return h("div", { class: "control multi-choice", role: "group", "aria-labelledby": textId, "aria-describedby": describedBy },
      list, noneRow, h("p", { class: "partial-hint partial-only", say: "partial_hint" }), h("p", { class: "partial-switch" }, partial));
  }

  // Complete → partial keeps what is ticked as "has"; partial → complete keeps "has".
  function togglePartial(q, a) {
    a.partial = !a.partial;
    for (const [id, mark] of Object.entries(a.options)) if (mark !== "has") delete a.options[id];
    a.none = false;
    if (a.mode === "value" || a.mode === "") a.mode = Object.keys(a.options).length ? "value" : "";
    changed(q);
  }

  // A number; or, with "I know it only roughly" pressed, what is known of it: at least, at most or
  // both (each box may stay empty).
  function numberInput(q, a, base, textId, describedBy, refs) {
    const unit = () => (pick(q.unit) && bounds(q) ? pick(q.unit) + " (" + bounds(q) + ")" : pick(q.unit) || bounds(q));
    const input = numberBox(q, base + "-input", "", describedBy + " " + base + "-unit", refs, (text) => setValue(a, text));
    input.setAttribute("aria-labelledby", textId);
    const rangeDescribed = describedBy + " " + base + "-approx-hint " + base + "-range-unit";
    const least = numberBox(q, base + "-at-least", "at-least", rangeDescribed, refs, (text) => setBound(a, "atLeast", text));
    const most = numberBox(q, base + "-at-most", "at-most", rangeDescribed, refs, (text) => setBound(a, "atMost", text));
    const approx = h("button", { type: "button", class: "link-button", "aria-pressed": "false", id: base + "-approx",
                                 say: "approx_toggle", onclick: () => toggleApprox(q, a) });
    refs.show = () => {
      refs.el.classList.toggle("approx", a.approx);
      approx.setAttribute("aria-pressed", String(a.approx));
      for (const [box, typed] of [[input, a.value], [least, a.atLeast], [most, a.atMost]]) if (box.value !== typed) box.value = typed;
    };
    return h("div", { class: "control number-control" },
      h("div", { class: "number-row exact-only" }, input, live(h("span", { class: "unit", id: base + "-unit" }), unit)),
      h("div", { class: "number-row approx-only", role: "group", "aria-labelledby": textId },
        h("label", { for: least.id, say: "approx_at_least" }), least,
        h("label", { for: most.id, say: "approx_at_most" }), most,
        live(h("span", { class: "unit", id: base + "-range-unit" }), unit)),
      h("p", { class: "hint approx-only", id: base + "-approx-hint", say: "approx_hint" }),
      h("p", { class: "approx-switch" }, approx));
  }

  // A box a number is typed in: kept as typed, and written with ASCII digits once it is left.
  function numberBox(q, id, kind, describedBy, refs, keep) {
    const box = h("input", { type: "text", inputmode: "decimal", id, class: kind ? "number " + kind : "number",
                             "aria-describedby": describedBy, autocomplete: "off",
                             oninput: () => { keep(box.value.trim() ? box.value : ""); changed(q); },
                             onchange: () => { box.value = normalizeNumber(box.value); refs.touched = true; keep(box.value); changed(q); } });
    return box;
  }

  function setBound(a, key, value) {
    a[key] = value;
    a.mode = a.atLeast || a.atMost ? "value" : "";
  }

  // Exact ↔ approximate: what was typed on the other side stays for when the operator comes back.
  function toggleApprox(q, a) {
    a.approx = !a.approx;
    if (a.mode === "value" || a.mode === "") a.mode = parsedValue(q, a).empty ? "" : "value";
    changed(q);
  }

  function bounds(q) {
    const has = (x) => x !== undefined && x !== null;
    if (has(q.min) && has(q.max)) return t("range", { min: q.min, max: q.max });
    if (has(q.min)) return t("at_least", { min: q.min });
    if (has(q.max)) return t("at_most", { max: q.max });
    return "";
  }

  function dateInput(q, a, base, textId, describedBy, refs) {
    const input = h("input", { type: "text", inputmode: "numeric", id: base + "-input", class: "date",
                               placeholder: "YYYY-MM-DD", autocomplete: "off", "aria-labelledby": textId,
                               "aria-describedby": describedBy + " " + base + "-hint",
                               oninput: () => { a.never = false; setValue(a, input.value.trim() ? input.value : ""); changed(q); },
                               onchange: () => { input.value = normalizeDate(input.value); refs.touched = true; a.value = input.value; changed(q); } });
    let never = null;
    if (q.never) {
      never = h("input", { type: "checkbox", id: base + "-never", onchange: () => {
        a.never = never.checked;
        if (a.never) a.value = "";
        setValue(a, a.value);
        changed(q);
      } });
    }
    refs.show = () => {
      if (input.value !== a.value) input.value = a.value;
      if (never) never.checked = a.never;
    };
    return h("div", { class: "control date-control" },
      h("div", { class: "date-row" }, input,
        never ? h("label", { class: "option never", for: never.id }, never, live(h("span"), () => pick(q.never))) : null),
      h("p", { class: "hint", id: base + "-hint", say: "date_hint" }));
  }

  function textInput(q, a, base, textId, describedBy, refs) {
    const area = h("textarea", { id: base + "-input", rows: "2", "aria-labelledby": textId, "aria-describedby": describedBy,
                                 oninput: () => { setValue(a, area.value.trim() ? area.value : ""); changed(q); } });
    refs.show = () => { if (area.value !== a.value) area.value = a.value; };
    return h("div", { class: "control text-control" }, area);
  }

  // Don't know, not applicable, met another way; a comment; clear.
  function buildModes(q, a, base, refs) {
    const row = h("div", { class: "modes", role: "group" });
    live(row, "other_answers", "aria-label");
    for (const mode of ["unknown", "na", "alternative"]) {
      refs.mode[mode] = button(mode === "unknown" ? "dont_know" : mode === "na" ? "not_applicable" : "alternative", () => {
        a.mode = a.mode === mode ? (parsedValue(q, a).empty ? "" : "value") : mode;
        changed(q);
        if (a.mode === "na" || a.mode === "alternative") refs.reasonInput.focus();
      }, { class: "mode mode-" + mode, "aria-pressed": "false", id: base + "-" + mode });
      row.append(refs.mode[mode]);
    }
    refs.noteToggle = button("comment", () => {
      refs.noteOpen = !refs.noteOpen;
      showNote(refs);
      if (refs.noteOpen) refs.commentInput.focus();
    }, { class: "link-button", "aria-expanded": "false", "aria-controls": base + "-note", id: base + "-comment-toggle" });
    row.append(h("span", { class: "spacer" }), refs.noteToggle,
      button("clear", () => {
        Object.assign(a, { mode: "", value: "", never: false, options: Object.create(null), none: false, atLeast: "",
                           atMost: "", reason: "" });
        changed(q);
      }, { class: "link-button", id: base + "-clear" }));
    return row;
  }

  function buildReason(a, base, refs) {
    refs.reasonInput = h("textarea", { id: base + "-reason", rows: "2", "aria-describedby": base + "-message",
                                       oninput: () => { a.reason = refs.reasonInput.value; changed(); } });
    refs.reasonLabel = h("label", { for: base + "-reason" });
    refs.reason = h("div", { class: "reason", hidden: true }, refs.reasonLabel, refs.reasonInput);
    return refs.reason;
  }

  function buildNote(a, base, refs) {
    // placeholder " ": an empty box is :placeholder-shown, which printing leaves out.
    refs.commentInput = h("textarea", { id: base + "-comment", rows: "2", placeholder: " ",
                                        oninput: () => { a.comment = refs.commentInput.value; changed(); } });
    refs.evidenceInput = h("textarea", { id: base + "-evidence", rows: "2", placeholder: " ",
                                         oninput: () => { a.evidence = refs.evidenceInput.value; changed(); } });
    refs.note = h("div", { class: "note", id: base + "-note", hidden: true },
      h("div", { class: "note-field" }, h("label", { for: refs.commentInput.id, say: "comment_label" }), refs.commentInput),
      h("div", { class: "note-field" }, h("label", { for: refs.evidenceInput.id, say: "evidence_label" }), refs.evidenceInput));
    return refs.note;
  }

  function showNote(refs) {
    refs.note.hidden = !refs.noteOpen;
    refs.noteToggle.setAttribute("aria-expanded", String(!!refs.noteOpen));
  }

  // Puts the model of one question into its controls (after opening a file or a draft).
  function showAnswer(q) {
    const refs = ui.questions.get(q.id);
    if (!refs) return;
    const a = answerOf(q.id);
    refs.show();
    refs.reasonInput.value = a.reason;
    refs.commentInput.value = a.comment;
    refs.evidenceInput.value = a.evidence;
    refs.noteOpen = refs.noteOpen || !!(a.comment || a.evidence);
    showNote(refs);
  }

  // ---- Refreshing: skip logic, progress, messages ---------------------------------------------

  function refresh() {
    const ctx = skipContext();
    let asked = 0, answered = 0;
    for (const [id, sec] of ui.sections) {
      let sAsked = 0, sAnswered = 0;
      for (const q of sec.questions) {
        const isAsked = ctx.isAsked(q);
        const r = assess(q);
        showQuestionState(q, r, isAsked);
        if (!isAsked) continue;
        sAsked++;
        if (r.status && r.status !== "invalid") sAnswered++;
      }
      const skipped = sAsked === 0;
      sec.el.hidden = skipped;
      sec.progressText.textContent = skipped ? "" : t("section_progress", { answered: sAnswered, asked: sAsked });
      const toc = ui.toc.get(id);
      toc.count.textContent = skipped ? t("not_asked") : sAnswered + "/" + sAsked;
      toc.item.classList.toggle("skipped", skipped);
      toc.item.classList.toggle("done", !skipped && sAnswered === sAsked);
      if (skipped) toc.link.removeAttribute("href"); else toc.link.setAttribute("href", "#section-" + id);
      asked += sAsked;
      answered += sAnswered;
    }
    const progress = document.getElementById("progress");
    progress.max = Math.max(asked, 1);
    progress.value = answered;
    document.getElementById("progress-text").textContent =
      t("progress", { answered, asked, percent: asked ? Math.floor((answered * 100) / asked) : 0 });
    showOrgMessages();
    updateSaveProblems();
  }

  function showQuestionState(q, r, isAsked) {
    const refs = ui.questions.get(q.id);
    const a = answerOf(q.id);
    refs.el.hidden = !isAsked;
    refs.el.classList.toggle("answered", r.status !== "" && r.status !== "invalid");
    refs.el.classList.toggle("special", ["unknown", "na", "alternative"].includes(a.mode));
    for (const [mode, b] of Object.entries(refs.mode)) b.setAttribute("aria-pressed", String(a.mode === mode));
    const needsReason = a.mode === "na" || a.mode === "alternative";
    refs.reason.hidden = !needsReason;
    if (needsReason) refs.reasonLabel.textContent = t(a.mode === "na" ? "na_reason" : "alternative_reason");
    // A value is judged once its field was left (or a save tried); a missing reason at once.
    const due = r.problem && (r.onSave ? state.triedSave : needsReason || refs.touched || state.triedSave);
    const problem = due ? r.problem : r.warning;
    setMessage(refs.message, problem ? t(problem[0], problem[1]) : "", !due);
    // The message sits under what it is about: the value, the reason, or the comment.
    const about = due && r.onSave ? refs.note : due && needsReason && r.status === "invalid" ? refs.reason : refs.control;
    if (refs.message.previousElementSibling !== about) about.after(refs.message);
    const invalid = !!due;
    refs.el.classList.toggle("invalid", invalid);
    refs.el.querySelectorAll("input[type=text], textarea").forEach((x) => x.removeAttribute("aria-invalid"));
    if (invalid) {
      const target = r.status === "invalid" && needsReason ? refs.reasonInput
        : refs.el.querySelector(r.field ? ".control input." + r.field : ".control input[type=text]");
      if (target) target.setAttribute("aria-invalid", "true");
    }
  }

  function setMessage(el, text, warning) {
    el.hidden = !text;
    el.textContent = text;
    el.classList.toggle("warning", !!warning);
  }

  function orgProblems() {
    const out = [];
    if (!state.org.name.trim()) out.push(["org-name", () => t("err_org_name")]);
    for (const [key, list] of [["sector", DATA.sectors], ["size", DATA.sizes]]) {
      const found = state.org[key];
      if (found && !list.some((e) => e.id === found)) out.push(["org-" + key, () => t("err_not_listed", { found })]);
    }
    const d = state.org.date.trim();
    const p = parsePeriod(d, true);
    if (!d) out.push(["org-date", () => t("err_assessment_date_missing")]);
    else if (p.problem) out.push(["org-date", () => t(p.problem[0], p.problem[1])]);
    return out;
  }

  // The organisation's messages show once a field was touched or a save was tried; a sector or
  // size that is not in its list (it came from a file) at once.
  function showOrgMessages() {
    const problems = new Map(orgProblems());
    for (const id of ["org-name", "org-sector", "org-size", "org-date"]) {
      const input = document.getElementById(id);
      const show = (input.dataset.touched || state.triedSave || input.tagName === "SELECT") && problems.has(id);
      setMessage(document.getElementById(id + "-message"), show ? problems.get(id)() : "");
      if (show) input.setAttribute("aria-invalid", "true"); else input.removeAttribute("aria-invalid");
    }
  }

  function changed(q) {
    if (q) showAnswer(q);
    refresh();
    saveDraft();
  }

  // ---- The draft in localStorage ----------------------------------------------------------------

  function saveDraft() {
    if (!state.storage) return;
    const answers = {};
    for (const [id, a] of Object.entries(state.answers)) {
      if (a.mode || a.value || a.comment || a.evidence || a.reason || a.never || a.none || a.approx || a.atLeast || a.atMost ||
          Object.keys(a.options).length) answers[id] = a;
    }
    const draft = { version: DRAFT_VERSION, saved: new Date().toISOString(), lang: state.lang, org: state.org, answers };
    try {
      window.localStorage.setItem(DATA.draft_key, JSON.stringify(draft));
    } catch (e) {
      state.storage = false;
      notify("draft-notice", "error", () => t("draft_unavailable"));
    }
  }

  function loadDraft() {
    let draft = null;
    try {
      draft = JSON.parse(window.localStorage.getItem(DATA.draft_key) || "null");
    } catch (e) {
      draft = null;
    }
    if (!draft || draft.version !== DRAFT_VERSION || typeof draft.answers !== "object") return false;
    for (const key of Object.keys(state.org)) if (typeof (draft.org || {})[key] === "string") state.org[key] = draft.org[key];
    for (const [id, saved] of Object.entries(draft.answers)) {
      if (!BY_ID.has(id) || !saved || typeof saved !== "object") continue;
      Object.assign(answerOf(id), blankAnswer(), sanitizeDraft(saved));
    }
    if (draft.lang === "ja" || draft.lang === "en") state.lang = draft.lang;
    const when = new Date(draft.saved);
    notify("draft-notice", "info", () => t("draft_restored", { time: isNaN(when) ? "" : when.toLocaleString(state.lang) }));
    return true;
  }

  // Only the fields and types of an answer model, whatever the stored draft holds.
  function sanitizeDraft(saved) {
    const out = {};
    for (const key of ["mode", "value", "atLeast", "atMost", "reason", "comment", "evidence"]) if (typeof saved[key] === "string") out[key] = saved[key];
    for (const key of ["never", "partial", "none", "approx"]) out[key] = saved[key] === true;
    out.options = Object.create(null);
    for (const [id, mark] of Object.entries(saved.options || {})) if (mark === "has" || mark === "lacks") out.options[id] = mark;
    if (!["", "value", "unknown", "na", "alternative"].includes(out.mode)) out.mode = "";
    return out;
  }

  function startOver() {
    if (!window.confirm(t("start_over_confirm"))) return;
    clearAnswers();
    for (const key of Object.keys(state.org)) state.org[key] = "";
    state.org.date = isoToday();
    state.triedSave = false;
    try { window.localStorage.removeItem(DATA.draft_key); } catch (e) { /* nothing kept */ }
    showAll();
    ["draft-notice", "file-notice", "save-notice"].forEach((id) => notify(id));
    refresh();
    saveDraft();
  }

  function isoToday() {
    const now = new Date();
    return [now.getFullYear(), String(now.getMonth() + 1).padStart(2, "0"), String(now.getDate()).padStart(2, "0")].join("-");
  }

  function showAll() {
    for (const key of ["name", "sector", "size", "date", "assessor", "scope"]) {
      const el = document.getElementById("org-" + key);
      if (key === "sector" || key === "size") ensureListedOption(key, state.org[key]);
      el.value = state.org[key];
    }
    // Values from a file or a draft are judged at once.
    for (const q of QUESTIONS) {
      if (!ui.questions.has(q.id)) continue;
      showAnswer(q);
      const a = answerOf(q.id);
      ui.questions.get(q.id).touched = a.value !== "" || a.atLeast !== "" || a.atMost !== "";
    }
  }

  // A sector or size not in its list (from an older file) is shown as it was written, with a
  // message (orgProblems), until one from the list is chosen.
  function ensureListedOption(key, value) {
    const select = document.getElementById("org-" + key);
    if (!value || Array.from(select.options).some((o) => o.value === value)) return;
    select.append(h("option", { value, text: value }));
  }

  // A sector or size as tenken check compares it (engine/load/answers_loader.cc): full-width forms
  // as ASCII, 〜 as ~, no spaces or digit-group commas, letters in lower case.
  const folded = (text) => text.normalize("NFKC").replace(/\u301c/g, "~").replace(/[\s,]/g, "").toLowerCase();

  // The id of the entry of `list` that `written` names, as check reads it: its id, or its name in
  // either language (also without a closing note in parentheses); else `written` as it is.
  function listedId(list, written) {
    const f = folded(written);
    const names = (n) => n === f || (n.endsWith(")") && n.indexOf("(") > 0 && n.slice(0, n.indexOf("(")) === f);
    const entry = f ? list.find((e) => [e.id, e.text.ja, e.text.en].map(folded).some(names)) : null;
    return entry ? entry.id : written;
  }

  // ---- Opening an answer file ---------------------------------------------------------------------

  function openFile(e) {
    const input = e.target;
    const file = input.files && input.files[0];
    input.value = "";
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) return notify("file-notice", "error", () => t("open_too_large", { file: file.name }));
    if (/\.csv$/i.test(file.name)) return notify("file-notice", "error", () => t("open_csv", { file: file.name }));
    const reader = new FileReader();
    reader.onload = () => openText(file.name, String(reader.result));
    reader.onerror = () => notify("file-notice", "error", () => t("open_unreadable", { file: file.name }));
    reader.readAsText(file, "utf-8");
  }

  // Exposed for the page's tests as well: reads an answer file's text into the form.
  function openText(name, text) {
    let doc;
    const json = /^\s*\{/.test(text);
    try {
      doc = json ? JSON.parse(text) : window.jsyaml.load(text.replace(/^\uFEFF/, ""), { schema: window.jsyaml.CORE_SCHEMA });
    } catch (err) {
      const error = String(err.message || err).split("\n")[0];
      return notify("file-notice", "error", () => t("open_parse_error", { file: name, error }));
    }
    if (!doc || typeof doc !== "object" || Array.isArray(doc) || (doc.answers !== undefined && doc.answers !== null &&
        (typeof doc.answers !== "object" || Array.isArray(doc.answers)))) {
      return notify("file-notice", "error", () => t("open_not_answers", { file: name }));
    }
    if (hasAnswers() && !window.confirm(t("open_confirm", { file: name }))) return;
    const result = importAnswers(doc, json);
    state.triedSave = false;
    showAll();
    refresh();
    saveDraft();
    notify("draft-notice");
    const lines = () => result.problems.map(([id, [key, vars]]) => id + ": " + t(key, vars))
      .concat(result.unknown.length ? [t("open_unknown_ids", { ids: result.unknown.join(", ") })] : []);
    const troubled = result.problems.length || result.unknown.length;
    notify("file-notice", troubled ? "warning" : "success",
           () => t(troubled ? "opened_with_problems" : "opened", { file: name, count: result.count }), lines);
  }

  function hasAnswers() {
    return Object.values(state.answers).some((a) => a.mode || a.comment) || state.org.name.trim() !== "";
  }

  function scalarText(v) {
    if (v === null || v === undefined) return "";
    if (typeof v === "boolean") return v ? "yes" : "no";
    return typeof v === "object" ? null : String(v);
  }

  function importAnswers(doc, json) {
    const org = doc.organization && typeof doc.organization === "object" ? doc.organization : {};
    const as = doc.assessment && typeof doc.assessment === "object" ? doc.assessment : {};
    state.org = { name: scalarText(org.name) || "", sector: listedId(DATA.sectors, scalarText(org.sector) || ""),
                  size: listedId(DATA.sizes, scalarText(org.size) || ""), date: scalarText(as.date) || "",
                  assessor: scalarText(as.assessor) || "", scope: scalarText(as.scope) || "" };
    clearAnswers();
    const result = { count: 0, problems: [], unknown: [] };
    for (const [id, raw] of Object.entries(doc.answers || {})) {
      const q = BY_ID.get(id);
      if (!q) { result.unknown.push(id); continue; }
      if (raw === null || raw === undefined || raw === "") continue;
      const a = blankAnswer();
      const problem = importAnswer(q, raw, a, json);
      if (problem) { result.problems.push([q.id, problem]); continue; }
      Object.assign(answerOf(id), a);
      result.count++;
    }
    return result;
  }

  const problemOf = (key, vars) => [key, vars || {}];

  // Fills `a` from one answer as written; returns what is wrong with it ([key, vars]), or "".
  function importAnswer(q, raw, a, json) {
    if (typeof raw !== "object" || Array.isArray(raw)) return importValue(q, raw, a, json);
    const keys = Object.keys(raw);
    const unknownKey = keys.find((k) => !["value", "na", "alternative", "has", "lacks", "at_least", "at_most", "comment",
                                          "evidence"].includes(k));
    if (unknownKey) return problemOf("open_unknown_key", { key: unknownKey });
    a.comment = scalarText(raw.comment) || "";
    const evidence = raw.evidence === undefined || raw.evidence === null ? [] : Array.isArray(raw.evidence) ? raw.evidence : [raw.evidence];
    a.evidence = evidence.map(scalarText).filter((x) => x).join("\n");
    if ("na" in raw) { a.mode = "na"; a.reason = scalarText(raw.na) || ""; return ""; }
    if ("alternative" in raw) { a.mode = "alternative"; a.reason = scalarText(raw.alternative) || ""; return ""; }
    if ("has" in raw || "lacks" in raw) return importPartial(q, raw, a);
    if ("at_least" in raw || "at_most" in raw) return importRange(q, raw, a);
    const inner = raw.value && typeof raw.value === "object" && !Array.isArray(raw.value) ? raw.value : null;
    if (inner) return "at_least" in inner || "at_most" in inner ? importRange(q, inner, a) : importPartial(q, inner, a);
    if ("value" in raw && raw.value !== null) return importValue(q, raw.value, a, json);
    return a.comment || a.evidence ? problemOf("open_comment_only") : "";
  }

  function importPartial(q, raw, a) {
    if (q.type !== "multi_choice") return problemOf("open_partial_not_multi");
    a.partial = true;
    for (const [key, mark] of [["has", "has"], ["lacks", "lacks"]]) {
      const items = raw[key] === undefined || raw[key] === null ? [] : raw[key];
      if (!Array.isArray(items)) return problemOf("open_expected_list", { key });
      for (const item of items) {
        const id = scalarText(item);
        if (!q.choices.some((c) => c.id === id)) return problemOf("open_bad_choice", { found: id, choices: choiceIds(q) });
        a.options[id] = mark;
      }
    }
    a.mode = Object.keys(a.options).length ? "value" : "";
    return "";
  }

  // {at_least: 30, at_most: 60}, either side or both: what is known of a number.
  function importRange(q, raw, a) {
    if (q.type !== "number") return problemOf("open_range_not_number");
    for (const [key, field] of [["at_least", "atLeast"], ["at_most", "atMost"]]) {
      const text = scalarText(raw[key]);
      if (text === null) return problemOf("open_mapping_value");
      a[field] = text;
    }
    a.approx = true;
    a.mode = a.atLeast || a.atMost ? "value" : "";
    return "";
  }

  const choiceIds = (q) => q.choices.map((c) => c.id).join(", ");

  function importValue(q, raw, a, json) {
    if (Array.isArray(raw)) {
      if (q.type !== "multi_choice") return problemOf("open_list_not_multi");
      for (const item of raw) {
        const id = scalarText(item);
        if (!q.choices.some((c) => c.id === id)) return problemOf("open_bad_choice", { found: id, choices: choiceIds(q) });
        a.options[id] = "has";
      }
      a.none = raw.length === 0;
      a.mode = "value";
      return "";
    }
    const text = scalarText(raw);
    if (text === null) return problemOf("open_mapping_value");
    // In YAML `unknown` is "don't know"; in JSON "unknown" is, except for text and a choice of that id.
    const choiceNamed = q.choices && q.choices.some((c) => c.id === text);
    if (text === "unknown" && !choiceNamed && !(json && q.type === "text")) { a.mode = "unknown"; return ""; }
    a.mode = "value";
    switch (q.type) {
      case "bool": {
        const w = text.toLowerCase();
        if (!["yes", "no", "true", "false"].includes(w)) return problemOf("open_bad_bool", { found: text });
        a.value = w === "yes" || w === "true" ? "yes" : "no";
        return "";
      }
      case "choice":
        if (!choiceNamed) return problemOf("open_bad_choice", { found: text, choices: choiceIds(q) });
        a.value = text;
        return "";
      case "multi_choice": return problemOf("open_bad_multi", { found: text });
      case "date":
        if (text === "never" && q.never) { a.never = true; a.value = ""; return ""; }
        a.value = text;
        return "";
      default:
        a.value = text;
        return "";
    }
  }

  // ---- Saving -----------------------------------------------------------------------------------------

  // A JSON string, which is a YAML double-quoted scalar, with what YAML cannot hold raw escaped:
  // DEL, C1 controls, U+2028/U+2029, U+FFFE/U+FFFF; a lone surrogate becomes U+FFFD.
  function quote(text) {
    let s = "";
    for (const ch of String(text)) {
      const c = ch.codePointAt(0);
      s += c >= 0xd800 && c <= 0xdfff ? "\ufffd" : ch;
    }
    return JSON.stringify(s).replace(/[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/g,
      (c) => "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0"));
  }

  const plainKey = (id) => (/^[A-Za-z_][A-Za-z0-9_.-]*$/.test(id) ? id : quote(id));
  const numberText = (typed) => normalizeNumber(typed).replace(/^\+/, "");
  const flowList = (items) => "[" + items.map(quote).join(", ") + "]";

  // The answer's main part as [key, YAML] pairs.
  function answerParts(q, a) {
    if (a.mode === "unknown") return [["value", "unknown"]];
    if (a.mode === "na") return [["na", quote(a.reason.trim())]];
    if (a.mode === "alternative") return [["alternative", quote(a.reason.trim())]];
    switch (q.type) {
      case "bool": return [["value", a.value]];
      case "number":
        if (!a.approx) return [["value", numberText(a.value)]];
        return [["at_least", numberText(a.atLeast)], ["at_most", numberText(a.atMost)]].filter(([, text]) => text);
      case "date": return [["value", a.never && q.never ? "never" : normalizeDate(a.value)]];
      case "choice": case "text": return [["value", quote(a.value)]];
      default: {
        const marked = (mark) => q.choices.filter((c) => a.options[c.id] === mark).map((c) => c.id);
        if (!a.partial) return [["value", flowList(a.none ? [] : marked("has"))]];
        return [["has", flowList(marked("has"))], ["lacks", flowList(marked("lacks"))]];
      }
    }
  }

  // `value` alone is written bare, any other main part alone in braces ({na: ...},
  // {at_least: 30, at_most: 60}); with a comment or evidence, the answer takes lines of its own.
  function answerYaml(q, a) {
    const main = answerParts(q, a), notes = [];
    if (a.comment.trim()) notes.push(["comment", quote(a.comment.trim())]);
    const evidence = a.evidence.split("\n").map((x) => x.trim()).filter(Boolean);
    if (evidence.length) notes.push(["evidence", flowList(evidence)]);
    const key = "  " + plainKey(q.id) + ":";
    if (!notes.length && main.length === 1 && main[0][0] === "value") return key + " " + main[0][1] + "\n";
    if (!notes.length) return key + " {" + main.map(([k, v]) => k + ": " + v).join(", ") + "}\n";
    return key + "\n" + main.concat(notes).map(([k, v]) => "    " + k + ": " + v + "\n").join("");
  }

  // The answer file as text, or null with the problems that keep it from being one.
  function answersFile() {
    const ctx = skipContext();
    const problems = orgProblems();
    const lines = [];
    for (const s of SECTIONS) {
      const entries = [];
      for (const id of s.questions) {
        const q = BY_ID.get(id);
        const a = state.answers[id];
        if (!a || !ctx.isAsked(q)) continue;
        const r = assess(q);
        if (r.problem) problems.push(["question-" + q.id, () => q.id + ": " + t(r.problem[0], r.problem[1])]);
        else if (r.status) entries.push(answerYaml(q, a));
      }
      if (entries.length) lines.push("  # " + pick(s.title).replace(/[\r\n\u2028\u2029]+/g, " ") + "\n", ...entries);
    }
    if (problems.length) return { problems };
    const o = state.org;
    const optional = (key, v) => (v.trim() ? "  " + key + ": " + quote(v.trim()) + "\n" : "");
    return { text:
      "# " + t("file_header") + "\n" +
      "organization:\n  name: " + quote(o.name.trim()) + "\n" + optional("sector", o.sector) + optional("size", o.size) +
      "assessment:\n  date: " + o.date.trim() + "\n" + optional("assessor", o.assessor) + optional("scope", o.scope) +
      (lines.length ? "answers:\n" + lines.join("") : "answers: {}\n") };
  }

  function fileName() {
    const safe = (s) => s.trim().replace(/[\u0000-\u001f\u007f/\\:*?"<>|\s]+/g, "_").slice(0, 60);
    return [safe(state.org.name) || "answers", safe(state.org.date)].filter(Boolean).join("-") + ".yaml";
  }

  // Shows why the file cannot be saved, each problem a link to its field. The list follows the
  // answers as they are corrected and goes when nothing is left to correct.
  function showProblems() {
    state.triedSave = true;
    refresh();
    const note = document.getElementById("save-notice");
    if (note) note.scrollIntoView({ block: "nearest" });
  }

  function updateSaveProblems() {
    if (!state.triedSave || (activeNotices.has("save-notice") && activeNotices.get("save-notice")[0] !== "error")) return;
    const problems = answersFile().problems || [];
    if (!problems.length) return notify("save-notice");
    notify("save-notice", "error", () => t("save_blocked", { count: problems.length }),
      () => problems.map(([id, text]) => h("a", { href: "#" + id, text: text(), onclick: (e) => { e.preventDefault(); focusField(id); } })));
  }

  function focusField(id) {
    const el = document.getElementById(id);
    if (!el) return;
    el.scrollIntoView({ block: "center" });
    const target = el.matches("input, textarea, select") ? el : el.querySelector("[aria-invalid=true], input, textarea");
    if (target) target.focus({ preventScroll: true });
  }

  function saveFile() {
    const file = answersFile();
    if (!file.text) return showProblems();
    const name = fileName();
    const link = h("a", { href: URL.createObjectURL(new Blob([file.text], { type: "application/yaml" })), download: name });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 60000);
    state.triedSave = false;
    notify("save-notice", "success", () => t("saved", { file: name }));
    document.getElementById("text-output").value = file.text;
  }

  function buildTextDialog() {
    const area = h("textarea", { id: "text-output", readonly: true, rows: "18", spellcheck: "false", "aria-labelledby": "text-title" });
    const status = h("span", { class: "copy-status", role: "status" });
    const dialog = h("dialog", { id: "text-dialog", "aria-labelledby": "text-title" },
      h("h2", { id: "text-title", say: "text_title" }),
      h("p", { class: "hint", say: "text_hint" }),
      area,
      h("p", { class: "dialog-actions" },
        button("copy", () => copyText(area, status), { class: "primary", id: "copy" }), status,
        button("close", () => dialog.close(), { id: "close-text" })));
    return dialog;
  }

  function showText() {
    const file = answersFile();
    if (!file.text) return showProblems();
    document.getElementById("text-output").value = file.text;
    const dialog = document.getElementById("text-dialog");
    dialog.querySelector(".copy-status").textContent = "";
    dialog.showModal();
  }

  function copyText(area, status) {
    const done = () => { status.textContent = t("copied"); };
    area.select();
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(area.value).then(done, () => { document.execCommand("copy"); done(); });
    } else {
      document.execCommand("copy");
      done();
    }
  }

  // ---- Start ----------------------------------------------------------------------------------

  const app = document.getElementById("app");
  buildPage(app);
  document.getElementById("org-name").addEventListener("blur", (e) => { e.target.dataset.touched = "1"; refresh(); });
  document.getElementById("org-date").addEventListener("blur", (e) => { e.target.dataset.touched = "1"; refresh(); });
  try {
    window.localStorage.getItem(DATA.draft_key);
  } catch (e) {
    state.storage = false;
  }
  if (!state.storage || !loadDraft()) state.org.date = isoToday();
  if (!state.storage) notify("draft-notice", "error", () => t("draft_unavailable"));
  showAll();
  app.hidden = false;
  setLanguage(state.lang);
  // For tests and for programs that drive the page: the answer file as it would be saved.
  window.tenkenForm = { answersFile: () => answersFile(), openText };
})();
