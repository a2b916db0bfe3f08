# One-argument super(T): unbound until __get__ binds it; as a class attribute it binds to
# the instance it is read through; super(T, None) is unbound too.

class A:
    def who(self):
        return "A.who on " + type(self).__name__

    @classmethod
    def make(cls):
        return "A.make for " + cls.__name__


class B(A):
    def who(self):
        return "B.who"


s = super(B)
print(type(s).__name__)
print(repr(s))
print(s.__thisclass__.__name__, s.__self__, s.__self_class__)
try:
    s.who
except AttributeError as e:
    print("AttributeError:", e)

bound = s.__get__(B(), B)
print(repr(bound))
print(bound.who())
print(bound.__self_class__.__name__)
print(s.__get__(None, B) is s)
print(bound.__get__(B()) is bound)


class C(B):
    _sup = super(B)

    def who(self):
        return "C.who then " + self._sup.who()


print(C().who())

s2 = super(B, None)
print(repr(s2))

cls_bound = super(B, C)
print(repr(cls_bound), cls_bound.make())

try:
    s.__get__(42)
except TypeError as e:
    print("TypeError:", e)
try:
    super(42)
except TypeError as e:
    print("TypeError:", e)
try:
    super()
except RuntimeError as e:
    print("RuntimeError:", e)
