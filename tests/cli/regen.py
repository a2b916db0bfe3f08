#!/usr/bin/env python3
"""Writes tests/cli/expected/NAME.{err,out,code} from CPython 3.13 for tests/cli/cases.txt.

Run: PYENV_VERSION=3.13.0 python3 tests/cli/regen.py
Each case runs `python3 ARGS` with the given standard input in this directory; the files
hold its exact stderr, stdout and exit status.
"""
import os
import subprocess
import sys

here = os.path.dirname(os.path.abspath(__file__))


def unescape(s):
    return s.replace("\\n", "\n").replace("\\t", "\t")


os.makedirs(os.path.join(here, "expected"), exist_ok=True)
with open(os.path.join(here, "cases.txt"), encoding="utf-8") as f:
    for line in f:
        line = line.rstrip("\n")
        if not line or line.startswith("#"):
            continue
        name, args, stdin = line.split("\t")
        argv = [unescape(a) for a in args.split("\\x1f")]
        p = subprocess.run([sys.executable] + argv, input=unescape(stdin).encode(),
                           capture_output=True, cwd=here)
        base = os.path.join(here, "expected", name)
        for ext, data in ((".err", p.stderr), (".out", p.stdout),
                          (".code", b"%d\n" % p.returncode)):
            with open(base + ext, "wb") as f:
                f.write(data)
