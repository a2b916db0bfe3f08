# assigning attributes on classes: names, metaclass __setattr__, __class__ of instances
class C:
    pass
C.__name__ = "Renamed"
C.__qualname__ = "Outer.Renamed"
C.__module__ = "mod"
print(C.__name__, C.__qualname__, C.__module__, C)
try:
    C.__name__ = 5
except TypeError as e:
    print("TypeError:", e)
class Frozen(type):
    def __setattr__(cls, k, v):
        raise AttributeError(f"{cls.__name__} is frozen")
class F(metaclass=Frozen):
    x = 1
try:
    F.x = 2
except AttributeError as e:
    print("AttributeError:", e)
print(F.x)
class Logged(type):
    def __setattr__(cls, k, v):
        print("set", cls.__name__, k, v)
        super().__setattr__(k, v)
class G(metaclass=Logged):
    pass
G.y = 3
print(G.y)
class A:
    def who(self): return "A"
class B:
    def who(self): return "B"
a = A()
a.__class__ = B
print(a.who(), type(a).__name__, isinstance(a, B))
try:
    a.__class__ = int
except TypeError as e:
    print(e)
try:
    a.__class__ = 5
except TypeError as e:
    print(e)
class D(dict):
    def __getattr__(self, k):
        try:
            return self[k]
        except KeyError:
            raise AttributeError(k)
d = D(x=1)
print(d.x, hasattr(d, "y"))
class Meta(type): pass
print("__dict__" in Meta.__dict__, "__dict__" in D.__dict__)
class S:
    __slots__ = ("a",)
class T:
    pass
s = S()
try:
    s.__class__ = T
except TypeError as e:
    print(e)
