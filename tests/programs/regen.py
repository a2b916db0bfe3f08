#!/usr/bin/env python3
"""Regenerates the expected output of the program corpus from CPython 3.13.

Run from anywhere with CPython 3.13 (the reference for pyjit):

    PYENV_VERSION=3.13.0 python3 tests/programs/regen.py [--jobs N] [GROUP_OR_PATH...]

tests/programs/<group>/<name>.py: every program whose path (below tests/programs) has no
component starting with "_" is run as `python3 tests/programs/<group>/<name>.py` from the
repository root, with empty standard input. Files and directories starting with "_" are
helper modules that programs import (tests/programs/imports/_helper.py); they are not run.

For each program this writes, next to it:
  <name>.out   its exact stdout bytes (always written, possibly empty)
  <name>.err   its exact stderr, with the repository root prefix removed (CPython prints
               absolute paths in tracebacks), when the exit status is not 0 or stderr is
               not empty; otherwise any old .err is removed
  <name>.code  its exit status followed by a newline, under the same condition as .err
Outputs of programs that no longer exist are removed (full runs only).

Every program is run twice, with PYTHONHASHSEED=0 and then with another seed, and both
runs must give the same stdout, stderr and status: programs must be deterministic and must
not depend on str/bytes hashing. Other checks (each failure is listed as a PROBLEM and the
script exits 1; the outputs are still written):
  - only `sys`, `math`, `gc`, `weakref`, `pyjit` and the local helper modules (names
    starting with "_") may be imported (`pyjit` is tests/support/pyjit.py under CPython,
    on PYTHONPATH: @jit is a no-op there, so its output is what pyjit's compiled code must
    print),
    besides names that do not exist (programs that test ModuleNotFoundError);
  - programs under errors/ must exit with a non-zero status (an uncaught exception);
    programs outside errors/, sys/ and jit/ must exit with status 0 and print no traceback;
  - no warnings on stderr (SyntaxWarning etc.);
  - stdout must not contain object addresses (" at 0x...") or the repository path.

The summary lists the programs per group and the wall time of the runs.
"""
import argparse
import ast
import concurrent.futures
import importlib.util
import os
import re
import subprocess
import sys
import time

if sys.version_info[:2] != (3, 13):
    sys.exit("run this with CPython 3.13, e.g. PYENV_VERSION=3.13.0 python3 " + sys.argv[0])

ROOT = os.path.realpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
TOP = "tests/programs"
SUPPORT = os.path.join(ROOT, "tests", "support")
TIMEOUT = 120
SEEDS = ("0", "4242")
ALLOWED_MODULES = {"sys", "math", "pyjit", "gc", "weakref", "re"}  # pyjit: tests/support/pyjit.py under CPython
ADDRESS = re.compile(r" at 0x[0-9a-fA-F]+")
EXIT_GROUPS = {"errors", "sys", "jit", "lib_re"}  # groups whose programs may end with a non-zero status


def clean_env(seed):
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("PYTHON") and k not in ("FORCE_COLOR", "NO_COLOR")}
    env["PYTHON_COLORS"] = "0"
    env["LC_ALL"] = "C.UTF-8"
    env["PYTHONHASHSEED"] = seed
    env["PYTHONDONTWRITEBYTECODE"] = "1"  # importing helpers must not write __pycache__
    env["PYTHONPATH"] = SUPPORT  # the stand-in pyjit module (pyjit's own is built in)
    return env


def is_program(rel):
    parts = rel[len(TOP) + 1:].split("/")
    return rel.endswith(".py") and rel != f"{TOP}/regen.py" and not any(
        p.startswith("_") for p in parts)


def all_programs():
    found = []
    for dirpath, dirnames, files in os.walk(os.path.join(ROOT, TOP)):
        dirnames[:] = [d for d in dirnames if d != "__pycache__"]
        for name in files:
            rel = os.path.relpath(os.path.join(dirpath, name), ROOT).replace(os.sep, "/")
            if is_program(rel):
                found.append(rel)
    return sorted(found)


def group_of(rel):
    return rel.split("/")[2]


def run_once(rel, seed):
    r = subprocess.run([sys.executable, rel], cwd=ROOT, env=clean_env(seed),
                       stdin=subprocess.DEVNULL, capture_output=True, timeout=TIMEOUT)
    return r.stdout, r.stderr, r.returncode


def run(rel):
    start = time.monotonic()
    first = run_once(rel, SEEDS[0])
    elapsed = time.monotonic() - start
    second = run_once(rel, SEEDS[1])
    return rel, first, second, elapsed


