# match: class patterns, positional via __match_args__ and keyword
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
class Circle:
    __match_args__ = ("center", "r")
    def __init__(self, center, r):
        self.center, self.r = center, r
def where(obj):
    match obj:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Circle(Point(x, y), r=r) if r > 10:
            return f"big circle at ({x}, {y})"
        case Circle(center=c, r=r):
            return f"circle r={r} at {c.x},{c.y}"
        case Point():
            return "some point"
        case int() | float() as num:
            return f"number {num}"
        case str(s):
            return f"string {s}"
        case [Point(x=px), *_]:
            return f"list starting with point x={px}"
        case _:
            return "unknown"
for o in (Point(0, 0), Point(0, 5), Point(7, 0), Point(1, 1), Circle(Point(1, 2), 20),
          Circle(Point(3, 4), 1), 3, 2.5, "txt", [Point(9, 9)], None):
    print(where(o))
class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print("TypeError:", e)
