#!/usr/bin/env python3
"""tenken's benchmarks: the figures of issue 13, as medians, from one command.

    python3 bench/run.py [--build DIR] [--runs N] [--files N] [--batch-files N]

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

Every figure is a median; the spread (min..max) is shown beside it. Nothing here passes or fails:
the figures go into the README's performance section with this command.
"""
import argparse
import os
import pathlib
import shlex
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


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--build", default="build", help="the build folder (default: build)")
    parser.add_argument("--runs", type=int, default=21, help="runs per end-to-end figure (default: 21)")
    parser.add_argument("--files", type=int, default=200, help="files for the loop figure (default: 200)")
    parser.add_argument("--batch-files", type=int, default=1000, help="files for the batch figures (default: 1000)")
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


if __name__ == "__main__":
    main()
