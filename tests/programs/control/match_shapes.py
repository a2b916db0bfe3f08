# match statements over classes, mappings and sequences.
class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class Circle:
    __match_args__ = ("center", "r")

    def __init__(self, center, r):
        self.center, self.r = center, r


class Rect:
    def __init__(self, a, b):
        self.a, self.b = a, b


def describe(shape):
    match shape:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y) | Point(x=y, y=0):
            return f"on an axis at {y}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return f"point {shape}"
        case Circle(Point(x, y), r=0):
            return f"degenerate circle at {x},{y}"
        case Circle(c, r) if r < 0:
            return "bad radius"
        case Circle(center=Point() as c, r=r):
            return f"circle {c} r={r}"
        case Rect(a=Point(x=x1), b=Point(x=x2)) if x1 > x2:
            return "reversed rect"
        case Rect():
            return "rect"
        case {"type": "point", "x": int(x), "y": int(y), **rest}:
            return f"dict point {x},{y} extra={rest}"
        case {"type": str() as t}:
            return f"dict of type {t}"
        case [Point() as p, *others] if others:
            return f"path from {p} with {len(others)} more"
        case [] | ():
            return "empty"
        case [x]:
            return f"one {x!r}"
        case [1, 2, *_, 9]:
            return "1-2-...-9"
        case (str() | bytes()) as s:
            return f"text {s!r}"
        case int(n) if n < 0:
            return "negative"
        case 0 | 0.0:
            return "zero"
        case True:
            return "true!"
        case float(f) | int(f):
            return f"number {f}"
        case None:
            return "none"
        case _:
            return f"unknown {type(shape).__name__}"


tests = [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2),
         Circle(Point(1, 1), 0), Circle(Point(0, 0), -1), Circle(Point(2, 3), 4),
         Rect(Point(5, 0), Point(1, 0)), Rect(Point(1, 0), Point(5, 0)),
         {"type": "point", "x": 1, "y": 2, "z": 3}, {"type": "point", "x": 1.0, "y": 2},
         {"type": 5}, [Point(1, 1), Point(2, 2)], [Point(1, 1)], [], (), [42], (1, 2, 3, 9),
         [1, 2, 9], "abc", b"xy", -3, 0, 0.0, False, True, 1, 2.5, None, {1, 2}, {}]
for t in tests:
    print(describe(t))


class P2:
    __match_args__ = ("a",)
    a = 1


match P2():
    case P2(a):
        print("P2 a =", a)
try:
    match Rect(1, 2):
        case Rect(1, 2):
            pass
except TypeError as e:
    print("TypeError:", e)
try:
    match Point(1, 2):
        case Point(1, 2, 3):
            pass
except TypeError as e:
    print("TypeError:", e)
try:
    match Point(1, 2):
        case Point(1, x=1):
            pass
except TypeError as e:
    print("TypeError:", e)
cmd = "go north fast"
match cmd.split():
    case ["go", ("north" | "south") as d, *mods]:
        print("going", d, mods)
match {"a": 1, "b": 2}:
    case {"a": 1, **kw}:
        print(kw)
match "x":
    case str(v):
        print("str", v)
match 5:
    case int(x) if x > 10:
        print("big")
    case x:
        print("captured", x)
