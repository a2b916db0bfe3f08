# tuple subclass with properties, like a named tuple written by hand
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    @property
    def y(self):
        return self[1]
    def __repr__(self):
        return f"Point(x={self.x}, y={self.y})"
    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)

p = Point(1, 2)
q = Point(10, 20)
print(p, q, p + q, p.x, q[1], len(p), tuple(p), p == (1, 2), sorted([q, p]))
x, y = p
print(x, y, isinstance(p, tuple))
