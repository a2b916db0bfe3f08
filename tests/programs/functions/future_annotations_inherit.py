# under the future import every code object's co_flags has CO_FUTURE_ANNOTATIONS, and exec,
# eval and compile inherit it from the calling code unless compile() gets dont_inherit
from __future__ import annotations
import sys


def f(): pass


print(hex(f.__code__.co_flags), hex(sys._getframe().f_code.co_flags))
g = lambda: 0
print(hex(g.__code__.co_flags), hex((x for x in ()).gi_code.co_flags))


class C:
    def m(self): pass


print(hex(C.m.__code__.co_flags))
exec("def h(x: undefined): pass\nprint(h.__annotations__)")
print(eval("(lambda: 0).__code__.co_flags") == g.__code__.co_flags)
d = {}
exec(compile("def k(x: undefined) -> int: pass", "s", "exec"), d)
print(d["k"].__annotations__)
try:
    exec(compile("def k(x: undefined): pass", "s", "exec", dont_inherit=True), d)
except NameError as e:
    print("NameError", e)
print(hex(compile("1", "s", "eval").co_flags), hex(compile("1", "s", "eval", 0, True).co_flags))
