# Dunder protocols: __index__, __length_hint__, __reversed__, __missing__, __contains__
# fallbacks, __bool__ vs __len__, __format__, __round__, __trunc__, __abs__, in-place
# fallbacks, __set_name__, descriptors on classes vs instances.
import math

class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v

seq = list(range(10))
print(seq[Idx(2)], seq[Idx(1):Idx(8):Idx(3)], "abcdef"[Idx(-1)], range(Idx(5))[Idx(2)], list(range(Idx(1), Idx(10), Idx(4))))
print(hex(Idx(255)), oct(Idx(8)), bin(Idx(5)), [1, 2] * Idx(2), "ab" * Idx(3), Idx(3).__index__(), bytes(Idx(2)) if False else b"")
print(math.factorial(Idx(5)) if False else 120, int.__index__(7))
try:
    seq[1.0]
except TypeError as e:
    print("TypeError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    hex(1.5)
except TypeError as e:
    print("TypeError:", e)
class BadIdx:
    def __index__(self):
        return "x"
try:
    seq[BadIdx()]
except TypeError as e:
    print("TypeError:", e)

class Hint:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
    def __length_hint__(self):
        return self.n
print(list(Hint(4)), Hint(3).__length_hint__())

class Rev:
    def __init__(self, items):
        self.items = items
    def __reversed__(self):
        return iter(self.items[::-1] + ["<rev>"])
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
print(list(reversed(Rev([1, 2, 3]))), list(Rev([1, 2])))

class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(list(reversed(Seq())), 20 in Seq(), 5 in Seq(), list(Seq()), sorted(Seq(), reverse=True))

class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter(a=1)
c["b"] += 5
print(c, c["zzz"], c.get("zzz"), "zzz" in c)

class Iter:
    def __iter__(self):
        yield from [1, 2, 3]
class GetItem:
    def __getitem__(self, i):
        if i > 4:
            raise IndexError
        return i
class Contains:
    def __contains__(self, x):
        return x == "yes"
print(2 in Iter(), 9 in Iter(), 3 in GetItem(), 7 in GetItem(), "yes" in Contains(), "no" in Contains(), "no" not in Contains())
try:
    1 in 5
except TypeError as e:
    print("TypeError:", e)

class B1:
    def __bool__(self):
        return False
    def __len__(self):
        return 5
class B2:
    def __len__(self):
        return 0
class B3:
    def __bool__(self):
        return 1
class B4:
    def __len__(self):
        return -1
print(bool(B1()), bool(B2()), not B2(), len(B1()))
for obj in (B3(), B4()):
    try:
        bool(obj)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec.endswith("c"):
            return f"{self.cents}c"
        return format(self.cents / 100, spec or ".2f") + " EUR"
    def __round__(self, n=None):
        return Money(round(self.cents, -2)) if n is None else Money(round(self.cents, n))
    def __trunc__(self):
        return self.cents // 100
    def __floor__(self):
        return "floor"
    def __ceil__(self):
        return "ceil"
    def __abs__(self):
        return Money(abs(self.cents))
    def __repr__(self):
        return f"Money({self.cents})"
m = Money(-12345)
print(f"{m}", f"{m:c}", f"{m:>12.1f}", format(m), "{:.3f}".format(m), round(m), round(m, -3), math.trunc(m), math.floor(m), math.ceil(m), abs(m))
class NoFmt:
    pass
try:
    format(NoFmt(), "x")
except TypeError as e:
    print("TypeError:", e)
print(format(NoFmt(), "")[:9])

class Vec:
    def __init__(self, *c):
        self.c = c
    def __add__(self, o):
        return Vec(*(a + b for a, b in zip(self.c, o.c)))
    def __mul__(self, k):
        return Vec(*(a * k for a in self.c))
    __rmul__ = __mul__
    def __repr__(self):
        return f"Vec{self.c}"
class VecI(Vec):
    def __iadd__(self, o):
        self.c = tuple(a - b for a, b in zip(self.c, o.c))
        return self
    def __imul__(self, k):
        return NotImplemented
v = Vec(1, 2)
w = v
v += Vec(3, 4)
print(v, w, v is w)
v *= 2
print(v, 3 * v)
vi = VecI(1, 2)
same = vi
vi += Vec(1, 1)
print(vi, vi is same)
vi *= 3
print(vi, type(vi).__name__)
try:
    v -= v
except TypeError as e:
    print("TypeError:", e)
lst = [1]
t = (lst,)
try:
    t[0] += [2]
except TypeError as e:
    print("TypeError:", e, t)

class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = "_" + name
    def __get__(self, inst, owner=None):
        if inst is None:
            return self
        return getattr(inst, self.name, "unset")
    def __set__(self, inst, value):
        setattr(inst, self.name, value)
class NonData:
    def __get__(self, inst, owner=None):
        return ("nondata", inst is None, owner.__name__)
class Rec:
    a = Field()
    b = Field()
    nd = NonData()
r = Rec()
r.a = 1
print(r.a, r.b, type(Rec.a).__name__, Rec.nd, r.nd)
r.__dict__["a"] = "dict wins?"
r.__dict__["nd"] = "instance wins"
print(r.a, r.nd, vars(r))
Rec.a = "replaced"
print(r.a, Rec.a)
f = Field()
f.__set_name__(Rec, "late")
Rec.late = f
r.late = 5
print(r.late, r._late)
class Lazy:
    def __init__(self, fn):
        self.fn = fn
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, inst, owner):
        if inst is None:
            return self
        v = self.fn(inst)
        inst.__dict__[self.name] = v
        return v
class Circle:
    def __init__(self, r):
        self.r = r
    @Lazy
    def area(self):
        print("  computing")
        return round(3.14159 * self.r ** 2, 2)
ci = Circle(2)
print(ci.area, ci.area, "area" in vars(ci))
