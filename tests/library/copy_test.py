#!/usr/bin/env python3
"""The library's text is written in our own words: no Japanese string in rules/, rules/cases/ or
checklists/ shares a run of MIN_RUN or more characters with the NISC case reports in
../shared/seeds (facts and figures may be used, sentences may not).

Both sides are normalised first: NFKC (full-width letters and digits become ASCII, half-width
katakana full-width), then every whitespace character removed, so a copy cannot hide behind a
changed space or a full-width digit. Titles are left out: a case title and the lesson titles name
what the report names, and are short by design. Runs are compared as substrings, so a 25-character
copy is reported once, at its start, with the file, the YAML path of the string and the shared text.

The reports are not part of the repository. Where they are not at hand (a clone outside the
workspace), the test uses tests/library/seed-runs.bin instead: a sorted list of 6-byte BLAKE2b
digests of every normalised run, which says whether a run was copied without holding the reports'
text. Where the reports are at hand the test also fails if that file is stale;
`copy_test.py REPO_ROOT --update` writes it again.

usage: copy_test.py REPO_ROOT [--update] [SEEDS_DIR]   (SEEDS_DIR: REPO_ROOT/../shared/seeds)
"""
import glob
import hashlib
import os
import sys
import unicodedata

import yaml

MIN_RUN = 20
DIGEST_BYTES = 6
FINGERPRINTS = os.path.join("tests", "library", "seed-runs.bin")
SKIPPED_KEYS = {"title", "id", "source"}


def normalise(text):
    return "".join(ch for ch in unicodedata.normalize("NFKC", text) if not ch.isspace())


def digest(run):
    return hashlib.blake2b(run.encode("utf-8"), digest_size=DIGEST_BYTES).digest()


def seed_digests(seeds_dir):
    """The digest of every MIN_RUN-character substring of the normalised case reports."""
    runs = set()
    for path in sorted(glob.glob(os.path.join(seeds_dir, "*.txt"))):
        with open(path, encoding="utf-8") as f:
            text = normalise(f.read())
        runs.update(digest(text[i:i + MIN_RUN]) for i in range(len(text) - MIN_RUN + 1))
    return runs


def fingerprint_bytes(digests):
    return b"".join(sorted(digests))


def read_fingerprints(path):
    with open(path, "rb") as f:
        data = f.read()
    return {data[i:i + DIGEST_BYTES] for i in range(0, len(data), DIGEST_BYTES)}


def strings(node, path):
    """(yaml path, text) for every string in a loaded document, titles and ids left out."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key not in SKIPPED_KEYS:
                yield from strings(value, f"{path}.{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from strings(value, f"{path}[{i}]")
    elif isinstance(node, str):
        yield path, node


def copies(text, runs):
    """The shared runs of text, each reported once (the longest stretch from where it starts)."""
    found, i = [], 0
    while i <= len(text) - MIN_RUN:
        if digest(text[i:i + MIN_RUN]) not in runs:
            i += 1
            continue
        end = i + MIN_RUN
        while end < len(text) and digest(text[end - MIN_RUN + 1:end + 1]) in runs:
            end += 1
        found.append(text[i:end])
        i = end
    return found


def main():
    args = sys.argv[1:]
    update = "--update" in args
    args = [a for a in args if a != "--update"]
    root = args[0]
    seeds_dir = args[1] if len(args) > 1 else os.path.join(root, "..", "shared", "seeds")
    fingerprints = os.path.join(root, FINGERPRINTS)
    failures = 0
    if glob.glob(os.path.join(seeds_dir, "*.txt")):
        runs = seed_digests(seeds_dir)
        if update:
            with open(fingerprints, "wb") as f:
                f.write(fingerprint_bytes(runs))
            print(f"wrote {FINGERPRINTS}: {len(runs)} runs")
        elif read_fingerprints(fingerprints) != runs:
            print(f"{FINGERPRINTS} is stale: the case reports in {seeds_dir} changed; "
                  "run copy_test.py REPO_ROOT --update")
            failures += 1
        print(f"checking against the case reports in {seeds_dir}")
    else:
        runs = read_fingerprints(fingerprints)
        print(f"the case reports are not in {seeds_dir}; checking against {FINGERPRINTS}")
    files = sorted(glob.glob(os.path.join(root, "rules", "*.yaml")) +
                   glob.glob(os.path.join(root, "rules", "cases", "*.yaml")) +
                   glob.glob(os.path.join(root, "checklists", "*.yaml")))
    for path in files:
        with open(path, encoding="utf-8") as f:
            document = yaml.safe_load(f)
        for where, text in strings(document, ""):
            for run in copies(normalise(text), runs):
                failures += 1
                print(f"{os.path.relpath(path, root)}: {where.lstrip('.')}: {len(run)} characters "
                      f"shared with the case reports: {run}")
    checked = len(files)
    if failures:
        print(f"{failures} problems in {checked} files; write copied runs in your own words")
        return 1
    print(f"{checked} files: no run of {MIN_RUN} or more characters shared with the case reports")
    return 0


if __name__ == "__main__":
    sys.exit(main())
