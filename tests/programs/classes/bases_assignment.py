# Assigning __bases__: the new MRO seen by instances and subclasses, and CPython's compatibility errors.
class A: pass
class B: pass
class C(A): pass
class S: __slots__ = ('x',)
class D(A): pass
for v in [(B,), (int,), (S,), (C,), [B], (B, 1), (A, B), (object,)]:
    try:
        C.__bases__ = v
        print(v, C.__mro__)
    except TypeError as e:
        print("TE", e)
class E(C): pass
C.__bases__ = (B,)
print(E.__mro__, isinstance(E(), B), isinstance(E(), A), B.__subclasses__(), A.__subclasses__())
try:
    A.__bases__ = (E,)
except TypeError as e:
    print("TE", e)
try:
    int.__bases__ = (object,)
except TypeError as e:
    print("TE", e)
class M:
    def hi(self): return "M"
class N:
    def hi(self): return "N"
class K(M): pass
k = K()
print(k.hi())
K.__bases__ = (N,)
print(k.hi(), K.__base__)
