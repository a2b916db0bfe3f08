#!/usr/bin/env python3
"""Regenerates the symbol table test data in this directory from the reference CPython.

Run from anywhere with the reference interpreter:
    PYENV_VERSION=3.13.0 python3 core/src/test/resources/symtable/regen.py

Every expected value here is what CPython 3.13 computed; the JUnit tests in
org.pyjit.compiler only compare.

cases/NAME.py -> cases/NAME.dump: the dump of tools/symtable-compare/cpython_dump.py (the
symbol tables as Python's symtable module shows them, then the code objects compile()
makes: co_name, co_firstlineno, co_flags, parameter count, co_varnames, co_cellvars,
co_freevars), read by SymtableCasesTest.

errors.tsv: one line per snippet of ERRORS below: name, stage, type, msg, lineno, offset,
end_lineno, end_offset, text, source. stage is "symtable" when CPython's symbol table pass
(or its future-statement pass before it) raises the error, as symtable.symtable() shows,
"compile" when only compile() does (an error of the code generator, which pyjit's Symtable
must not raise), "ok" when compile() accepts the snippet. The location is what compile()
reports for the snippet written to a file, so text is the source line as CPython reads it
back (None written as the empty field with offsets "None"). Text fields are escaped: '\\'
is '\\\\' and every non-printable character (newline included) is \\u{hex}.

mangle.tsv: class name, name, the name CPython's symbol table stores for it when bound in
that class's body.

eval.tsv: source of an expression, the dump of its symbol table in 'eval' mode (tables
only, escaped like the other text fields).

depth.tsv: shape, the largest n for which `python3 FILE` compiles the program
DEPTH_SHAPES[shape](n), and what it says for n + 1 (RecursionError: the compiler's limit on
nested statements/expressions, which the parser does not have for left-associative chains).
Found by bisection with CPython running the file, where the compiler starts at C recursion
depth 0 (compile() called from Python code starts deeper).
"""
import ast
import os
import symtable
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "..", "..", "..", "tools", "symtable-compare"))
import cpython_dump  # noqa: E402

if sys.version_info[:2] != (3, 13):
    sys.exit("run this with CPython 3.13 (PYENV_VERSION=3.13.0 python3 ...)")

