#!/usr/bin/env python3
"""tenken's benchmarks: the figures of issue 13, as medians, from one command.

    python3 bench/run.py [--build DIR] [--runs N] [--files N] [--batch-files N] [--no-js]

Needs a built tenken (cmake --build build), PyYAML and GNU time (scripts/setup --tests installs
both).
Generates synthetic answer files (bench/generate_answers.py, fixed seed) into a temporary folder
and measures, on whatever machine it runs:

  check one file        `tenken check` end to end, built-in library included: wall time and peak
                        memory (RSS) of the whole process, median of --runs runs, for a YAML and a
                        JSON answer file, writing the terminal report and the JSON Result
  start-up              `tenken version`: reading the built-in library and nothing else
  files in a loop       `tenken check` over --files files one after another, as a shell loop
                        would: files per second
  batch                 `tenken batch` over --batch-files YAML files and as many JSON files, one
                        worker per core, writing each Result: files per second and peak RSS
  aggregate             `tenken aggregate` over the Results batch wrote for the YAML files, as a
                        terminal report and as HTML: wall time and peak RSS
  in-process stages     build/bench_evaluate: parsing the library's YAML, reading the library
                        image, compiling, binding one answer file, evaluating every rule
  json-rules-engine     the same 20 rules in json-rules-engine (npm), on the batch's JSON files
                        (bench/json-rules-engine/README.md): its verdicts checked against tenken's
                        states first, then evaluation in process (build/bench_rules_subset against
                        engine.run) and end to end (tenken batch against a Node script), with the
                        ratios. Needs node and npm (scripts/setup --bench); runs `npm ci` there when
                        node_modules is missing; skipped, saying so, without them or with --no-js

Every figure is a median; the spread (min..max) is shown beside it. Nothing here passes or fails:
the figures go into the README's performance section with this command.
"""
import argparse
import os
import pathlib
import json
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent


