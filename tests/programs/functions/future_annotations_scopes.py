# under the future import names read only by annotations make no cells or free variables
# in the enclosing function; PEP 695 class and method annotations stay strings
from __future__ import annotations
def outer():
    x = 1
    y = 2
    class C:
        a: x
    def f(p: y) -> [z for z in y]: pass
    return C, f
print(outer.__code__.co_cellvars, outer.__code__.co_varnames)
C, f = outer()
print(C.__annotations__, f.__annotations__, f.__code__.co_freevars, f.__closure__)
class D[T]:
    a: T
    def m(self, v: T) -> D[T]: pass
print(D.__annotations__, D.m.__annotations__)
