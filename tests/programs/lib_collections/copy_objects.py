# copy: copy, deepcopy (memo, __copy__/__deepcopy__, slots, recursion), replace, Error
import copy


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"


p = Point([1], {"k": [2]})
c = copy.copy(p)
d = copy.deepcopy(p)
print(c, d, c.x is p.x, d.x is p.x, d.y["k"] is p.y["k"], type(d) is Point)
lst = [1, [2, 3], {"a": (4, [5])}]
sc = copy.copy(lst)
dc = copy.deepcopy(lst)
print(sc == lst, sc is lst, sc[1] is lst[1], dc[1] is lst[1], dc[2]["a"][1] is lst[2]["a"][1])
t = (1, 2, "x")
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, [2]))[1] is not None)
tl = ([1],)
print(copy.deepcopy(tl) is tl, copy.deepcopy(tl) == tl)
for v in (1, 2.5, "s", b"b", None, len, Point, range(3), frozenset({1}), True, 3j, ...):
    print(copy.copy(v) is v, copy.deepcopy(v) is v, end=" ")
print()
s = {1, 2}
print(copy.copy(s) == s, copy.copy(s) is s, copy.copy(bytearray(b"ab")))
rec = [1]
rec.append(rec)
r2 = copy.deepcopy(rec)
print(r2[1] is r2, r2[1] is not rec)
dd = {}
dd["self"] = dd
d2 = copy.deepcopy(dd)
print(d2["self"] is d2)
shared = [0]
pair = [shared, shared]
p2 = copy.deepcopy(pair)
print(p2[0] is p2[1], p2[0] is not shared)
memo = {}
copy.deepcopy(shared, memo)
print(id(shared) in memo)


class Custom:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        print("__copy__ called")
        return Custom(self.v)

    def __deepcopy__(self, memo):
        print("__deepcopy__ called", type(memo).__name__)
        return Custom(copy.deepcopy(self.v, memo))


cu = Custom([1])
print(copy.copy(cu).v is cu.v, copy.deepcopy(cu).v is cu.v)


class Slots:
    __slots__ = ("a", "b", "__priv")

    def __init__(self):
        self.a = [1]
        self.__priv = 2


class MoreSlots(Slots):
    __slots__ = ("c",)


m = MoreSlots()
m.c = "c"
m2 = copy.copy(m)
m3 = copy.deepcopy(m)
print(m2.a is m.a, m3.a is m.a, m3.a, m2.c, m2._Slots__priv, hasattr(m2, "b"))


class Both:
    __slots__ = ("s", "__dict__")


b = Both()
b.s = 1
b.d = 2
b2 = copy.copy(b)
print(b2.s, b2.d)


class MyList(list):
    pass


class MyDict(dict):
    pass


ml = MyList([1, [2]])
ml.tag = "t"
ml2 = copy.deepcopy(ml)
print(type(ml2).__name__, ml2, ml2.tag, ml2[1] is ml[1])
md = MyDict(a=[1])
md2 = copy.copy(md)
print(type(md2).__name__, md2, md2["a"] is md["a"])


class MyInt(int):
    pass


mi = MyInt(5)
mi.x = 1
mi2 = copy.copy(mi)
print(type(mi2).__name__, mi2, mi2.x)


class State:
    def __init__(self):
        self.a = 1

    def __getstate__(self):
        return {"a": self.a, "extra": True}

    def __setstate__(self, st):
        print("setstate", sorted(st))
        self.__dict__.update(st)


st = copy.copy(State())
print(st.a, st.extra)


class Reduced:
    def __init__(self, v):
        self.v = v

    def __reduce__(self):
        return (Reduced, (self.v * 10,))


print(copy.copy(Reduced(1)).v, copy.deepcopy(Reduced(2)).v)


class Bound:
    def m(self):
        return self


bm = Bound().m
bm2 = copy.deepcopy(bm)
print(bm2() is not bm(), type(bm2().__class__).__name__)


class R:
    def __init__(self, a, b):
        self.a, self.b = a, b

    def __replace__(self, **changes):
        return R(changes.get("a", self.a), changes.get("b", self.b))


r = copy.replace(R(1, 2), b=5)
print(r.a, r.b)
try:
    copy.replace(3, x=1)
except TypeError as e:
    print("TypeError", e)
print(copy.Error is copy.error, issubclass(copy.Error, Exception))


def gen():
    yield 1


try:
    copy.copy(gen())
except TypeError as e:
    print("TypeError", e)
copy.deepcopy(gen())
