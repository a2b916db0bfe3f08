# a rational number class with mixed-type arithmetic
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
class Frac:
    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError("zero denominator")
        g = gcd(n, d) * (1 if d > 0 else -1)
        self.n, self.d = n // g, d // g
    @staticmethod
    def of(v):
        return v if isinstance(v, Frac) else Frac(v) if isinstance(v, int) else None
    def __repr__(self):
        return f"{self.n}/{self.d}" if self.d != 1 else str(self.n)
    def __add__(self, o):
        o = Frac.of(o)
        return NotImplemented if o is None else Frac(self.n * o.d + o.n * self.d, self.d * o.d)
    __radd__ = __add__
    def __sub__(self, o):
        o = Frac.of(o)
        return NotImplemented if o is None else self + Frac(-o.n, o.d)
    def __rsub__(self, o):
        return Frac.of(o) - self
    def __mul__(self, o):
        o = Frac.of(o)
        return NotImplemented if o is None else Frac(self.n * o.n, self.d * o.d)
    __rmul__ = __mul__
    def __truediv__(self, o):
        o = Frac.of(o)
        return NotImplemented if o is None else Frac(self.n * o.d, self.d * o.n)
    def __rtruediv__(self, o):
        return Frac.of(o) / self
    def __pow__(self, k):
        return Frac(self.n ** k, self.d ** k) if k >= 0 else Frac(self.d ** -k, self.n ** -k)
    def __eq__(self, o):
        o = Frac.of(o)
        return o is not None and (self.n, self.d) == (o.n, o.d)
    def __lt__(self, o):
        o = Frac.of(o)
        return self.n * o.d < o.n * self.d
    def __float__(self):
        return self.n / self.d
    def __hash__(self):
        return hash((self.n, self.d))
h = Frac(1, 2)
t = Frac(1, 3)
print(h + t, h - t, h * t, h / t, 1 + h, 1 - h, 2 * t, 1 / t, h ** 2, t ** -2)
print(h == Frac(2, 4), h == 1, Frac(4, 2) == 2, sorted([h, t, Frac(3, 4)]), float(t))
print(sum(Frac(1, n) for n in range(1, 7)), Frac(-6, -4), Frac(3, -9))
try:
    Frac(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
