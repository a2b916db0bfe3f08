#!/usr/bin/env python3
"""Regenerates annotations.tsv here: CPython 3.13's text for annotations under
`from __future__ import annotations` (its C unparser), read by org.pyjit.ast.ExprUnparserDataTest.

Run with the reference interpreter:
    PYENV_VERSION=3.13.0 python3 core/src/test/resources/unparse/regen.py

Rows: origin TAB source TAB text. source is the annotation exactly as written
(ast.get_source_segment), text the string CPython 3.13 stores for it. The annotations are
every parameter, return and variable annotation in the .py files of CPython's standard
library (site-packages left out, as tools/lib/stdlib_dump.py does; files that are not UTF-8
or do not parse are skipped, on both sides), deduplicated by source, then EXTRA below:
forms the library does not use. Fields are escaped like the other data here: '\\' is
'\\\\' and a non-printable character is \\u{hex}.

The first comment line holds the sha256 of this script; the test fails when it differs
(the data is stale), and, when it finds the same standard library, when an annotation there
is missing from the rows.
"""
import ast
import hashlib
import os
import sys

if sys.version_info[:2] != (3, 13):
    sys.exit("run this with CPython 3.13 (PYENV_VERSION=3.13.0 python3 ...)")

HERE = os.path.dirname(os.path.abspath(__file__))

EXTRA = [
    "lambda *a: 1", "lambda: 2", "lambda x=1, /, y=2, *, z, **k: 0", "lambda a, /: a",
    "lambda *, k=3: k", "(lambda: 1)()", "tuple[*Ts]", "x[*a]", "x[1:2, ::3]", "x[::]",
    "x[a:b:c]", "x[()]", "x[(1,)]", "x[1, 2]", "(1, 2)", "()", "(1,)", "1e309", "-1e309",
    "1e309j", "1.5 + 2j", "2j", "0j", "1e-7", "1e16", "0.1", "-0.0", "10**100",
    "123456789012345678901234567890", "0x10", "1_000", "1 .real", "(1).real", "1.0.real",
    "True.real", "None", "...", "Ellipsis", "b'\\x00\"'", "b\"'\"", "u'x'", "'a' 'b'",
    "'\\n\\t\\x7f\\u200b'", "'\\''", "'\"'", "'\\'\"'", "'é€😀'", "f'{x!r:>{w}} {\"a\"}'",
    "f'{x=}'", "f'{x = !s:^10}'", "f'{{}}{x}'", "f'{ {1: 2}[1]}'", "f'{(lambda: 1)()}'",
    "f'{x:{y}.{z}f}'", "f'{a!a}'", "f'a' 'b' f'{c}'", "f'{f\"{x}\"}'", "f'{3.0:.2f}'",
    "{**a, 'b': 2}", "{}", "set()", "{1, 2}", "{*a, *b}", "[*a, b]", "[]", "[[1], [2]]",
    "{k: v for k, v in x}", "{k for k in x if k if not k}", "[i async for i in y]",
    "(i for i in y)", "f(x for x in y)", "f((x for x in y), 1)", "f(*a, **k, b=1)",
    "f(a)(b)[c].d", "a if b else c", "(a if b else c) if d else e", "a if (b if c else d) else e",
    "(lambda: 1) if a else (lambda: 2)", "not a", "not not a", "-(-a)", "-(2 ** 2)",
    "(-2) ** 2", "2 ** -1", "2 ** 3 ** 4", "(2 ** 3) ** 4", "a - (b - c)", "(a - b) - c",
    "a * (b + c)", "a + b * c", "a @ b", "a // b % c", "a << b >> c", "a | b ^ c & d",
    "(a | b) ^ c", "~a", "+a", "a and b or c", "a and (b or c)", "(a or b) and c",
    "not (a and b)", "a < b < c", "a is not b", "a not in b", "(a < b) < c", "a == (b == c)",
    "(yield)", "(await x)", "-await x", "(a := 1)", "a.b.c", "a[b][c]",
    "Callable[[int, str], None]", "dict[str, list[int | None]]", "Literal['a', \"b\"]",
    "Annotated[int, 'meta', 1 + 2]", "'forward'", "list['A']", "type[int] | None",
]


def enc(s):
    out = []
    for ch in s:
        if ch == "\\":
            out.append("\\\\")
        elif ch.isprintable():
            out.append(ch)
        else:
            out.append("\\u{%x}" % ord(ch))
    return "".join(out)


def cpython_text(source, starred):
    """The string CPython stores for annotation `source` of a parameter."""
    if starred:
        code = "from __future__ import annotations\ndef f(*a: %s): pass\n" % source
    else:
        code = "from __future__ import annotations\ndef f(a: (%s\n)): pass\n" % source
    ns = {}
    try:
        exec(compile(code, "<annotation>", "exec"), ns)
    except SyntaxError:
        return None  # e.g. yield/await/walrus, which annotations may not hold
    return ns["f"].__annotations__["a"]


def annotations(tree):
    for node in ast.walk(tree):
        if isinstance(node, ast.arg) and node.annotation is not None:
            yield node.annotation
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.returns:
            yield node.returns
        elif isinstance(node, ast.AnnAssign):
            yield node.annotation


def stdlib_sources():
    root = os.path.dirname(os.path.abspath(os.__file__))
    for d, dirs, names in os.walk(root):
        if d == root and "site-packages" in dirs:
            dirs.remove("site-packages")
        dirs.sort()
        for name in sorted(names):
            if name.endswith(".py"):
                path = os.path.join(d, name)
                yield os.path.relpath(path, root).replace(os.sep, "/"), path


def main():
    rows, seen = [], set()

    def add(origin, source, node):
        if source in seen:
            return
        seen.add(source)
        text = cpython_text(source, isinstance(node, ast.Starred))
        if text is not None:
            rows.append((origin, source, text))

    files = 0
    for rel, path in stdlib_sources():
        with open(path, "rb") as f:
            data = f.read()
        try:
            src = data.decode("utf-8")
            tree = ast.parse(data)
        except (UnicodeDecodeError, SyntaxError, ValueError):
            continue
        files += 1
        for ann in annotations(tree):
            add(rel, ast.get_source_segment(src, ann), ann)
    for source in EXTRA:
        add("<extra>", source, ast.parse(source, mode="eval").body)
    with open(__file__, "rb") as f:
        digest = hashlib.sha256(f.read()).hexdigest()
    with open(os.path.join(HERE, "annotations.tsv"), "w", encoding="utf-8", newline="\n") as out:
        out.write("# regen.py sha256 %s\n" % digest)
        out.write("# CPython %s, %d stdlib files, %d annotations\n"
                  % (sys.version.split()[0], files, len(rows)))
        for origin, source, text in rows:
            out.write("%s\t%s\t%s\n" % (enc(origin), enc(source), enc(text)))


main()
