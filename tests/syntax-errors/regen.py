#!/usr/bin/env python3
"""Regenerates the expected output of the syntax-error and syntax-ok corpora from CPython.

Run from anywhere with CPython 3.13 (the reference for pyjit):

    PYENV_VERSION=3.13.0 python3 tests/syntax-errors/regen.py

tests/syntax-errors/<group>/<case>.py: each case is run as `python3 tests/syntax-errors/
<group>/<case>.py` from the repository root, and its complete stderr is written to
<case>.err and its exit code to <case>.code. CPython prints the script path made absolute
(cwd + "/" + path); the repository root prefix is cut from stderr so that the files hold
the relative path and do not depend on where the repository lives. SyntaxErrorCorpusTest
passes the same relative path to pyjit and cuts the same prefix from pyjit's stderr.

locations.tsv lists, for every error case, the exception attributes CPython reported
(type, lineno, offset, end_lineno, end_offset, msg); the caret line of .err does not
show them all (multi-line ranges, end positions past the line), and the parser needs them.

Checks made here, so that a case says what it claims: cases under compile/ and warnings/
must parse (ast.parse) but fail to compile or warn; every other case must fail ast.parse;
each error case must end with a SyntaxError, IndentationError or TabError line and print no
traceback; warnings/ cases must exit 0 with a SyntaxWarning.

tests/syntax-ok/<case>.py: each must parse and compile; its ast.dump(ast.parse(bytes)) is
written to <case>.ast (what `pyjit --dump ast` must print).
"""
import ast
import os
import subprocess
import sys
import tempfile
import warnings

if sys.version_info[:2] != (3, 13):
    sys.exit("run this with CPython 3.13, e.g. PYENV_VERSION=3.13.0 python3 " + sys.argv[0])

ROOT = os.path.realpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
ERRORS = "tests/syntax-errors"
OK = "tests/syntax-ok"

HOOK = """
import os, sys
def _pyjit_hook(t, v, tb):
    if isinstance(v, SyntaxError):
        with open(os.environ["PYJIT_REGEN_OUT"], "w", encoding="utf-8") as f:
            f.write(repr((t.__name__, v.lineno, v.offset, v.end_lineno, v.end_offset, v.msg)))
    sys.__excepthook__(t, v, tb)
sys.excepthook = _pyjit_hook
"""


def clean_env():
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("PYTHON") and k not in ("FORCE_COLOR", "NO_COLOR")}
    env["PYTHON_COLORS"] = "0"
    env["LC_ALL"] = "C.UTF-8"
    return env


def cases(top):
    found = []
    for dirpath, _, files in os.walk(os.path.join(ROOT, top)):
        for name in files:
            if name.endswith(".py") and name != "regen.py":
                found.append(os.path.relpath(os.path.join(dirpath, name), ROOT))
    return sorted(found)


def check_placement(rel, data, problems):
    group = rel.split("/")[2]
    if group == "encoding":
        return  # about reading files, which ast.parse (a string) does by other rules
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            ast.parse(data)
        parses = True
    except SyntaxError:
        parses = False
    except ValueError:  # null bytes in some versions
        parses = False
    if group in ("compile", "warnings") and not parses:
        problems.append(f"{rel}: in {group}/ but the parser rejects it")
    if group not in ("compile", "warnings") and parses:
        problems.append(f"{rel}: the parser accepts it: move it to compile/ or fix it")


def check_output(rel, stderr, code, problems):
    group = rel.split("/")[2]
    lines = stderr.splitlines()
    if group == "warnings":
        if code != 0 or "SyntaxWarning" not in stderr:
            problems.append(f"{rel}: expected a SyntaxWarning and exit 0, got {code}: {stderr}")
        return
    last = lines[-1] if lines else ""
    if (code != 1 or "Traceback" in stderr
            or not last.startswith(("SyntaxError:", "IndentationError:", "TabError:"))):
        problems.append(f"{rel}: not a plain syntax error (exit {code}):\n{stderr}")


def main():
    os.chdir(ROOT)
    prefix = os.getcwd() + "/"
    env = clean_env()
    problems = []
    rows = []
    counts = {}
    with tempfile.TemporaryDirectory() as tmp:
        with open(os.path.join(tmp, "sitecustomize.py"), "w") as f:
            f.write(HOOK)
        out_file = os.path.join(tmp, "attrs")
        for rel in cases(ERRORS):
            with open(rel, "rb") as f:
                data = f.read()
            check_placement(rel, data, problems)
            r = subprocess.run([sys.executable, rel], env=env, capture_output=True,
                               stdin=subprocess.DEVNULL)
            stderr = r.stderr.decode("utf-8").replace(prefix, "")
            check_output(rel, stderr, r.returncode, problems)
            base = rel[:-3]
            with open(base + ".err", "w", encoding="utf-8", newline="") as f:
                f.write(stderr)
            with open(base + ".code", "w") as f:
                f.write(f"{r.returncode}\n")
            group = rel.split("/")[2]
            counts[group] = counts.get(group, 0) + 1
            if os.path.exists(out_file):
                os.remove(out_file)
            subprocess.run([sys.executable, rel], env=dict(env, PYTHONPATH=tmp,
                           PYJIT_REGEN_OUT=out_file), capture_output=True,
                           stdin=subprocess.DEVNULL)
            if os.path.exists(out_file):
                with open(out_file, encoding="utf-8") as f:
                    t, lineno, offset, end_lineno, end_offset, msg = ast.literal_eval(f.read())
                msg = msg.replace(prefix, "").replace("\\", "\\\\").replace("\n", "\\n")
                rows.append("\t".join(str(x) for x in (
                    rel[len(ERRORS) + 1:-3], t, lineno, offset, end_lineno, end_offset, msg)))
    with open(os.path.join(ERRORS, "locations.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# case\ttype\tlineno\toffset\tend_lineno\tend_offset\tmsg"
                "  (offsets are 1-based code point columns; None = not set)\n")
        f.write("\n".join(rows) + "\n")

    ok = cases(OK)
    for rel in ok:
        with open(rel, "rb") as f:
            data = f.read()
        try:
            compile(data, rel, "exec")
        except SyntaxError as e:
            problems.append(f"{rel}: does not compile: {e}")
        r = subprocess.run([sys.executable, "-c",
                            "import ast,sys;print(ast.dump(ast.parse(open(sys.argv[1],'rb').read())))",
                            rel], env=env, capture_output=True)
        if r.returncode != 0:
            problems.append(f"{rel}: ast.dump failed: {r.stderr.decode()}")
        with open(rel[:-3] + ".ast", "wb") as f:
            f.write(r.stdout)

    for group in sorted(counts):
        print(f"{group:12} {counts[group]:4}")
    print(f"{'total':12} {sum(counts.values()):4} error cases, {len(ok)} syntax-ok programs")
    if problems:
        print("\nPROBLEMS:\n" + "\n".join(problems), file=sys.stderr)
        sys.exit(1)


main()
