# instances of int, str, tuple, list and dict subclasses are real values with attributes
class Age(int):
    def __new__(cls, years, unit="y"):
        self = super().__new__(cls, years)
        self.unit = unit
        return self
    def describe(self):
        return f"{int(self)}{self.unit}"
a = Age(41)
print(a, repr(a), a + 1, type(a + 1).__name__, a * 2, -a, a // 5, a % 5, divmod(a, 7))
print(a.describe(), a.unit, a.__dict__, isinstance(a, int), type(a).__name__, a == 41, hash(a) == hash(41))
print([10, 20, 30, 40, 50][Age(2)], range(Age(3)), bin(a), f"{a:>5}", a.bit_length(), sorted([Age(3), 1, Age(2)]))

class Name(str):
    def shout(self):
        return self.upper() + "!"
n = Name("ada")
n.tag = "person"
print(n, repr(n), n.shout(), n + "x", type(n + "x").__name__, n.title(), type(n.title()).__name__)
print(len(n), n[0], n * 2, "d" in n, n == "ada", {n: 1}["ada"], n.tag, "-".join([n, "b"]), f"<{n}>")

class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def first(self):
        return self[0]
p = Pair(1, 2)
print(p, p.first, len(p), p + (3,), type(p + (3,)).__name__, list(p), p == (1, 2), hash(p) == hash((1, 2)))
x, y = p
print(x, y, p.count(1), p.index(2), isinstance(p, tuple), tuple(p) is p, type(tuple(p)).__name__)

class Stack(list):
    def push(self, v):
        self.append(v)
        return self
    def __getitem__(self, i):
        return "item " + str(super().__getitem__(i))
s = Stack([1, 2])
s.push(3).push(4)
s.name = "s"
print(s, len(s), s[0], s[-1], list(s), s.pop(), s, s.name, sorted(Stack([3, 1, 2])), s == [1, 2, 3])
print(type(s + [9]).__name__, [v for v in s], 2 in s, bool(Stack()))

class Registry(dict):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.writes = 0
    def __setitem__(self, k, v):
        self.writes += 1
        super().__setitem__(k, v)
    def __iter__(self):
        return iter(sorted(super().__iter__()))
r = Registry(b=2)
r["c"] = 3
r["a"] = 1
r.update(z=26)
print(r, r.writes, list(r), [k for k in r], len(r), r.get("a"), "c" in r, dict(r) == {"b": 2, "c": 3, "a": 1, "z": 26})
class Empty(list):
    def __len__(self):
        return 0
print(bool(Empty([1])), len(Empty([1, 2])), Empty([1, 2]))
