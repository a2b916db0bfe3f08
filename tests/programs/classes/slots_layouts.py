# __slots__ with inheritance, __dict__ and __weakref__ slots.
import weakref

class Base:
    __slots__ = ("x",)

class Child(Base):
    __slots__ = ("y",)

class WithDict(Base):
    __slots__ = ("z", "__dict__")

class NoSlots(Base):
    pass

class Weak:
    __slots__ = ("v", "__weakref__")

class NoWeak:
    __slots__ = ("v",)

c = Child()
c.x, c.y = 1, 2
print(c.x, c.y, hasattr(c, "__dict__"), Child.__slots__, Base.__slots__, type(Child.x).__name__, type(Child.y).__name__)
try:
    c.z = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    Child().x
except AttributeError as e:
    print("AttributeError:", e)
w = WithDict()
w.x, w.z, w.extra = 1, 2, 3
print(w.__dict__, w.x, w.z)
n = NoSlots()
n.anything = 5
print(n.__dict__, hasattr(n, "__weakref__"))
r = weakref.ref(Weak())
print(type(r).__name__)
try:
    weakref.ref(NoWeak())
except TypeError as e:
    print("TypeError:", e)
try:
    class Conflict:
        __slots__ = ("a",)
        a = 1
except ValueError as e:
    print("ValueError:", e)
try:
    class Dup(Base):
        __slots__ = ("__dict__", "__dict__")
except TypeError as e:
    print("TypeError:", e)
class StrSlot:
    __slots__ = "only"
print(StrSlot.__slots__, [k for k in vars(StrSlot) if k == "only"])
class Mangled:
    __slots__ = ("__secret", "public")
    def __init__(self):
        self.__secret = "s"
print(Mangled().__dict__ if hasattr(Mangled(), "__dict__") else "no dict", sorted(k for k in vars(Mangled) if "secret" in k))
print(Mangled()._Mangled__secret)
class P:
    __slots__ = ("a", "b")
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __repr__(self):
        return f"P({', '.join(f'{s}={getattr(self, s, None)!r}' for s in self.__slots__)})"
    def __eq__(self, o):
        return all(getattr(self, s) == getattr(o, s) for s in self.__slots__)
    __hash__ = None
p = P(1, [2])
del p.b
print(p)
try:
    del p.b
except AttributeError as e:
    print("AttributeError:", e)
p.b = 3
print(p, P(1, 2) == P(1, 2), P.__hash__)
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)
class Empty:
    __slots__ = ()
try:
    Empty().x = 1
except AttributeError as e:
    print("AttributeError:", e)
print(Empty.__dict__.get("__slots__"), "__dict__" in dir(Empty()), "__weakref__" in dir(Weak()))
class Sub(Empty):
    __slots__ = ["q"]
s = Sub()
s.q = 9
print(s.q, Sub.q.__name__, Sub.q.__objclass__.__name__, Sub.q.__qualname__, repr(Sub.q)[:26])
print(isinstance(Child.x, object), Child.__mro__[1].__name__, [k for k in Child.__dict__ if not k.startswith("__")])
class Prop:
    __slots__ = ("_v",)
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, val):
        self._v = val * 2
pr = Prop()
pr.v = 4
print(pr.v, pr._v)
try:
    pr.w = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    class Bad(int):
        __slots__ = ("a",)
except TypeError as e:
    print("TypeError:", e)
class TupleSlots(tuple):
    __slots__ = ()
print(TupleSlots((1, 2)), hasattr(TupleSlots((1,)), "__dict__"))
class A:
    __slots__ = ('b', 'a', '__c', '__weakref__')
print(list(vars(A)))
class B(A):
    pass
print(list(vars(B)))
class C:
    __slots__ = ('x',)
class D(C):
    pass
print(list(vars(D)))
class E(C):
    __slots__ = ('__dict__',)
class F(E):
    pass
print(list(vars(E)), list(vars(F)))
try:
    class G:
        __slots__ = ('__c',)
        _G__c = 1
except ValueError as e:
    print(e)
try:
    class H:
        __slots__ = ('a', 'a')
except Exception as e:
    print(type(e), e)
