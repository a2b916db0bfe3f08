# __init__ results, __new__ returning other objects, annotations, builtin subclasses' reprs, __class__ assignment, type() errors, print to writers, class patterns.
import sys
def x(code):
    try:
        exec(code, {})
    except Exception as e:
        print("exec !!", type(e).__name__, e)
x("""
class A:
    def __init__(self): return 5
A()
""")
x("""
class B:
    def __new__(cls): return 42
    def __init__(self): print('never')
print(B())
""")
x("""
class C:
    x: int = 5
    y: 'str'
    def f(self, a: int, *b: str, c: list[int] = None, **d) -> bool: pass
print(C.__annotations__, C.f.__annotations__)
z: float = 1.0
print(__annotations__)
def g(): pass
print(g.__annotations__)
""")
x("""
class D(dict):
    pass
class L(list):
    def __repr__(self): return 'L' + super().__repr__()
class T(tuple): pass
class S(str): pass
class I(int): pass
class F(float): pass
class FS(frozenset): pass
class ST(set): pass
print(D(a=1), L([1]), T((1, 2)), S('x'), I(3), F(2.5), repr(S('x')), FS([1]), ST([2]), [D(), L(), T()])
print(repr(D(a=1)), str(T((1,))), f'{I(5):03d}', I(5) + 1, type(I(5) + 1).__name__, type(-I(5)).__name__, type(S('a') + 'b').__name__, type(S('ab')[0]).__name__)
class E(Exception): pass
print(repr(E('x', 2)), str(E()), repr(E()))
""")
x("""
class P:
    a = 1
class Q:
    a = 2
p = P()
p.__class__ = Q
print(p.a, type(p).__name__)
try:
    p.__class__ = int
except TypeError as e: print('TE', e)
try:
    (1).__class__ = bool
except TypeError as e: print('TE', e)
class R(P): pass
R.__bases__ = (Q,)
print(R.a, R.__mro__)
try:
    R.__bases__ = ()
except TypeError as e: print('TE', e)
R.__name__ = 'Renamed'
print(R, R.__qualname__)
""")
x("""
print(type('X', (), {}), type('X', (int,), {})(5))
for args in [(1, 2), ('X', 1, {}), ('X', (1,), {}), ('X', (), 1)]:
    try: type(*args)
    except TypeError as e: print('TE', e)
try:
    class M(int, str): pass
except TypeError as e: print('TE', e)
try:
    class N(bool): pass
except TypeError as e: print('TE', e)
try:
    class O(1): pass
except TypeError as e: print('TE', e)
class A: pass
class B(A): pass
try:
    class Z(A, B): pass
except TypeError as e: print('TE', e)
""")
x("""
import sys
r = sys.stdout.write('abc\\n')
print(r, sys.stdout.writable(), sys.stdout.encoding, sys.stderr.encoding, sys.stdout.isatty())
print('a', 'b', sep='')
print('a', 'b', sep=None, end=None)
print(*[1, 2, 3], sep=' | ', end=' END\\n')
print()
print('x', file=None)
print(flush=True)
try: print(sep=5)
except TypeError as e: print('TE', e)
try: print(end=b'')
except TypeError as e: print('TE', e)
try: print(file=5)
except AttributeError as e: print('AE', e)
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
w = W()
print('to', 'w', file=w, end='!')
print(w.parts)
print(repr(sys.stdout)[:10], sys.stdout.name, sys.stderr.name, sys.stdin.name)
""")
x("""
class Pt:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y): self.x, self.y = x, y
def where(p):
    match p:
        case Pt(0, 0): return 'origin'
        case Pt(x, 0): return f'x-axis {x}'
        case Pt(0, y=y): return f'y-axis {y}'
        case Pt(x, y) if x == y: return 'diagonal'
        case Pt(): return 'elsewhere'
        case [Pt(x=a), *rest]: return f'list starting at {a} with {len(rest)} more'
        case {'pt': Pt(x=a), **kw}: return f'dict {a} {sorted(kw)}'
        case str() | bytes() as s: return f'text {s!r}'
        case int(n) if n < 0: return 'negative'
        case float(f): return f'float {f}'
        case _: return 'unknown'
for v in [Pt(0, 0), Pt(3, 0), Pt(0, 4), Pt(2, 2), Pt(1, 2), [Pt(5, 1), 1, 2], {'pt': Pt(7, 0), 'z': 1, 'a': 2}, 'hi', b'by', -3, 2.5, 3, None]:
    print(where(v))
class Bad:
    __match_args__ = ('a', 'a')
    a = 1
try:
    match Bad():
        case Bad(x, y): pass
except TypeError as e: print('TE', e)
class Few:
    __match_args__ = ('a',)
try:
    match Few():
        case Few(1, 2): pass
except TypeError as e: print('TE', e)
try:
    match 5:
        case int(1, 2): pass
except TypeError as e: print('TE', e)
""")
