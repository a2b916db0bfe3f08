# collections: Counter, defaultdict, OrderedDict
from collections import Counter, defaultdict, OrderedDict

c = Counter("abracadabra")
print(c, c["a"], c["zz"], c.most_common(2), c.most_common(), c.total())
print(sorted(c.elements()), list(Counter(b=2, a=1).elements()))
c.update("aaz")
c.update({"b": 10})
c.subtract(["a"] * 10)
print(c)
c.subtract(z=1)
print(c, +c, -c)
a = Counter(a=3, b=1, c=-2)
b = Counter(a=1, b=2, d=4)
print(a + b, a - b, a | b, a & b)
print(a == Counter(a=3, b=1, c=-2), Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= Counter(a=2),
      Counter(a=1) < Counter(a=1), Counter(a=2) >= Counter(a=1, b=0), Counter(a=3) > Counter(a=2))
a += Counter(c=5)
print(a)
a -= Counter(a=10)
print(a)
a |= Counter(q=1)
a &= Counter(q=5, b=1, c=1)
print(a)
del a["nope"]
print(Counter(), repr(Counter(x=0)), Counter({"x": 2, "y": 2, "w": 3}), Counter([1, 1, 2]))
print(Counter("aab") == {"a": 2, "b": 1}, isinstance(Counter(), dict), Counter("ab").copy())
try:
    Counter.fromkeys("ab")
except NotImplementedError as e:
    print("NotImplementedError", e)
print(Counter(["x", "y", "x"]).most_common(0), Counter("abc").most_common(-1))

dd = defaultdict(list)
for k, v in [("a", 1), ("b", 2), ("a", 3)]:
    dd[k].append(v)
print(dd, dd["missing"], len(dd), dd.default_factory)
di = defaultdict(int, {"x": 1}, y=2)
di["z"] += 5
print(di, di.get("nothing"), "nothing" in di)
dn = defaultdict()
print(dn)
try:
    dn["k"]
except KeyError as e:
    print("KeyError", e)
try:
    defaultdict(5)
except TypeError as e:
    print("TypeError", e)
cp = di.copy()
print(type(cp).__name__, cp == di, cp.default_factory)
print(di | {"w": 0}, type(di | {"w": 0}).__name__, {"w": 0} | di)
rec = defaultdict(list)
rec.default_factory = rec.__repr__
print(repr(defaultdict(lambda: 0))[:31])


class Missing(defaultdict):
    pass


m = Missing(str)
m["k"]
print(m)

od = OrderedDict(a=1, b=2, c=3)
od.move_to_end("a")
print(od, list(od))
od.move_to_end("c", last=False)
print(od, od.popitem(), od.popitem(last=False), od)
od2 = OrderedDict([("x", 1), ("y", 2)])
od3 = OrderedDict([("y", 2), ("x", 1)])
print(od2 == od3, od2 == dict(od3), dict(od2) == od3, od2 != od3)
print(od2.keys(), od2.values(), od2.items(), list(reversed(od2)), list(reversed(od2.items())))
print(OrderedDict(), OrderedDict.fromkeys("ab", 0), od2 | {"z": 3}, type(od2 | {}).__name__)
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError", e)
try:
    od2.move_to_end("nope")
except KeyError as e:
    print("KeyError", e)
od2["w"] = 0
od2.setdefault("x", 99)
print(od2, od2.pop("w"), od2.copy(), type(od2.copy()).__name__)
r = OrderedDict()
r["self"] = r
print(r)
Counter(a=1) < 5
