# data descriptors beat the instance dict, which beats non-data descriptors
class Data:
    def __get__(self, obj, objtype=None):
        return "data" if obj is not None else f"data on {objtype.__name__}"
    def __set__(self, obj, value):
        print("Data.__set__", value)
    def __delete__(self, obj):
        print("Data.__delete__")
class NonData:
    def __get__(self, obj, objtype=None):
        return "nondata"
class Host:
    d = Data()
    n = NonData()
    def method(self):
        return "method"
h = Host()
h.__dict__["d"] = "dict d"
h.__dict__["n"] = "dict n"
print(h.d, h.n, Host.d, Host.n)
h.d = 1
del h.d
del h.n
print(h.n, h.__dict__)
h.method = lambda: "shadowed"
print(h.method(), Host.method(h), type(Host.__dict__["method"]).__name__)
print(getattr(h, "missing", "default"), hasattr(h, "d"), hasattr(Host, "n"))

class Lazy:
    """a non-data descriptor that caches into the instance dict"""
    def __init__(self, fn):
        self.fn = fn
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        value = self.fn(obj)
        obj.__dict__[self.name] = value
        return value
class Circle:
    def __init__(self, r):
        self.r = r
    @Lazy
    def area(self):
        print("computing")
        return 3 * self.r * self.r
c = Circle(2)
print(c.area, c.area, type(Circle.area).__name__, sorted(vars(c)))

class ReadOnly:
    @property
    def value(self):
        return 42
ro = ReadOnly()
for action in ("set", "del"):
    try:
        if action == "set":
            ro.value = 1
        else:
            del ro.value
    except AttributeError as e:
        print("AttributeError:", e)

class Point:
    __slots__ = ("x", "y")
p = Point()
p.x = 1
try:
    print(p.y)
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.__dict__
except AttributeError as e:
    print("AttributeError:", e)
try:
    vars(p)
except TypeError as e:
    print("TypeError:", e)
print(Point.x, type(Point.__dict__["y"]).__name__, hasattr(p, "x"), hasattr(p, "y"))
try:
    class Clash:
        __slots__ = ("a",)
        a = 1
except ValueError as e:
    print("ValueError:", e)
try:
    class NotIdent:
        __slots__ = ("a b",)
except TypeError as e:
    print("TypeError:", e)
class Both:
    __slots__ = "only"
b = Both()
b.only = "one"
print(b.only, Both.__slots__)
