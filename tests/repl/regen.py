#!/usr/bin/env python3
"""Regenerates the expected output of the interactive-prompt corpus from CPython 3.13.

    PYENV_VERSION=3.13.0 python3 tests/repl/regen.py [NAME...]

tests/repl/<name>.in is what a user types, one line per line. Each is fed to CPython's
classic REPL as `python3 -i -q < <name>.in` (PYTHON_BASIC_REPL=1, so the 3.13 REPL written
in Python is not used; standard input is not a terminal, so CPython prints its prompts to
stderr and reads plain lines), from the repository root, and this writes next to it:
  <name>.out   its exact stdout bytes
  <name>.err   its exact stderr bytes: prompts, SyntaxErrors and tracebacks
  <name>.code  its exit status followed by a newline
pyjit is run the same way (`pyjit -i -q`, see ReplCorpusTest) and must give the same three.
-q drops the banner, which is the one line where pyjit and CPython differ on purpose.
<name>.args, if present, holds more arguments (one a line) after -i -q, e.g. a script to
run before the prompt (files starting with "_" are such scripts); CPython prints a script's
path made absolute, so the repository root is cut from stderr ("<root>/" stays out).
"""
import os
import subprocess
import sys

if sys.version_info[:2] != (3, 13):
    sys.exit("run this with CPython 3.13, e.g. PYENV_VERSION=3.13.0 python3 " + sys.argv[0])

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.realpath(os.path.join(HERE, "..", ".."))


def env():
    e = {k: v for k, v in os.environ.items()
         if not k.startswith("PYTHON") and k not in ("FORCE_COLOR", "NO_COLOR")}
    e.update(PYTHON_BASIC_REPL="1", PYTHON_COLORS="0", PYTHONHASHSEED="0", LC_ALL="C.UTF-8")
    return e


def main(names):
    if not names:
        names = sorted(f[:-3] for f in os.listdir(HERE) if f.endswith(".in"))
    for name in names:
        args = []
        if os.path.exists(os.path.join(HERE, name + ".args")):
            with open(os.path.join(HERE, name + ".args")) as f:
                args = f.read().splitlines()
        with open(os.path.join(HERE, name + ".in"), "rb") as stdin:
            r = subprocess.run([sys.executable, "-i", "-q", *args], stdin=stdin,
                               capture_output=True, cwd=ROOT, env=env(), timeout=60)
        err = r.stderr.replace((ROOT + os.sep).encode(), b"")
        for ext, data in ((".out", r.stdout), (".err", err),
                          (".code", f"{r.returncode}\n".encode())):
            with open(os.path.join(HERE, name + ext), "wb") as f:
                f.write(data)
        print(f"{name}: status {r.returncode}")


if __name__ == "__main__":
    main(sys.argv[1:])
