# rich comparisons, reflection and NotImplemented
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        print(f"  {self.v}.__eq__({getattr(o, 'v', o)})")
        return isinstance(o, V) and self.v == o.v
    def __lt__(self, o):
        print(f"  {self.v}.__lt__({getattr(o, 'v', o)})")
        return self.v < o.v if isinstance(o, V) else NotImplemented
    def __le__(self, o):
        return self.v <= o.v
    def __repr__(self):
        return f"V{self.v}"
a, b = V(1), V(2)
print(a < b)
print(b > a)
print(a == b)
print(a != b)
print(a >= b)
try:
    a < 5
except TypeError as e:
    print("TypeError:", e)
try:
    5 > a
except TypeError as e:
    print("TypeError:", e)
print(sorted([V(3), V(1), V(2)]))
print(a == 1, 1 == a)
class AlwaysNot:
    def __eq__(self, o):
        return NotImplemented
x = AlwaysNot()
print(x == x, x == AlwaysNot(), x != x)