def run_once(argv, peak_file):
    """Wall seconds and peak RSS (MiB) of one run of argv; output thrown away; exit code checked.
    GNU time reads the peak, since a child forked from Python would count Python's memory too."""
    start = time.perf_counter()
    proc = subprocess.run(["/usr/bin/time", "-f", "%M", "-o", peak_file, *argv], cwd=ROOT,
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - start
    if proc.returncode not in (0, 2):  # 2: gaps at or above --fail-on, which is a report, not a failure
        sys.exit(f"bench: {' '.join(map(str, argv))} exited {proc.returncode}:\n{proc.stderr}")
    kib = pathlib.Path(peak_file).read_text().split()[-1]
    return wall, int(kib) / 1024


def timed(argv, runs, peak_file):
    """Median and spread of wall time (ms) over `runs` runs after one warm-up, timed by bash's
    `time` (a millisecond of overhead, where a spawn from Python costs several), and the peak RSS
    (MiB) of one more run, which also checks the exit code."""
    command = " ".join(shlex.quote(str(a)) for a in argv)
    script = f"TIMEFORMAT=%3R; for i in $(seq {runs + 1}); do time {command} >/dev/null 2>/dev/null; done"
    proc = subprocess.run(["bash", "-c", script], cwd=ROOT, capture_output=True, text=True, check=True)
    ms = [float(x) * 1000 for x in proc.stderr.split()][1:]
    _, peak = run_once(argv, peak_file)
    return statistics.median(ms), min(ms), max(ms), peak


def row(name, figure, spread="", note=""):
    print(f"  {name:<38} {figure:>16}  {spread:<22} {note}")


JRE = ROOT / "bench/json-rules-engine"


def skip_js(why):
    print(f"json-rules-engine side by side: skipped: {why}")


def json_rules_engine(args, build, tmp, out, answers, peak):
    """The same 20 rules in json-rules-engine, side by side with tenken on the same JSON answer
    files: correctness first (any disagreement stops the benchmark), then evaluation in process
    and end to end, with the ratios (the issue's targets: 100x and 10x)."""
    if not (build / "bench_rules_subset").exists():
        return skip_js(f"no {build / 'bench_rules_subset'}; build it: cmake --build {args.build}")
    node, npm = shutil.which("node"), shutil.which("npm")
    if not node or not npm:
        return skip_js(f"no {'node' if not node else 'npm'} on PATH (scripts/setup --bench installs Node.js and npm)")
    if not (JRE / "node_modules/json-rules-engine").exists():
        proc = subprocess.run([npm, "ci", "--no-audit", "--no-fund"], cwd=JRE, capture_output=True, text=True)
        if proc.returncode != 0:
            return skip_js(f"`npm ci` in {JRE.relative_to(ROOT)} failed:\n{proc.stderr.strip()}")
    version = json.loads((JRE / "node_modules/json-rules-engine/package.json").read_text())["version"]
    node_version = subprocess.run([node, "--version"], capture_output=True, text=True).stdout.strip()

    # The rules: translated afresh from rules/, into JSON for json-rules-engine and YAML for tenken
    # (the same 20 rules, alone: the questionnaire, categories and cases beside them).
    jre, lib = tmp / "jre", tmp / "jre/lib"
    lib.mkdir(parents=True)
    subprocess.run([sys.executable, JRE / "translate.py", "-o", jre / "rules.json", "--library-dir", lib], check=True)
    if (jre / "rules.json").read_text(encoding="utf-8") != (JRE / "rules.json").read_text(encoding="utf-8"):
        print(f"  note: {JRE.relative_to(ROOT)}/rules.json is out of date with rules/ (python3 "
              f"{(JRE / 'translate.py').relative_to(ROOT)} rewrites it); measuring the fresh translation")
    for f in (ROOT / "checklists").glob("*.yaml"):
        shutil.copy(f, lib / f"checklist-{f.name}")
    shutil.copy(ROOT / "rules/categories.yaml", lib)
    shutil.copytree(ROOT / "rules/cases", lib / "cases")
    rule_ids = list(json.loads((jre / "rules.json").read_text(encoding="utf-8"))["tenken_rules"])
    bench_js = [node, JRE / "bench.js"]
    twenty = ["--no-builtin", "--rules", lib]
    files = len(list(answers.glob("*.json")))

    # Correctness: json-rules-engine's verdict per rule and file against tenken's state.
    results = out / "jre-tenken"
    run_once([build / "tenken", "batch", answers, "-o", results, "--fail-on", "never", *twenty], peak)
    proc = subprocess.run([*bench_js, "check", answers, results, "--rules", jre / "rules.json"], cwd=ROOT,
                          capture_output=True, text=True)
    if proc.returncode != 0:
        sys.exit(f"bench: json-rules-engine and tenken disagree; the comparison would be meaningless:\n"
                 f"{proc.stdout}{proc.stderr}")
    check = json.loads(proc.stdout)
    print(f"json-rules-engine {version} (Node {node_version}) side by side: the same {len(rule_ids)} rules "
          f"(bench/json-rules-engine), {files} JSON files")
    v = check["jre"]
    print(f"  correctness: all {check['verdicts']:,} verdicts agree with tenken's states (pass {v['pass']:,}, "
          f"fail {v['fail']:,}, undecided {v['undecided']:,}: tenken's "
          + ", ".join(f"{k} {n:,}" for k, n in sorted(check["tenken"].items()) if k not in ("pass", "fail"))
          + f"); {check['rules_reaching_every_verdict']} of the {len(rule_ids)} rules reach all three verdicts")

    # Evaluation in process: the same files, parsed and bound (facts prepared) once.
    eval_files, rounds = min(files, 200), 9
    proc = subprocess.run([*bench_js, "evaluate", answers, "--files", str(eval_files), "--rounds", str(rounds),
                           "--rules", jre / "rules.json"], cwd=ROOT, capture_output=True, text=True, check=True)
    js = json.loads(proc.stdout)
    proc = subprocess.run([build / "bench_rules_subset", answers, str(eval_files), str(rounds), *rule_ids], cwd=ROOT,
                          capture_output=True, text=True, check=True)
    cc = json.loads(proc.stdout)
    print(f"  evaluation in process, per answer set ({eval_files} files, median of {rounds} rounds):")

    def us(f):
        return f"{f['median']:.1f} µs", f"{f['min']:.1f}..{f['max']:.1f} µs"

    jv, tv = js["three_valued"], cc["subset"]
    row(f"json-rules-engine, {jv['jre_rules']} rules", *us(jv), "engine.run(facts): pass and fail rules")
    row("json-rules-engine, 20 pass rules only", *us(js["pass_rules_only"]), "for scale: no fail verdict")
    td = tv["decide"]
    row(f"tenken, the {tv['rules']} rules, states only", *us(td), "what engine.run does: no Result")
    row(f"tenken, the {tv['rules']} rules, evaluate()", *us(tv), "the Result included, as check builds it")
    row(f"tenken, all {cc['library']['rules']} rules, states only", *us(cc["library"]["decide"]), "for scale")
    row(f"tenken, all {cc['library']['rules']} rules, evaluate()", *us(cc["library"]), "for scale")

    def times(a, b):  # median ratio; spread from the least to the most favourable pairing of rounds
        return f"{a['median'] / b['median']:,.0f}x", f"{a['min'] / b['max']:,.0f}..{a['max'] / b['min']:,.0f}x"

    row("evaluation: tenken faster by", *times(jv, td), "target >= 100x: states against engine.run")
    row("  evaluate(), Result included", *times(jv, tv), "")
    row("  states, against the 20 pass rules", *times(js["pass_rules_only"], td), "")
    row("(preparing facts / binding, per file)", f"{js['facts_us']:.1f} / {tv['bind_us']:.1f} µs", "",
        "json-rules-engine / tenken (20 rules)")

    # End to end: read, parse, evaluate, write one result per file, as a whole process.
    e2e_runs = max(3, args.runs // 4)
    print(f"  end to end, {files} JSON files, one result written per file (median of {e2e_runs} runs, process "
          "start included):")
    figures = {}
    for key, label, argv in (
            ("jre", "json-rules-engine (node bench.js e2e)", [*bench_js, "e2e", answers, out / "jre-e2e",
                                                               "--rules", jre / "rules.json"]),
            ("tenken", f"tenken batch, the 20 rules, {os.cpu_count()} jobs",
             [build / "tenken", "batch", answers, "-o", out / "jre-batch", "--fail-on", "never", *twenty]),
            ("tenken1", "tenken batch, the 20 rules, -j 1",
             [build / "tenken", "batch", answers, "-o", out / "jre-batch1", "--fail-on", "never", "-j", "1", *twenty]),
            ("library", f"tenken batch, whole library, {os.cpu_count()} jobs",
             [build / "tenken", "batch", answers, "-o", out / "jre-batch-all", "--fail-on", "never"])):
        ms, lo, hi, rss = timed(argv, e2e_runs, peak)
        figures[key] = ms, lo, hi
        row(label, f"{files / ms * 1000:,.0f} files/s", f"{files / hi * 1000:,.0f}..{files / lo * 1000:,.0f} files/s",
            f"{rss:.1f} MiB; {ms / 1000:.2f} s in all")

    def ratio(a, b):
        (ma, la, ha), (mb, lb, hb) = figures[a], figures[b]
        return f"{ma / mb:.1f}x", f"{la / hb:.1f}..{ha / lb:.1f}x"

    row("end to end: tenken faster by", *ratio("jre", "tenken"), "target >= 10x")
    row("  one core each (tenken -j 1)", *ratio("jre", "tenken1"), "")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--build", default="build", help="the build folder (default: build)")
    parser.add_argument("--runs", type=int, default=21, help="runs per end-to-end figure (default: 21)")
    parser.add_argument("--files", type=int, default=200, help="files for the loop figure (default: 200)")
    parser.add_argument("--batch-files", type=int, default=1000, help="files for the batch figures (default: 1000)")
    parser.add_argument("--no-js", action="store_true",
                        help="skip the json-rules-engine comparison (which needs node and npm)")
    args = parser.parse_args()
    build = (ROOT / args.build).resolve()
    tenken = build / "tenken"
    if not tenken.exists():
        sys.exit(f"bench: no {tenken}; build first: cmake -S . -B {args.build} && cmake --build {args.build}")

    with tempfile.TemporaryDirectory(prefix="tenken-bench-") as tmp:
        tmp = pathlib.Path(tmp)
        for fmt in ("yaml", "json"):
            subprocess.run([sys.executable, ROOT / "bench/generate_answers.py", tmp / fmt, str(args.files),
                            "--format", fmt, "--seed", "1"], check=True)
        yaml_file, json_file = tmp / "yaml/answers-000001.yaml", tmp / "json/answers-000001.json"
        out = tmp / "out"
        out.mkdir()
        peak = tmp / "peak"

        print(f"tenken benchmarks: {os.cpu_count()} cores, {args.runs} runs per figure, medians")
        print(f"  {'what':<38} {'median':>16}  {'min..max':<22} peak RSS (median)")
        ms, lo, hi, rss = timed(["/bin/true"], args.runs, peak)
        row("a process that does nothing (/bin/true)", f"{ms:.1f} ms", f"{lo:.1f}..{hi:.1f} ms",
            "the cost of starting any process here")
        ms, lo, hi, rss = timed([tenken, "version"], args.runs, peak)
        row("start-up (tenken version)", f"{ms:.1f} ms", f"{lo:.1f}..{hi:.1f} ms", f"{rss:.1f} MiB")
        for label, answers in (("YAML", yaml_file), ("JSON", json_file)):
            for fmt, dest in (("term", out / "report.txt"), ("json", out / "result.json")):
                ms, lo, hi, rss = timed([tenken, "check", answers, "--fail-on", "never", "--format", fmt,
                                         "-o", dest], args.runs, peak)
                row(f"check one {label} file, --format {fmt}", f"{ms:.1f} ms", f"{lo:.1f}..{hi:.1f} ms",
                    f"{rss:.1f} MiB")

        files = sorted((tmp / "yaml").glob("*.yaml"))
        start = time.perf_counter()
        for f in files:
            run_once([tenken, "check", f, "--fail-on", "never", "--format", "json", "-o", out / "r.json"], peak)
        seconds = time.perf_counter() - start
        row(f"check in a loop, {len(files)} YAML files", f"{len(files) / seconds:.1f} files/s", "",
            f"{seconds:.1f} s in all")

        for label, folder in (("YAML", "batch-yaml"), ("JSON", "batch-json")):
            subprocess.run([sys.executable, ROOT / "bench/generate_answers.py", tmp / folder, str(args.batch_files),
                            "--format", label.lower(), "--seed", "2"], check=True)
            start = time.perf_counter()
            _, rss = run_once([tenken, "batch", tmp / folder, "-o", out / folder, "--fail-on", "never"], peak)
            seconds = time.perf_counter() - start
            row(f"batch, {args.batch_files} {label} files", f"{args.batch_files / seconds:.1f} files/s", "",
                f"{rss:.1f} MiB; {seconds:.1f} s in all, Results written")

        results = out / "batch-yaml"
        for fmt in ("term", "html"):
            ms, lo, hi, rss = timed([tenken, "aggregate", results, "--format", fmt, "-o", out / f"aggregate.{fmt}"],
                                    max(3, args.runs // 7), peak)
            row(f"aggregate, {args.batch_files} Results, --format {fmt}", f"{ms / 1000:.2f} s",
                f"{lo / 1000:.2f}..{hi / 1000:.2f} s", f"{rss:.1f} MiB")

        stages = subprocess.run([build / "bench_evaluate", yaml_file, "2000"], check=True, cwd=ROOT,
                                capture_output=True, text=True).stdout
        print("in-process stages (build/bench_evaluate, one synthetic file):")
        for line in stages.splitlines()[1:-1]:
            print(f"  {line}")

        if args.no_js:
            skip_js("--no-js")
        else:
            json_rules_engine(args, build, tmp, out, tmp / "batch-json", peak)


if __name__ == "__main__":
    main()
