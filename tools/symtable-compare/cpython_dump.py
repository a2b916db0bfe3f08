"""Expected symbol tables for the symtable comparison, computed by CPython 3.13 itself.

Contract: run with CPython 3.13. For every .py file of the standard library (site-packages/
excluded; tools/lib/stdlib_dump.py lists the files and owns the cache layout) records the
dump below of symtable.symtable(source, path, 'exec'), or why CPython rejects the file:
"parse<TAB>message" when ast.parse already fails (pyjit must reject it too), or
"symtable<TAB>message" when the symbol table pass raises (pyjit must raise the same
SyntaxError: message, line, offset, end line, end offset).

The dump, one item per line, is the contract with org.pyjit.cli.tools.SymtableCompare,
which prints the same text from pyjit's tables:

    table TYPE NAME line=N nested=0|1 optimized=0|1 children=K varnames=A,B
      sym NAME flags=F scope=SCOPE bools=LETTERS      (symbols sorted by code point)
      func params=A,B locals=.. globals=.. nonlocals=.. frees=..   (function tables)
    (then the children, depth first, in CPython's order)

F is the raw _symtable flags value (DEF_* bits plus the scope at bit 12); LETTERS are the
symtable.Symbol predicates that hold: r is_referenced, i is_imported, p is_parameter,
g is_global, d is_declared_global, l is_local, a is_annotated, f is_free, s is_assigned,
n is_namespace, N is_nonlocal. Parameters and varnames keep their order; the other lists
are sorted (CPython's order for them comes from set iteration and varies between runs).

Then the code objects compile() makes of the same bytes, as what the bytecode compiler must
derive from the tables (the code objects of dead code are missing, hence no one-to-one
text comparison; SymtableCompare matches them to scopes):

    code DEPTH NAME line=FIRSTLINENO flags=HEX nparams=N varnames=.. cellvars=.. freevars=..

DEPTH is the nesting in co_consts, NAME co_name, flags co_flags & 0x3ff, nparams the number
of parameters (co_argcount + co_kwonlyargcount + *args + **kwargs). When compile() itself
fails (an error of the code generator), the line is "code-error MESSAGE".
"""

import ast
import os
import symtable
import sys
import types

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lib"))
import stdlib_dump  # noqa: E402

LETTERS = [("r", "is_referenced"), ("i", "is_imported"), ("p", "is_parameter"),
           ("g", "is_global"), ("d", "is_declared_global"), ("l", "is_local"),
           ("a", "is_annotated"), ("f", "is_free"), ("s", "is_assigned"),
           ("n", "is_namespace"), ("N", "is_nonlocal")]
SCOPES = {1: "LOCAL", 2: "GLOBAL_EXPLICIT", 3: "GLOBAL_IMPLICIT", 4: "FREE", 5: "CELL"}


def dump_table(t, out):
    raw = t._table
    out.append(f"table {t.get_type().value.replace(' ', '_')} {t.get_name()}"
               f" line={t.get_lineno()} nested={int(t.is_nested())}"
               f" optimized={int(t.is_optimized())} children={len(raw.children)}"
               f" varnames={','.join(raw.varnames)}")
    for name in sorted(t.get_identifiers()):
        s = t.lookup(name)
        flags = raw.symbols[name]
        scope = SCOPES.get((flags >> 12) & 15, "NONE")
        letters = "".join(c for c, m in LETTERS if getattr(s, m)())
        out.append(f"  sym {name} flags={flags} scope={scope} bools={letters}")
    if isinstance(t, symtable.Function):
        out.append("  func params=" + ",".join(t.get_parameters())
                   + " locals=" + ",".join(sorted(t.get_locals()))
                   + " globals=" + ",".join(sorted(t.get_globals()))
                   + " nonlocals=" + ",".join(sorted(t.get_nonlocals()))
                   + " frees=" + ",".join(sorted(t.get_frees())))
    for c in t.get_children():
        dump_table(c, out)


def dump_code(co, depth, out):
    n = co.co_argcount + co.co_kwonlyargcount
    n += bool(co.co_flags & 0x4) + bool(co.co_flags & 0x8)
    out.append(f"code {depth} {co.co_name} line={co.co_firstlineno}"
               f" flags={co.co_flags & 0x3ff:#x} nparams={n}"
               f" varnames={','.join(co.co_varnames)} cellvars={','.join(co.co_cellvars)}"
               f" freevars={','.join(co.co_freevars)}")
    for c in co.co_consts:
        if isinstance(c, types.CodeType):
            dump_code(c, depth + 1, out)


def message(e):
    if isinstance(e, SyntaxError):
        return (f"{type(e).__name__}: {e.msg} (line {e.lineno}, offset {e.offset},"
                f" end {e.end_lineno}, {e.end_offset})")
    return f"{type(e).__name__}: {e}"


ERRORS = (SyntaxError, ValueError, MemoryError, RecursionError, UnicodeError, OverflowError)


def dump_one(data, rel, opts):
    try:
        ast.parse(data)
    except ERRORS as e:
        return None, ("parse", message(e))
    try:
        top = symtable.symtable(data, rel, "exec")
    except ERRORS as e:
        return None, ("symtable", message(e))
    out = []
    dump_table(top, out)
    try:
        code = compile(data, rel, "exec", dont_inherit=True)
        dump_code(code, 0, out)
    except ERRORS + (SystemError,) as e:  # SystemError: CPython compiler bugs, e.g. gh-121377
        out.append("code-error " + message(e))
    return "\n".join(out) + "\n", None


if __name__ == "__main__":
    stdlib_dump.run("symtable-compare", "symtable", dump_one, __file__)
