# Class creation failures (metaclass conflict, __set_name__, __init_subclass__, function metaclasses) and bad results of special methods.
def x(code):
    try:
        exec(code, {"__name__": "__main__"})
    except Exception as e:
        print("!!", type(e).__name__, e)
x("""
class M1(type): pass
class M2(type): pass
class A(metaclass=M1): pass
class B(metaclass=M2): pass
class C(A, B): pass
""")
x("""
class D:
    def __set_name__(self, owner, name): raise ValueError('nope ' + name)
class E:
    d = D()
""")
x("""
class F:
    def __init_subclass__(cls): raise KeyError(cls.__name__)
class G(F): pass
""")
x("""
class H(metaclass=lambda name, bases, ns: f'made {name} {sorted(k for k in ns if not k.startswith("__"))}'):
    a = 1
print(H)
""")
x("""
def meta(name, bases, ns, **kw):
    print('meta', name, kw)
    return type(name, bases, ns)
class I(metaclass=meta, flag=1): pass
print(type(I))
""")
x("""
class J:
    __slots__ = ('a',)
    def __init__(self): self.b = 1
J()
""")
x("""
class K:
    @staticmethod
    def s(): return 's'
print(K.s(), K().s(), K.s.__name__, callable(K.__dict__['s']), K.__dict__['s']())
""")
x("""
class L:
    def m(self): return self
l = L()
bm = l.m
print(bm.__self__ is l, bm.__func__ is L.m, bm == l.m, bm is l.m, bm.__name__, bm.__qualname__)
print(type(bm).__name__, L.m.__get__(l)() is l, L.m.__get__(None, L) is L.m)
""")
x("""
class N:
    def __eq__(self, o): return 'eq-result'
    def __ne__(self, o): return 'ne-result'
    def __lt__(self, o): return 0
print(N() == 1, N() != 1, N() < 1, 1 > N(), [N()] == [N()], N() in [1], bool(N() < 1))
""")
x("""
class O:
    def __hash__(self): return 'x'
try: hash(O())
except TypeError as e: print('TE', e)
class P:
    def __hash__(self): return 2**100
print(hash(P()) == hash(2**100), hash(P()))
class Q:
    def __len__(self): return 2**100
try: len(Q())
except OverflowError as e: print('OE', e)
class R:
    def __len__(self): return -1
try: len(R())
except ValueError as e: print('VE', e)
class S:
    def __len__(self): return 'x'
try: len(S())
except TypeError as e: print('TE', e)
class T:
    def __repr__(self): return 5
try: repr(T())
except TypeError as e: print('TE', e)
class U:
    def __str__(self): return None
try: str(U())
except TypeError as e: print('TE', e)
try: print(U())
except TypeError as e: print('TE', e)
class V:
    def __bool__(self): return 'yes'
try: bool(V())
except TypeError as e: print('TE', e)
try:
    if V(): pass
except TypeError as e: print('TE', e)
class W:
    def __iter__(self): return 5
try: iter(W())
except TypeError as e: print('TE', e)
try:
    for _ in W(): pass
except TypeError as e: print('TE', e)
class X2:
    def __next__(self): return 1
try: iter(X2())
except TypeError as e: print('TE', e)
class Y:
    def __index__(self): return 1.5
try: [1][Y()]
except TypeError as e: print('TE', e)
class Z:
    def __format__(self, spec): return 5
try: format(Z())
except TypeError as e: print('TE', e)
try: f'{Z()}'
except TypeError as e: print('TE', e)
""")
x("""
class A:
    def __getitem__(self, k): return k
a = A()
print(a[1], a[1:2], a[1:2:3], a[...], a[1, 2], a[:, 1], a['k'], a[::])
class B:
    def __class_getitem__(cls, k): return ('cg', k)
print(B[int], B[1, 2])
try: B()[0]
except TypeError as e: print('TE', e)
""")
