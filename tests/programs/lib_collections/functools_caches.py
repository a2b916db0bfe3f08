# functools: lru_cache, cache, cached_property, singledispatch, singledispatchmethod
import functools
from collections.abc import Sequence, Mapping

calls = []


@functools.lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x


print([sq(i) for i in (1, 2, 1, 3, 2, 1)], calls)
print(sq.cache_info(), sq.cache_parameters(), sq.__wrapped__(5), sq.__name__)
sq.cache_clear()
print(sq.cache_info())
info = sq.cache_info()
print(info.hits, info.maxsize, info._fields, type(info).__name__)


@functools.lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info())


@functools.lru_cache(maxsize=None, typed=True)
def typed(x):
    calls.append(("t", x))
    return x


typed(1)
typed(1.0)
typed(1)
print(typed.cache_info(), typed.cache_parameters())


@functools.lru_cache(maxsize=0)
def nocache(x):
    return x


nocache(1)
nocache(1)
print(nocache.cache_info())


@functools.cache
def kw(a, b=2, *, c=3):
    calls.append(("kw", a, b, c))
    return a + b + c


print(kw(1), kw(1), kw(1, c=5), kw(1, c=5), kw(a=1), kw.cache_info())
try:
    functools.lru_cache("x")
except TypeError as e:
    print("TypeError", e)
try:
    kw([1])
except TypeError as e:
    print("TypeError", e)


@functools.lru_cache(maxsize=3)
def many(x):
    return x


for i in [1, 2, 3, 4, 1, 2, 5, 3, 3, 4]:
    many(i)
print(many.cache_info())


class Data:
    def __init__(self, n):
        self.n = n
        self.computed = 0

    @functools.cached_property
    def total(self):
        self.computed += 1
        return sum(range(self.n))


d = Data(5)
print(d.total, d.total, d.computed, "total" in d.__dict__)
del d.total
print(d.total, d.computed)
d.total = 99
print(d.total, type(Data.total).__name__, Data.total.attrname)


class Slotted:
    __slots__ = ("x",)

    @functools.cached_property
    def prop(self):
        return 1


try:
    Slotted().prop
except TypeError as e:
    print("TypeError", e)
cp = functools.cached_property(lambda self: 1)
try:
    class Two:
        a = cp
        b = cp
except (TypeError, RuntimeError) as e:
    print(type(e).__name__, e, "|", e.__cause__)


@functools.singledispatch
def describe(x):
    return f"object {x!r}"


@describe.register
def _(x: int):
    return f"int {x}"


@describe.register(float)
def _(x):
    return f"float {x}"


@describe.register(list)
@describe.register(tuple)
def _(x):
    return f"seq of {len(x)}"


@describe.register
def _(x: str | bytes):
    return f"text {x!r}"


@describe.register(Mapping)
def _(x):
    return f"mapping {sorted(x)}"


@describe.register(Sequence)
def _(x):
    return f"abc sequence {len(x)}"


class MyList(list):
    pass


print(describe(1), describe(True), describe(2.5), describe([1]), describe((1, 2)),
      describe("s"), describe(b"b"), describe({"b": 1, "a": 2}), describe(range(4)),
      describe(MyList([1, 2, 3])), describe(None))
print(describe.dispatch(bool).__name__, describe.dispatch(dict) is describe.registry[Mapping],
      object in describe.registry, len(describe.registry))
try:
    describe()
except TypeError as e:
    print("TypeError", e)
try:
    describe.register(lambda x: 0)
except TypeError as e:
    print("TypeError", str(e).split(":")[0])


class Shape:
    @functools.singledispatchmethod
    def area(self, arg):
        return "generic"

    @area.register
    def _(self, arg: int):
        return f"int {arg}"

    @area.register(str)
    def _(self, arg):
        return f"str {arg}"


sh = Shape()
print(sh.area(1), sh.area("x"), sh.area(1.5))
