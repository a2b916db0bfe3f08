# numbers: the abstract numeric tower, the registered built-in types, mixin methods
# of the ABCs and user classes registering or subclassing.
import numbers
from numbers import Number, Complex, Real, Rational, Integral
import decimal
import fractions

tower = [Number, Complex, Real, Rational, Integral]
print(numbers.__all__)
for cls in tower:
    print(cls.__name__, [b.__name__ for b in cls.__bases__], type(cls).__name__,
          sorted(cls.__abstractmethods__))
    print('  hash is None:', cls.__hash__ is None)

values = [True, 0, 2**100, 1.5, float('nan'), 2j, complex(1, 0),
          fractions.Fraction(1, 3), decimal.Decimal('1.5'), 'x', None, [1]]
for v in values:
    print(repr(v), [isinstance(v, cls) for cls in tower])
for t in (bool, int, float, complex, fractions.Fraction, decimal.Decimal, str):
    print(t.__name__, [issubclass(t, cls) for cls in tower])

# a class made from abstract levels cannot be instantiated while methods are missing
for cls in tower[1:]:
    try:
        cls()
    except TypeError as e:
        print(cls.__name__, 'TypeError:', str(e)[:70])


class Partial(Real):
    def __float__(self):
        return 1.0

try:
    Partial()
except TypeError as e:
    print(e)


# a complete Integral subclass gets the mixins: __index__, __float__, numerator,
# denominator, real, imag, conjugate, __complex__, __divmod__, __sub__, __bool__
class Int(Integral):
    def __init__(self, v):
        self.v = v
    def __repr__(self): return 'Int(%d)' % self.v
    def __int__(self): return self.v
    def __add__(self, o): return Int(self.v + int(o))
    def __radd__(self, o): return Int(int(o) + self.v)
    def __neg__(self): return Int(-self.v)
    def __pos__(self): return Int(self.v)
    def __mul__(self, o): return Int(self.v * int(o))
    def __rmul__(self, o): return Int(int(o) * self.v)
    def __truediv__(self, o): return self.v / int(o)
    def __rtruediv__(self, o): return int(o) / self.v
    def __floordiv__(self, o): return Int(self.v // int(o))
    def __rfloordiv__(self, o): return Int(int(o) // self.v)
    def __mod__(self, o): return Int(self.v % int(o))
    def __rmod__(self, o): return Int(int(o) % self.v)
    def __pow__(self, o, m=None): return Int(pow(self.v, int(o), m))
    def __rpow__(self, o): return Int(int(o) ** self.v)
    def __abs__(self): return Int(abs(self.v))
    def __eq__(self, o): return self.v == int(o)
    def __lt__(self, o): return self.v < int(o)
    def __le__(self, o): return self.v <= int(o)
    def __trunc__(self): return self.v
    def __floor__(self): return self.v
    def __ceil__(self): return self.v
    def __round__(self, n=None): return self.v
    def __lshift__(self, o): return Int(self.v << int(o))
    def __rlshift__(self, o): return Int(int(o) << self.v)
    def __rshift__(self, o): return Int(self.v >> int(o))
    def __rrshift__(self, o): return Int(int(o) >> self.v)
    def __and__(self, o): return Int(self.v & int(o))
    def __rand__(self, o): return Int(int(o) & self.v)
    def __xor__(self, o): return Int(self.v ^ int(o))
    def __rxor__(self, o): return Int(int(o) ^ self.v)
    def __or__(self, o): return Int(self.v | int(o))
    def __ror__(self, o): return Int(int(o) | self.v)
    def __invert__(self): return Int(~self.v)

x = Int(7)
print(x, x.numerator, x.denominator, x.real, x.imag, x.conjugate())
print(float(x), complex(x), [10, 20, 30, 40, 50, 60, 70, 80][x], bin(x), x.__index__())
print(divmod(x, 2), divmod(23, x), x - 2, 10 - x, bool(x), bool(Int(0)))
print(fractions.Fraction(x), fractions.Fraction(x, Int(21)), x == 7, hash(x) if Int.__hash__ else 'unhashable')
print(isinstance(x, Rational), isinstance(x, Real), Int.__abstractmethods__)


# registering a foreign class as a virtual subclass
class Money:
    def __init__(self, cents):
        self.cents = cents

print(isinstance(Money(5), Real))
Real.register(Money)
print(isinstance(Money(5), Real), isinstance(Money(5), Complex), isinstance(Money(5), Number),
      isinstance(Money(5), Rational), issubclass(Money, Integral))


# Rational's __float__ divides numerator by denominator
class Ratio(Rational):
    def __init__(self, n, d): self.n, self.d = n, d
    numerator = property(lambda self: self.n)
    denominator = property(lambda self: self.d)
for name in sorted(Rational.__abstractmethods__):
    if not hasattr(Ratio, name) or getattr(getattr(Ratio, name), '__isabstractmethod__', False):
        setattr(Ratio, name, lambda self, *a: NotImplemented)
Ratio.__abstractmethods__ = frozenset()
r = Ratio(1, 3)
print(float(r), float(Ratio(10**400, 10**399)), complex(Ratio(3, 4)))
print(fractions.Fraction(Ratio(6, 4)), fractions.Fraction(3, 2) == Ratio(3, 2))

# Complex's subtraction mixins use + and unary -
class Vec(Complex):
    def __init__(self, re, im): self.re, self.im = re, im
    def __repr__(self): return 'Vec(%r, %r)' % (self.re, self.im)
    def __complex__(self): return complex(self.re, self.im)
    real = property(lambda self: self.re)
    imag = property(lambda self: self.im)
    def __add__(self, o):
        o = complex(o); return Vec(self.re + o.real, self.im + o.imag)
    __radd__ = __add__
    def __neg__(self): return Vec(-self.re, -self.im)
    def __pos__(self): return self
    __mul__ = __rmul__ = __truediv__ = __rtruediv__ = __pow__ = __rpow__ = lambda s, o: NotImplemented
    def __abs__(self): return abs(complex(self))
    def conjugate(self): return Vec(self.re, -self.im)
    def __eq__(self, o): return complex(self) == o
print(Vec(1, 2) - 1j, 3 - Vec(1, 2), bool(Vec(0, 0)), bool(Vec(0, 1)))

# a Number is not hashable through the ABC
class N(Number):
    pass
try:
    hash(N())
except TypeError as e:
    print('TypeError:', e)
print(numbers.Integral.register(bool) is bool)
hash(Int(3))
