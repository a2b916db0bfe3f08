"""Lines of pyjit's Python library that are identical to lines of CPython's own library.

pyjit's library is written for pyjit: nothing may be copied from CPython's. Some identical
lines are unavoidable (public signatures, error messages, constants whose values are the
API); this lists the others, per module, so a reviewer can rewrite them: code lines of 40
or more characters (stripped) that occur in CPython 3.13's Lib/ and are not a `def`/`class`
line, a `raise`, a string (docstrings excepted), or a short constant assignment.

    PYENV_VERSION=3.13.0 python3 tools/copy-check/copy_check.py [--lines N] [--max-total N]

--lines N: show up to N lines per module (default 5); --max-total N: exit 1 when more than
N lines are listed in all. Run it from any directory (pyjit's library would shadow
CPython's own modules if it were the current directory).
"""
import argparse
import os
import re
import sys
import sysconfig

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OURS = os.path.join(ROOT, "core", "src", "main", "resources", "org", "pyjit", "lib")
MIN_LENGTH = 40


def cpython_lines(lib):
    lines = set()
    for root, dirs, files in os.walk(lib):
        parts = root.split(os.sep)
        if "test" in parts or "tests" in parts or "site-packages" in parts:
            continue
        for f in files:
            if f.endswith(".py"):
                with open(os.path.join(root, f), encoding="utf-8", errors="replace") as src:
                    lines.update(t for t in (line.strip() for line in src) if len(t) >= MIN_LENGTH)
    return lines


def is_api(text):
    """Lines whose identity with CPython's is behaviour, not copying (a docstring is not)."""
    if text.startswith(("\"\"\"", "r\"\"\"")):
        return False
    if text.startswith(("def ", "async def ", "class ", "raise ", "'", '"', "f'", 'f"')):
        return True
    return bool(re.match(r"^[\w.]+ = ", text)) and len(text) < 60


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lines", type=int, default=5)
    ap.add_argument("--max-total", type=int, default=None)
    args = ap.parse_args()
    if sys.version_info[:2] != (3, 13):
        sys.exit("copy_check: run it with CPython 3.13 (PYENV_VERSION=3.13.0 python3 ...)")
    theirs = cpython_lines(sysconfig.get_paths()["stdlib"])
    found, total_lines = {}, 0
    for root, dirs, files in os.walk(OURS):
        for f in sorted(files):
            if not f.endswith(".py"):
                continue
            path = os.path.join(root, f)
            with open(path, encoding="utf-8") as src:
                lines = src.read().splitlines()
            total_lines += len(lines)
            for number, line in enumerate(lines, 1):
                text = line.strip()
                if len(text) >= MIN_LENGTH and text in theirs and not is_api(text):
                    found.setdefault(os.path.relpath(path, OURS), []).append((number, text))
    total = sum(len(v) for v in found.values())
    for module, hits in sorted(found.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        print(f"{module}: {len(hits)}")
        for number, text in hits[:args.lines]:
            print(f"    {number}: {text[:110]}")
    print(f"copy_check: {total} lines identical to CPython's library, of {total_lines}")
    if args.max_total is not None and total > args.max_total:
        sys.exit(1)


if __name__ == "__main__":
    main()
