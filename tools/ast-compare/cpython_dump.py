"""Expected outputs for the AST comparison, computed by CPython 3.13 itself.

Contract: run with CPython 3.13. For every .py file of the standard library (site-packages/
excluded; see tools/lib/stdlib_dump.py for the file list and the cache layout) records
either ast.dump(ast.parse(raw_bytes)) (with --attributes: include_attributes=True, so every
node's positions are compared too) or the exception CPython raises for it, as
"rejected<TAB><ExceptionType>: <message>" in files.tsv. The cache directory is
<cache-base>/cpython-<mode>-<version>-<key>/ with mode plain or attrs; its path is the last
line of stdout.

Why raw bytes: ast.parse(bytes) applies the BOM and PEP 263 coding declarations the way
pyjit's Parser.parseModule(byte[], ...) must, so decoding is part of what is compared.
"""

import ast
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lib"))
import stdlib_dump  # noqa: E402


def dump_one(data, rel, opts):
    try:
        return ast.dump(ast.parse(data), include_attributes=opts.attributes), None
    except (SyntaxError, ValueError, MemoryError, RecursionError, UnicodeError,
            OverflowError) as e:
        if isinstance(e, SyntaxError):
            msg = f"{type(e).__name__}: {e.msg} (line {e.lineno}, offset {e.offset})"
        else:
            msg = f"{type(e).__name__}: {e}"
        return None, ("rejected", msg)


def add_args(ap):
    ap.add_argument("--attributes", action="store_true",
                    help="dump with include_attributes=True (node positions)")


if __name__ == "__main__":
    stdlib_dump.run("ast-compare", lambda o: "attrs" if o.attributes else "plain", dump_one,
                    __file__, add_args)
