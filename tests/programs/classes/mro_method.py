# type.mro is unbound when read from type itself; X.mro() is bound to X.
# One-base chains and diamonds give the same lists as __mro__.

class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
class E(D): pass

for cls in [bool, int, object, A, B, D, E, ValueError, KeyError]:
    print(cls.__name__, type.mro(cls), cls.mro() == list(cls.__mro__))

print(type(type.mro), type(int.mro))
for bad in [lambda: type.mro(), lambda: type.mro(1), lambda: type.mro(int, 2)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

class Meta(type):
    def mro(cls):
        return [cls, object]

class F(A, metaclass=Meta):
    pass

print(F.__mro__, type.mro(F), F.mro())
