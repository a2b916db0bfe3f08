# compile() with __future__.annotations.compiler_flag postpones annotations in the code it
# makes; without the flag (in a module without the import) they are evaluated
import __future__

src = "def f(x: undefined) -> also_undefined: pass\nclass C:\n    a: Missing\n"
ns = {}
exec(compile(src, "<flagged>", "exec", __future__.annotations.compiler_flag), ns)
print(ns["f"].__annotations__, ns["C"].__annotations__)
ns = {}
exec(compile(src, "<flagged>", "exec", __future__.annotations.compiler_flag, True), ns)
print(ns["f"].__annotations__)
try:
    exec(compile(src, "<plain>", "exec"), {})
except NameError as e:
    print("NameError", e)
ns = {}
exec("from __future__ import annotations\ndef g(a: b.c[d], *e: *F) -> 1 + 2: pass\n", ns)
print(ns["g"].__annotations__)


def h(x: int) -> str:
    pass


print(h.__annotations__)
