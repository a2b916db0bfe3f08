# from __future__ import annotations (PEP 563): annotations are stored as strings and never
# evaluated, in functions, classes and modules; other targets' annotations are not evaluated
from __future__ import annotations

import sys


def f(a: undefined_name, b: int = 1, *args: Missing[int], c: "quoted" = 2,
      **kw: dict[str, int]) -> None | Undefined:
    x: NotEvaluated = 3
    y: AlsoNot
    return x


print(f.__annotations__)
print(f(0))
print(f.__code__.co_varnames)


async def g(x: list[int]) -> Awaitable[str]:
    pass


print(g.__annotations__)
print((lambda: 0).__annotations__)


class C:
    attr: Undefined[int]
    value: int = 5
    __private: Mangled
    (paren): NotStored = 1

    def method(self, other: C) -> C:
        return self

    class Inner:
        field: C.Inner


print(C.__annotations__)
print(C.method.__annotations__)
print(C.Inner.__annotations__)
print(C.value, C.paren)

module_var: Whatever[1, 2]
other: int = 10
print(__annotations__)


class Obj:
    pass


o = Obj()
o.attr: UndefinedForAttr = 4
print(o.attr)
items = [0, 1]
items[0]: UndefinedForSubscript = 7
print(items)
items[1]: UndefinedNoValue
o.attr: UndefinedNoValue
print(items, o.attr)
try:
    missing.attr: int
except NameError as e:
    print("NameError", e)
try:
    missing[0]: int
except NameError as e:
    print("NameError", e)


def nested():
    def inner(p: outer_name) -> inner_name:
        pass
    return inner


print(nested().__annotations__)


def generic[T](x: T, *ys: *Ts) -> list[T]:
    pass


print(generic.__annotations__)
print(sys.modules[__name__].__annotations__ is __annotations__)
