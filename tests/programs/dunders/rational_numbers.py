# A Fraction-like rational class: numeric protocol methods used by builtins and math.
import math


class Rational:
    def __init__(self, num, den=1):
        if den == 0:
            raise ZeroDivisionError(f"Rational({num}, 0)")
        g = math.gcd(num, den)
        if den < 0:
            g = -g
        self.num, self.den = num // g, den // g

    def __repr__(self):
        return f"Rational({self.num}, {self.den})"

    def __str__(self):
        return f"{self.num}/{self.den}" if self.den != 1 else str(self.num)

    def __format__(self, spec):
        if spec.endswith("f") or spec.endswith("e") or spec.endswith("%"):
            return format(float(self), spec)
        return format(str(self), spec)

    @staticmethod
    def _coerce(o):
        if isinstance(o, Rational):
            return o
        if isinstance(o, int):
            return Rational(o)
        return NotImplemented

    def __add__(self, other):
        o = self._coerce(other)
        if o is NotImplemented:
            return float(self) + other if isinstance(other, float) else NotImplemented
        return Rational(self.num * o.den + o.num * self.den, self.den * o.den)

    __radd__ = __add__

    def __sub__(self, o):
        return self + (-o)

    def __rsub__(self, o):
        return (-self) + o

    def __mul__(self, o):
        o = self._coerce(o)
        if o is NotImplemented:
            return NotImplemented
        return Rational(self.num * o.num, self.den * o.den)

    __rmul__ = __mul__

    def __truediv__(self, o):
        o = self._coerce(o)
        return Rational(self.num * o.den, self.den * o.num)

    def __rtruediv__(self, o):
        return self._coerce(o) / self

    def __floordiv__(self, o):
        return math.floor(self / o)

    def __mod__(self, o):
        return self - o * (self // o)

    def __pow__(self, n):
        if n < 0:
            return Rational(self.den ** -n, self.num ** -n)
        return Rational(self.num ** n, self.den ** n)

    def __neg__(self):
        return Rational(-self.num, self.den)

    def __pos__(self):
        return self

    def __abs__(self):
        return Rational(abs(self.num), self.den)

    def __eq__(self, o):
        o = self._coerce(o)
        if o is NotImplemented:
            return NotImplemented
        return self.num == o.num and self.den == o.den

    def __lt__(self, o):
        o = self._coerce(o)
        return self.num * o.den < o.num * self.den

    def __le__(self, o):
        return self == o or self < o

    def __hash__(self):
        return hash((self.num, self.den)) if self.den != 1 else hash(self.num)

    def __float__(self):
        return self.num / self.den

    def __int__(self):
        return int(self.num / self.den)

    def __trunc__(self):
        return int(self)

    def __floor__(self):
        return self.num // self.den

    def __ceil__(self):
        return -(-self.num // self.den)

    def __round__(self, ndigits=None):
        if ndigits is None:
            return round(self.num / self.den)
        return Rational(round(self.num * 10 ** ndigits / self.den), 10 ** ndigits)

    def __bool__(self):
        return self.num != 0


h = Rational(1, 2)
t = Rational(1, 3)
print(h + t, h - t, h * t, h / t, t - h, 1 + h, 1 - h, 2 * t, 1 / t, h ** 3, t ** -2, -h, +h, abs(-h))
print(repr(h + 1.5), h + 0.25, h == Rational(2, 4), h == 0.5, h != t, t < h, h <= h, sorted([h, t, Rational(-1, 7)]))
print(float(h), int(Rational(7, 2)), int(Rational(-7, 2)), round(Rational(7, 2)), round(Rational(5, 2)), round(Rational(22, 7), 3))
print(math.floor(Rational(-7, 2)), math.ceil(Rational(-7, 2)), math.trunc(Rational(-7, 2)), math.sqrt(Rational(9, 4)), math.isclose(h, 0.5))
print(f"{h}|{h!r}|{h:>8}|{h:.3f}|{t:.2e}|{t:.1%}", format(h), str(h), "%s %r" % (h, t))
print(Rational(7, 3) // Rational(1, 2), Rational(7, 3) % Rational(1, 2), bool(Rational(0)), bool(h), sum([h, t, h]), sum([h, t], Rational(0)))
print(max(h, t), min([h, t]), hash(Rational(3)) == hash(3), {Rational(2): "two"}[2] if False else len({h, Rational(2, 4), t}))
print(math.fsum([h, t, 0.25]), math.hypot(Rational(3), Rational(4)), math.exp(Rational(0)), math.log(Rational(8), 2), divmod(7, 2))
try:
    Rational(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    h + "x"
except TypeError as e:
    print("TypeError:", e)
try:
    math.trunc(object())
except TypeError as e:
    print("TypeError:", e)


class BadFloat:
    def __float__(self):
        return 1


try:
    math.sqrt(BadFloat())
except TypeError as e:
    print("TypeError:", e)


class Idx:
    def __index__(self):
        return 16


print(math.sqrt(Idx()), math.factorial(Idx()) > 0, math.isqrt(Idx()), math.gcd(Idx(), 24), math.comb(Idx(), 2))