ERRORS = {
    # global / nonlocal declarations (symtable_visit_stmt)
    "global_param": "def f(x):\n    global x\n",
    "global_param_second_name": "def f(x):\n    global a, x\n",
    "nonlocal_param": "def f(x):\n    def g(y):\n        nonlocal y\n",
    "global_after_assign": "def f():\n    x = 1\n    global x\n",
    "global_after_use": "def f():\n    print(x)\n    global x\n",
    "global_after_annot": "def f():\n    x: int\n    global x\n",
    "global_after_annot_module": "x: int = 1\nglobal x\n",
    "global_after_import_ok": "def f():\n    import x\n    global x\n",
    "nonlocal_after_assign": "def f():\n    x = 1\n    def g():\n        x = 2\n        nonlocal x\n",
    "nonlocal_after_use": "def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x\n",
    "nonlocal_after_annot": "def f():\n    x = 1\n    def g():\n        x: int\n        nonlocal x\n",
    "annotated_global": "def f():\n    global x\n    x: int\n",
    "annotated_nonlocal": "def f():\n    x = 1\n    def g():\n        nonlocal x\n        x: int = 2\n",
    "annotated_global_module_ok": "global x\nx: int\n",
    "annotated_global_not_simple_ok": "def f():\n    global x\n    (x): int = 1\n",
    "global_multiline": "def f(a):\n    global b, \\\n        a\n",
    # analysis (analyze_name)
    "nonlocal_module": "nonlocal x\n",
    "nonlocal_module_second": "x = 1\nnonlocal y\n",
    "nonlocal_no_binding": "def f():\n    nonlocal x\n",
    "nonlocal_no_binding_class": "class A:\n    nonlocal x\n",
    "nonlocal_no_binding_class_in_function": "def f():\n    class A:\n        nonlocal x\n",
    "nonlocal_binding_only_in_class": "class A:\n    x = 1\n    def f(self):\n        nonlocal x\n",
    "nonlocal_and_global": "def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x\n",
    "nonlocal_and_global_first_directive": "def f():\n    x = 1\n    def g():\n        nonlocal x\n        global x\n",
    "nonlocal_of_module_global": "x = 1\ndef f():\n    global x\n    def g():\n        nonlocal x\n",
    "nonlocal_type_param": "def f[T]():\n    nonlocal T\n",
    "nonlocal_type_param_nested": "class C[T]:\n    def m(self):\n        nonlocal T\n",
    "nonlocal_of_global_in_enclosing": "def f():\n    global x\n    def g():\n        nonlocal x\n",
    "nonlocal_ok": "def f():\n    x = 1\n    def g():\n        nonlocal x\n        x = 2\n",
    "nonlocal_two_levels_ok": "def f():\n    x = 1\n    def g():\n        def h():\n            nonlocal x\n",
    "error_order_first_symbol": "def f():\n    nonlocal b\n    nonlocal a\n",
    "error_order_outer_block_first": "def f():\n    def g():\n        nonlocal y\n    nonlocal x\n",
    # parameters
    "duplicate_argument": "def f(a, b, a): pass\n",
    "duplicate_argument_kwonly": "def f(a, *, a): pass\n",
    "duplicate_argument_vararg": "def f(a, *a): pass\n",
    "duplicate_argument_kwarg": "def f(a, **a): pass\n",
    "duplicate_argument_posonly": "def f(a, /, a): pass\n",
    "duplicate_argument_lambda": "lambda x, x: 0\n",
    "duplicate_argument_mangled": "class C:\n    def f(self, __a, _C__a): pass\n",
    "duplicate_argument_non_ascii": "def f(éé, éé): pass\n",
    "duplicate_argument_multiline": "def f(\n    a,\n    b,\n    a,\n): pass\n",
    "duplicate_type_param": "def f[T, T](): pass\n",
    "duplicate_type_param_kinds": "class C[T, *T]: pass\n",
    "duplicate_type_param_alias": "type A[T, **T] = int\n",
    "type_param_and_argument_ok": "def f[T](T): pass\n",
    # import *
    "import_star_function": "def f():\n    from m import *\n",
    "import_star_class": "class C:\n    from m import *\n",
    "import_star_with_comment": "def f():\n    from m import *  # comment\n",
    "import_star_module_ok": "from m import *\n",
    # comprehensions and assignment expressions
    "walrus_rebinds_iteration_variable": "[i := 0 for i in range(5)]\n",
    "walrus_rebinds_outer_iteration_variable": "[[(j := 0) for i in range(5)] for j in range(5)]\n",
    "walrus_rebinds_tuple_target": "[(b := 1) for a, (b, c) in x]\n",
    "walrus_in_class_comprehension": "class A:\n    [y := 0 for i in range(5)]\n",
    "walrus_in_class_nested_comprehension": "class A:\n    [[y := 0 for i in j] for j in k]\n",
    "walrus_in_comprehension_iterable": "[x for x in (y := [1])]\n",
    "walrus_in_inner_iterable": "[i for i in range(5) for j in (i := 1,)]\n",
    "walrus_in_iterable_nested_lambda": "[x for x in (lambda: (y := 1))()]\n",
    "walrus_in_iterable_nested_comprehension": "[x for x in [(y := 2) for z in q]]\n",
    "inner_loop_rebinds_walrus_target": "[i for i in range(5) if (j := 0) for j in range(5)]\n",
    "walrus_iteration_var_module_ok": "[x for y in z if (x := y)]\n",
    "walrus_in_comprehension_in_type_alias": "type A = [(x := 1) for i in y]\n",
    "walrus_in_comprehension_in_bound": "def f[T: [(x := 1) for i in y]](): pass\n",
    "walrus_in_comprehension_in_default": "def f[T = [(x := 1) for i in y]](): pass\n",
    "walrus_in_comprehension_in_type_params": "class C[T]([(x := 1) for i in y]): pass\n",
    "walrus_genexp_in_class": "class A:\n    g = (y := 0 for i in range(5))\n",
    "walrus_mangled_global_ok": ("class Foo:\n    def f(self_):\n        global __x1\n"
                                 "        [__x1 := 2 for a in [3]]\n"),
    # yield in comprehensions
    "yield_in_list_comprehension": "def f():\n    [(yield x) for x in y]\n",
    "yield_in_set_comprehension": "def f():\n    {(yield x) for x in y}\n",
    "yield_in_dict_comprehension": "def f():\n    {x: (yield x) for x in y}\n",
    "yield_in_generator_expression": "def f():\n    ((yield x) for x in y)\n",
    "yield_from_in_list_comprehension": "def f():\n    [(yield from x) for x in y]\n",
    "yield_in_comprehension_iterable_ok": "def f():\n    [x for x in (yield)]\n",
    "yield_module_level_comprehension": "[(yield x) for x in y]\n",
    # expressions not allowed in annotation scopes
    "yield_in_type_alias": "type X = (yield)\n",
    "yield_in_generic_bases": "class C[T]((yield)): pass\n",
    "yield_in_bound": "def f[T: (yield)](): pass\n",
    "yield_in_constraint": "def f[T: ((yield), int)](): pass\n",
    "yield_in_default": "def f[T = (yield)](): pass\n",
    "yield_in_typevartuple_default": "def f[*Ts = (yield)](): pass\n",
    "yield_in_paramspec_default": "def f[**P = (yield)](): pass\n",
    "yield_from_in_bound": "def f[T: (yield from x)](): pass\n",
    "await_in_bound": "async def f[T: (await x)](): pass\n",
    "await_in_type_alias": "type X = await y\n",
    "walrus_in_bound": "def f[T: (x := 1)](): pass\n",
    "walrus_in_type_alias": "type X = (x := 1)\n",
    "walrus_in_class_bases_generic": "class C[T]((x := 1)): pass\n",
    "walrus_in_generic_annotation": "def f[T](a: (x := 1)): pass\n",
    "yield_in_generic_return_annotation": "def f[T]() -> (yield): pass\n",
    "await_in_generic_defaults_ok": "async def g():\n    def f[T](x=await y): pass\n",
    "lambda_in_class_type_alias_ok": "class A:\n    type X = lambda: 0\n",
    "comprehension_in_class_bound_ok": "class A:\n    def f[T: [x for x in y]](): pass\n",
    # future annotations
    "future_yield_in_annotation": "from __future__ import annotations\ndef f():\n    x: (yield)\n",
    "future_yield_in_parameter_annotation": "from __future__ import annotations\ndef f(a: (yield)): pass\n",
    "future_walrus_in_annotation": "from __future__ import annotations\nx: (y := 1)\n",
    "future_await_in_return_annotation": "from __future__ import annotations\nasync def f() -> (await x): pass\n",
    "walrus_in_annotation_ok": "def f():\n    x: (y := 1)\n",
    # future statements (future.c, before the symbol table)
    "future_braces": "from __future__ import braces\n",
    "future_unknown": "from __future__ import nonexistent\n",
    "future_unknown_after_docstring": '"""doc"""\nfrom __future__ import (annotations,\n    nonexistent)\n',
    "future_unknown_second_statement": "from __future__ import annotations\nfrom __future__ import braces\n",
    "future_braces_not_first": "import os\nfrom __future__ import braces\n",
    "future_not_first": "import x\nfrom __future__ import annotations\n",
    "future_before_symtable_error": "from __future__ import braces\ndef f(a, a): pass\n",
    "future_long_name": "from __future__ import " + "x" * 120 + "\n",
    # errors raised later, by the code generator (pyjit's Symtable must accept these)
    "assign_debug": "__debug__ = 1\n",
    "await_outside_async": "def f():\n    await x\n",
    "return_outside_function": "return 1\n",
    "break_outside_loop": "break\n",
    "async_comprehension_outside_async": "def f():\n    return [x async for x in y]\n",
    "yield_outside_function": "yield 1\n",
    "yield_in_class": "class A:\n    yield 1\n",
    "module_yield_in_generic_defaults": "def f[T](x=(yield)): pass\n",
    # which error wins
    "first_error_wins_pass1": "def f(a, a):\n    nonlocal b\n",
    "pass1_before_pass2": "def f():\n    nonlocal x\ndef g(a, a): pass\n",
}


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


