# functools: reduce, partial, partialmethod, wraps, total_ordering, cmp_to_key
import functools
from functools import partial, reduce, wraps, total_ordering, cmp_to_key

print(reduce(lambda a, b: a * b, range(1, 6)), reduce(lambda a, b: a + b, [], 10),
      reduce(lambda a, b: a + [b], "abc", []))
for thunk in (lambda: reduce(lambda a, b: a, []), lambda: reduce(lambda a, b: a, 5),
              lambda: partial(), lambda: partial(1), lambda: cmp_to_key(lambda a, b: 0)(1) < 2):
    try:
        thunk()
    except TypeError as e:
        print("TypeError", e)


def f(a, b, c=3, *, d=4):
    return (a, b, c, d)


p = partial(f, 1, d=9)
print(p(2), p(2, 5, d=0), p.func is f, p.args, p.keywords)
pp = partial(p, 7, c=8)
print(pp(), pp.func is f, pp.args, pp.keywords)
print(partial(max, 1, key=abs), repr(partial(max))[:25])


class Sub(partial):
    pass


s = Sub(p, 2)
print(s(), type(s).__name__, s.func is p, repr(s).startswith("__main__.Sub(functools.partial("))
p.attr = 1
print(p.attr, p.__dict__)


class Cell:
    def __init__(self):
        self.v = None

    def set(self, v, tag=""):
        self.v = (v, tag)

    set_on = functools.partialmethod(set, True)
    set_tag = functools.partialmethod(set, tag="t")


c = Cell()
c.set_on()
print(c.v)
c.set_tag(5)
print(c.v, repr(Cell.__dict__["set_on"]).startswith("functools.partialmethod(<function"))


def deco(fn):
    @wraps(fn)
    def inner(*a, **k):
        """inner doc"""
        return fn(*a, **k)
    return inner


@deco
def documented(x: int) -> int:
    """Doc here."""
    return x * 2


documented.extra = 1
print(documented(4), documented.__name__, documented.__doc__, documented.__annotations__,
      documented.__wrapped__.__name__, documented.__qualname__)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)


def target():
    pass


target.marker = "m"


def wrapper():
    pass


functools.update_wrapper(wrapper, target, assigned=("__name__",), updated=())
print(wrapper.__name__, hasattr(wrapper, "marker"), wrapper.__wrapped__ is target)
functools.update_wrapper(wrapper, target)
print(wrapper.marker)


@total_ordering
class V:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v

    def __lt__(self, other):
        if not isinstance(other, V):
            return NotImplemented
        return self.v < other.v


a, b = V(1), V(2)
print(a < b, a > b, a <= b, a >= b, a <= V(1), a >= V(1), V.__gt__.__name__)
try:
    a > 5
except TypeError as e:
    print("TypeError", e)


@total_ordering
class G:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v

    def __ge__(self, other):
        return self.v >= other.v


print(G(1) < G(2), G(2) <= G(2), G(3) > G(2), sorted([G(3), G(1), G(2)])[0].v)
try:
    total_ordering(type("X", (), {}))
except ValueError as e:
    print("ValueError", e)


def cmp(a, b):
    return (a > b) - (a < b)


words = ["pear", "Apple", "fig", "banana"]
print(sorted(words, key=cmp_to_key(lambda a, b: cmp(len(a), len(b)))),
      sorted([3, 1, 2], key=cmp_to_key(cmp), reverse=True))
K = cmp_to_key(cmp)
print(K(1) < K(2), K(1) == K(1), K(2) >= K(3), callable(K))
try:
    hash(K(1))
except TypeError as e:
    print("TypeError", e)
print(reduce(lambda a, b: a - b, [10, 1, 2]))
reduce(lambda a, b: a, [])