def check_imports(rel, problems):
    with open(os.path.join(ROOT, rel), "rb") as f:
        tree = ast.parse(f.read(), rel)
    for node in ast.walk(tree):
        names = []
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0:
            names = [node.module]
        for name in names:
            top = name.split(".")[0]
            if top in ALLOWED_MODULES or top.startswith("_"):
                continue
            if importlib.util.find_spec(top) is None:
                continue  # a module that does not exist: the program tests the error
            problems.append(f"{rel}: imports {name}: only sys, math, gc, weakref, re, pyjit and "
                            "local _helpers are allowed")


def check_output(rel, out, err, code, problems):
    group = group_of(rel)
    text = err.decode("utf-8", "replace")
    if group == "errors" and code == 0:
        problems.append(f"{rel}: in errors/ but exits with status 0")
    if group not in EXIT_GROUPS:
        if code != 0:
            problems.append(f"{rel}: exits with status {code}:\n{text}")
        if "Traceback" in text:
            problems.append(f"{rel}: prints a traceback:\n{text}")
    if "Warning:" in text:
        problems.append(f"{rel}: warning on stderr:\n{text}")
    stdout = out.decode("utf-8", "replace")
    if ADDRESS.search(stdout):
        problems.append(f"{rel}: stdout shows an object address: {ADDRESS.search(stdout).group()}")
    if ROOT in stdout:
        problems.append(f"{rel}: stdout contains the repository path")


def write_outputs(rel, out, err, code):
    base = os.path.join(ROOT, rel[:-3])
    with open(base + ".out", "wb") as f:
        f.write(out)
    if code != 0 or err:
        with open(base + ".err", "wb") as f:
            f.write(err)
        with open(base + ".code", "w", newline="\n") as f:
            f.write(f"{code}\n")
    else:
        for ext in (".err", ".code"):
            if os.path.exists(base + ext):
                os.remove(base + ext)


def remove_stale(programs):
    wanted = {p[:-3] for p in programs}
    removed = []
    for dirpath, _, files in os.walk(os.path.join(ROOT, TOP)):
        for name in files:
            stem, ext = os.path.splitext(name)
            if ext in (".out", ".err", ".code"):
                rel = os.path.relpath(os.path.join(dirpath, stem), ROOT).replace(os.sep, "/")
                if rel not in wanted:
                    os.remove(os.path.join(dirpath, name))
                    removed.append(rel + ext)
    return removed


def main():
    ap = argparse.ArgumentParser(description="Regenerate tests/programs outputs from CPython 3.13")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    ap.add_argument("only", nargs="*", help="groups or program paths (default: all)")
    args = ap.parse_args()
    os.chdir(ROOT)
    prefix = ROOT + "/"
    programs = all_programs()
    if args.only:
        keep = []
        for p in programs:
            if any(p == o or p == f"{TOP}/{o}" or group_of(p) == o.strip("/") for o in args.only):
                keep.append(p)
        programs = keep
    problems = []
    counts = {}
    cpu_time = 0.0
    start = time.monotonic()
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        results = list(pool.map(run, programs))
    wall = time.monotonic() - start
    for rel, first, second, elapsed in results:
        cpu_time += elapsed
        out, err, code = first
        err = err.replace(prefix.encode(), b"")
        if (first[0], first[1].replace(prefix.encode(), b""), first[2]) != (
                second[0], second[1].replace(prefix.encode(), b""), second[2]):
            problems.append(f"{rel}: not deterministic: two runs (PYTHONHASHSEED="
                            f"{SEEDS[0]} and {SEEDS[1]}) differ")
        check_imports(rel, problems)
        check_output(rel, out, err, code, problems)
        write_outputs(rel, out, err, code)
        counts[group_of(rel)] = counts.get(group_of(rel), 0) + 1
    removed = [] if args.only else remove_stale(programs)
    for group in sorted(counts):
        print(f"{group:16} {counts[group]:4}")
    print(f"{'total':16} {sum(counts.values()):4} programs")
    print(f"CPython time: {cpu_time:.1f} s for one run of each program, "
          f"{wall:.1f} s wall for all runs (2 per program, {args.jobs} jobs)")
    if removed:
        print("removed stale outputs: " + ", ".join(removed))
    if problems:
        print("\nPROBLEMS:\n" + "\n".join(problems), file=sys.stderr)
        sys.exit(1)


main()
