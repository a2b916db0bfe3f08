# metaclass __call__, __new__ and __init__ with class keywords, __init_subclass__, __set_name__
class Singleton(type):
    instances = {}
    def __call__(cls, *args, **kwargs):
        if cls not in Singleton.instances:
            print("creating", cls.__name__, args, kwargs)
            Singleton.instances[cls] = super().__call__(*args, **kwargs)
        return Singleton.instances[cls]
class Config(metaclass=Singleton):
    def __init__(self, path, debug=False):
        self.path = path
        self.debug = debug
c1 = Config("a.ini", debug=True)
c2 = Config("b.ini")
print(c1 is c2, c2.path, c2.debug, type(Config).__name__, isinstance(Config, Singleton))

class Tagged(type):
    def __new__(mcs, name, bases, ns, tag="none", **kwargs):
        print("Tagged.__new__", name, [b.__name__ for b in bases], tag, sorted(kwargs))
        cls = super().__new__(mcs, name, bases, ns, **kwargs)
        cls.tag = tag
        return cls
    def __init__(cls, name, bases, ns, **kwargs):
        print("Tagged.__init__", name, sorted(kwargs))
        super().__init__(name, bases, ns)
    def describe(cls):
        return f"{cls.__name__}[{cls.tag}]"
class Base(metaclass=Tagged, tag="base"):
    def __init_subclass__(cls, flavor="plain", **kwargs):
        print("init_subclass", cls.__name__, flavor)
        cls.flavor = flavor
        super().__init_subclass__(**kwargs)
class Child(Base, tag="child", flavor="spicy"):
    pass
class Grandchild(Child):
    pass
print(Base.describe(), Child.describe(), Grandchild.describe(), Child.flavor, Grandchild.flavor)
print(type(Grandchild).__name__, hasattr(Child(), "describe"), Child.tag, Grandchild().tag)
try:
    class Bad(Base, unknown=1):
        pass
except TypeError as e:
    print("TypeError:", e)

class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, "unset")
    def __set__(self, obj, value):
        setattr(obj, self.name, value)
class Record:
    x = Field()
    y = Field()
r = Record()
r.x = 5
print(r.x, r.y, vars(r), type(Record.x).__name__)
Dyn = type("Dyn", (Record,), {"z": Field()})
print(Dyn().z, Dyn.__mro__[1].__name__)

class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__ if isinstance(item, type) else item}]"
print(Box[int], Box["x"], Box[1, 2])

class A:
    pass
class B:
    pass
class MA(type):
    pass
class MB(type):
    pass
class X(metaclass=MA):
    pass
class Y(metaclass=MB):
    pass
try:
    class Z(X, Y):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class W(A, A):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class V(A, object, B):
        pass
except TypeError as e:
    print("TypeError:", e)