def opt(v):
    return "None" if v is None else str(v)


def error_row(name, src):
    ast.parse(src)  # every case must parse: the errors come after the parser
    try:
        symtable.symtable(src, "case.py", "exec")
        stage = None
    except SyntaxError:
        stage = "symtable"
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "case.py")
        with open(path, "w", encoding="utf-8") as f:
            f.write(src)
        try:
            compile(src.encode("utf-8"), path, "exec", dont_inherit=True)
            e = None
        except SyntaxError as err:
            e = err
    if e is None:
        if stage is not None:
            sys.exit(f"{name}: symtable raises but compile() does not")
        return [name, "ok", "", "", "", "", "", "", "", enc(src)]
    stage = stage or "compile"
    return [name, stage, type(e).__name__, enc(e.msg), opt(e.lineno), opt(e.offset),
            opt(e.end_lineno), opt(e.end_offset), "" if e.text is None else enc(e.text),
            enc(src)]


MANGLE = [
    ("C", "__x"), ("C", "__x__"), ("C", "__x_"), ("C", "_x"), ("C", "x"), ("C", "__"),
    ("C", "___"), ("C", "__x__y"), ("_C", "__x"), ("__C", "__x"), ("_", "__x"),
    ("__", "__x"), ("___", "__x"), ("C_", "__x"), ("_C_", "__x"), ("É", "__é"),
    ("C", "__é"), ("Long" * 10, "__name"),
]


