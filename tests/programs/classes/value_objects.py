# Value objects with __repr__/__eq__/__hash__ used in sets and dicts; registries.
class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"{type(self).__name__}({self.x!r}, {self.y!r})"

    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

class Point3(Point):
    def __init__(self, x, y, z=0):
        super().__init__(x, y)
        self.z = z

    def __repr__(self):
        return f"{super().__repr__()[:-1]}, {self.z!r})"

    def __eq__(self, other):
        if isinstance(other, Point3):
            return (self.x, self.y, self.z) == (other.x, other.y, other.z)
        return super().__eq__(other)

    __hash__ = Point.__hash__

class NoHash:
    def __eq__(self, other):
        return True

pts = [Point(1, 2), Point(1, 2), Point(2, 1), Point3(1, 2), Point3(1, 2, 5), Point(1.0, 2.0)]
s = set(pts)
print(len(s), sorted(s, key=repr))
d = {}
for p in pts:
    d[p] = d.get(p, 0) + 1
print(sorted(d.items(), key=lambda kv: repr(kv[0])))
print(Point(1, 2) == Point3(1, 2), Point3(1, 2) == Point(1, 2), Point(1, 2) != (1, 2), Point(1, 2) == (1, 2))
print(Point.__hash__ is not None, NoHash.__hash__, Point3.__hash__ is Point.__hash__)
try:
    {NoHash()}
except TypeError as e:
    print("TypeError:", e)
print(hash(Point(3, 4)) == hash((3, 4)), Point(0, 0) in {Point(0, 0): 1})

class Shape:
    registry = {}

    def __init_subclass__(cls, /, kind=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.kind = kind or cls.__name__.lower()
        Shape.registry[cls.kind] = cls

    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__ if isinstance(item, type) else item!r}]"

class Circle(Shape, kind="round"):
    pass

class Square(Shape):
    pass

class Tiny(Square, kind="tiny"):
    pass

print(sorted(Shape.registry), Tiny.kind, Square.kind, Circle.kind, Shape.registry["tiny"].__mro__[1].__name__)
print(Shape[int], Circle["x"], Tiny[3], Square[Point])
try:
    class Bad(Shape, colour="red"):
        pass
except TypeError as e:
    print("TypeError:", e)

class Meta(type):
    calls = []

    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, [b.__name__ for b in bases], kw)
        ns = {"created_by": mcls.__name__}
        return ns

    def __new__(mcls, name, bases, ns, **kw):
        print("new", name, sorted(k for k in ns if not k.startswith("__")))
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.options = kw

    def __call__(cls, *args, **kwargs):
        Meta.calls.append((cls.__name__, args))
        inst = super().__call__(*args, **kwargs)
        inst.made_by_meta = True
        return inst

class Model(metaclass=Meta, table="models"):
    a = 1
    def method(self):
        return self.a

class User(Model, table="users"):
    def __init__(self, name):
        self.name = name

u = User("ann")
print(u.name, u.made_by_meta, u.created_by, User.options, Model.options, Meta.calls, type(User).__name__)
print(isinstance(User, Meta), User.__class__ is Meta, Model().method())

class Singleton(type):
    _inst = {}
    def __call__(cls, *a):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a)
        return cls._inst[cls]

class Config(metaclass=Singleton):
    def __init__(self, v):
        self.v = v

print(Config(1).v, Config(2).v, Config(1) is Config(3))
