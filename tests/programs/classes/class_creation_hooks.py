# Class creation hooks (__prepare__, __set_name__, __init_subclass__, metaclass __call__), __class__ cells and protocols.
def t(f):
    try:
        print(repr(f())[:100].replace(hex(id(f)), ""))
    except BaseException as e:
        print(type(e).__name__ + ":", e)
class A:
    @classmethod
    @property
    def x(cls): return 1
t(lambda: type(A.x).__name__)
class B:
    def f(self):
        def g():
            return super().f()
        return g()
t(lambda: B().f())
class C:
    def f(self):
        return __class__
t(lambda: C().f().__name__)
class D:
    def __init_subclass__(cls, **kw):
        print("  init_subclass", cls.__name__, sorted(cls.__dict__.keys() - {"__module__", "__qualname__", "__doc__", "__firstlineno__", "__static_attributes__", "__dict__", "__weakref__"}))
class N:
    def __set_name__(self, owner, name):
        print("  set_name", owner.__name__, name)
class E(D):
    a = N()
    b = N()
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("  prepare", name, kw)
        return {"injected": 1}
    def __new__(mcls, name, bases, ns, **kw):
        print("  new", name, sorted(k for k in ns if not k.startswith("__")))
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print("  init", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *a):
        print("  call", cls.__name__, a)
        return super().__call__(*a)
class F(metaclass=Meta, flag=True):
    y = injected + 1
    def __init__(self, v=0):
        self.v = v
t(lambda: (F.y, F(5).v, type(F).__name__))
t(lambda: F.__static_attributes__)
t(lambda: E.__firstlineno__ > 0)
class G:
    def __init__(self):
        self.a = 1
        self.b = 2
    def m(self):
        self.c = 3
t(lambda: G.__static_attributes__)
t(lambda: sorted(vars(G()).items()))
import sys
t(lambda: [k for k in sys.modules if k in ("sys", "builtins", "__main__", "math")])
class H:
    __slots__ = ()
t(lambda: H().__class__.__slots__)
t(lambda: hasattr(H(), "__dict__"))
class I:
    def __eq__(self, o): return "eq-result"
t(lambda: I() == 1)
t(lambda: I() != 1)
t(lambda: 1 == I())
t(lambda: [I()] == [1])
t(lambda: I() in [1])
class J:
    def __lt__(self, o): return NotImplemented
    def __gt__(self, o): return "gt"
t(lambda: J() < J())
t(lambda: 1 < J())
class K:
    def __init__(self): self.calls = 0
    def __iter__(self):
        self.calls += 1
        return iter([1, 2])
k = K()
t(lambda: (list(k), tuple(k), sorted(k), k.calls))
class L:
    def __len__(self): return 2
    def __getitem__(self, i):
        if i >= 2: raise IndexError(i)
        return i * 10
t(lambda: (list(L()), list(reversed(L())), 10 in L(), sorted(L(), reverse=True)))
class M(dict):
    def __getitem__(self, k): return k * 2
t(lambda: (M(a=1)["x"], M(a=1).get("a"), dict(M(a=1)), "%(a)s" % M(a=1), "{a}".format_map(M(a=1))))
class O(list):
    def __iter__(self): return iter([9])
t(lambda: (list(O([1, 2])), sum(O([1, 2])), sorted(O([1, 2])), [*O([1, 2])], len(O([1, 2]))))
class P(str):
    def __str__(self): return "P-str"
    def __repr__(self): return "P-repr"
t(lambda: (str(P("x")), repr(P("x")), f"{P('x')}", "%s" % P("x"), print(P("x")) or "", P("x") + "y", [P("x")]))
class Q(int):
    def __str__(self): return "Q-str"
t(lambda: (str(Q(5)), repr(Q(5)), f"{Q(5)}", "%d|%s" % (Q(5), Q(5)), format(Q(5), "03")))
class R(float):
    def __repr__(self): return "R!"
t(lambda: (str(R(1.5)), repr(R(1.5)), f"{R(1.5)}", [R(1.5)]))
