# a complete numeric class: a 2D vector
class Vec:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y) if isinstance(o, Vec) else NotImplemented
    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k) if isinstance(k, (int, float)) else NotImplemented
    __rmul__ = __mul__
    def __matmul__(self, o):
        return self.x * o.x + self.y * o.y
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __bool__(self):
        return bool(self.x or self.y)
    def __iter__(self):
        yield self.x
        yield self.y
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __len__(self):
        return 2
a, b = Vec(3, 4), Vec(1, -2)
print(a + b, a - b, a * 2, 2 * a, a @ b, -a, abs(a), bool(Vec(0, 0)), list(a), a[1], len(a))
print(a == Vec(3, 4), {a, Vec(3, 4)}, sum([a, b], Vec(0, 0)), max([a, b], key=abs))
x, y = a
print(x, y, tuple(b), sorted([b, a], key=lambda v: v.x))
try:
    a + 1
except TypeError as e:
    print("TypeError:", e)
try:
    a * "s"
except TypeError as e:
    print("TypeError:", e)