def mangle_row(cls, name):
    src = f"class {cls}:\n    {name} = 1\n"
    t = symtable.symtable(src, "m.py", "exec").get_children()[0]
    (stored,) = t.get_identifiers()
    return [cls, name, stored]


DEPTH_SHAPES = {
    "add": lambda n: "+".join(["a"] * n),
    "attribute": lambda n: "a" + ".b" * n,
    "call": lambda n: "f" + "()" * n,
    "subscript": lambda n: "a" + "[0]" * n,
    "add_in_function": lambda n: "def f():\n    return " + "+".join(["a"] * n) + "\n",
}


def compiles(src):
    """Whether CPython compiles the program as a script: it runs it, so every program here
    fails at run time with NameError (or TypeError) once compiled."""
    import subprocess
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "deep.py")
        with open(path, "w") as f:
            f.write(src + "\n")
        r = subprocess.run([sys.executable, path], capture_output=True, text=True)
    last = r.stderr.strip().splitlines()[-1] if r.stderr.strip() else "ok"
    if last.startswith("RecursionError"):
        return False, last
    if not (last == "ok" or last.startswith(("NameError", "TypeError"))):
        sys.exit(f"unexpected result for a deep program: {last}")
    return True, last


def depth_row(shape, mk):
    lo, hi = 5000, 20000
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if compiles(mk(mid))[0]:
            lo = mid
        else:
            hi = mid - 1
    ok, last = compiles(mk(lo + 1))
    assert not ok
    return [shape, str(lo), enc(last)]


EVAL_CASES = [
    "x + y",
    "[x for x in y] + (lambda z: z + w)(1)",
    "{k: (lambda: k) for k in ks}",
    "(a for a in b if (c := a))",
    "[(c := a) for a in b]",
    "super().f(__x)",
    "lambda: (yield)",
]


def eval_row(src):
    out = []
    cpython_dump.dump_table(symtable.symtable(src, "e", "eval"), out)
    return [enc(src), enc("\n".join(out) + "\n")]


def main():
    cases = os.path.join(HERE, "cases")
    for n in sorted(os.listdir(cases)):
        if not n.endswith(".py"):
            continue
        with open(os.path.join(cases, n), "rb") as f:
            data = f.read()
        text, err = cpython_dump.dump_one(data, n, None)
        if err is not None:
            sys.exit(f"{n}: CPython rejects it: {err}")
        if "code-error" in text:
            sys.exit(f"{n}: compile() fails")
        with open(os.path.join(cases, n[:-3] + ".dump"), "w", encoding="utf-8",
                  newline="\n") as f:
            f.write(text)
    with open(os.path.join(HERE, "errors.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# name\tstage\ttype\tmsg\tlineno\toffset\tend_lineno\tend_offset\ttext\tsource"
                "  (generated by regen.py from CPython 3.13)\n")
        for name, src in ERRORS.items():
            f.write("\t".join(error_row(name, src)) + "\n")
    with open(os.path.join(HERE, "mangle.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# class\tname\tstored  (generated by regen.py from CPython 3.13)\n")
        for cls, name in MANGLE:
            f.write("\t".join(mangle_row(cls, name)) + "\n")
    with open(os.path.join(HERE, "eval.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# source\tdump  (generated by regen.py from CPython 3.13)\n")
        for src in EVAL_CASES:
            f.write("\t".join(eval_row(src)) + "\n")
    with open(os.path.join(HERE, "depth.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# shape\tlargest n compiled\terror for n + 1  (generated by regen.py from"
                " CPython 3.13)\n")
        for shape, mk in DEPTH_SHAPES.items():
            f.write("\t".join(depth_row(shape, mk)) + "\n")


if __name__ == "__main__":
    main()
