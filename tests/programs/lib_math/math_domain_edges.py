# Every math function on the values where C99 and CPython 3.13 have rules of their own
# (signed zeros, subnormals, huge values, infinities, NaN, ints beyond float range),
# printed bit for bit with float.hex, errors by type and message.
import math


def text(r):
    if isinstance(r, float):
        return r.hex()
    if isinstance(r, tuple):
        return "(" + ", ".join(text(x) for x in r) + ")"
    return repr(r)


def show(label, f, *args, **kwargs):
    try:
        r = text(f(*args, **kwargs))
    except Exception as e:
        r = type(e).__name__ + ": " + str(e)
    shown = ", ".join(repr(a)[:30] for a in args)
    print(f"{label}({shown}) -> {r}")


inf = float("inf")
nan = float("nan")
values = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, 1e-310, -1e-310, 1e300, -1e300,
          inf, -inf, nan, 710.0, -710.0, 3, -3, 10**400, True]
unary = ["sqrt", "exp", "exp2", "expm1", "log", "log2", "log10", "log1p", "sin", "cos",
         "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh",
         "erf", "erfc", "gamma", "lgamma", "cbrt", "fabs", "floor", "ceil", "trunc",
         "degrees", "radians", "isfinite", "isinf", "isnan", "frexp", "modf", "ulp"]
for name in unary:
    for v in values:
        show(name, getattr(math, name), v)

pairs = [(0.0, 0.0), (-0.0, 0.0), (1.0, 0.0), (0.0, -1.0), (-1.0, 0.5), (inf, 1.0),
         (1.0, inf), (inf, inf), (-inf, 2.0), (nan, 0.0), (0.0, nan), (1e308, 10.0),
         (2.0, -1075), (2.0, 1024), (5.5, 2.0), (-5.5, 2.0), (10**400, 10), (10, 10**400),
         (2, 0.5), (-0.0, -inf), (-8.0, 1 / 3), (-inf, -3.0), (-1.0, inf)]
for name in ["atan2", "copysign", "fmod", "pow", "remainder", "hypot", "nextafter",
             "ldexp", "log", "dist"]:
    f = getattr(math, name)
    for x, y in pairs:
        if name == "dist":
            show(name, f, (x,), (y,))
        else:
            show(name, f, x, y)

# logarithms of ints too large for a float, and bases
show("log", math.log, 10**1000)
show("log", math.log, 10**1000, 10)
show("log", math.log, 2**5000, 2)
show("log2", math.log2, 2**5000)
show("log2", math.log2, 2**5000 + 1)
show("log10", math.log10, 10**4000)
show("log10", math.log10, -(10**4000))
show("log", math.log, 0)
show("log", math.log, -5)
show("log", math.log, 2, 1)
show("log", math.log, 2, 0)
show("log", math.log, 2, -1)
show("log", math.log, 1, 1)
show("log", math.log, 8, 2.0)
show("log", math.log, 8, 10**400)
show("log", math.log)
show("log", math.log, 1, 2, 3)

# pow's special cases and errors
for x, y in [(0.0, -1.0), (-0.0, -1.0), (-0.0, -3.0), (0.0, -inf), (1.0, nan), (nan, 0.0),
             (-1.0, inf), (-1.0, -inf), (0.5, -inf), (2.0, -inf), (-inf, 3.0), (-inf, -3.0),
             (-inf, 2.0), (-inf, 0.5), (1e10, 1e10), (-2.0, 0.5), (2.0, 1e-320)]:
    show("pow", math.pow, x, y)

# the rounding functions through __floor__, __ceil__ and __trunc__


class Named:
    def __repr__(self):
        return type(self).__name__ + "()"


class Rounds(Named):
    def __trunc__(self):
        return 7

    def __floor__(self):
        return "floor result"

    def __ceil__(self):
        return "ceil result"


class FloatLike(Named):
    def __float__(self):
        return 2.5


class IndexLike(Named):
    def __index__(self):
        return 3


class Nothing(Named):
    pass


class FloatSub(float):
    pass


class IntSub(int):
    pass


for obj in [Rounds(), FloatLike(), IndexLike(), Nothing(), FloatSub(-2.5), IntSub(9)]:
    for name in ["trunc", "floor", "ceil", "sqrt", "factorial", "gcd", "isqrt", "isfinite"]:
        show(name + "<" + type(obj).__name__ + ">", getattr(math, name), obj)
for x in [2.5, -2.5, 1e300, -0.0, inf, -inf, nan, 2**70, -(2**70)]:
    for name in ["trunc", "floor", "ceil"]:
        show(name, getattr(math, name), x)

# argument errors
show("sqrt", math.sqrt, "x")
show("sqrt", math.sqrt)
show("sqrt", math.sqrt, 1, 2)
show("sqrt", math.sqrt, None)
show("sqrt", math.sqrt, 1j)
show("atan2", math.atan2, 1)
show("copysign", math.copysign, 1, "a")
show("ldexp", math.ldexp, 1.0, 2.5)
show("ldexp", math.ldexp, 1.0, 10**30)
show("ldexp", math.ldexp, 1.0, -(10**30))
show("ldexp", math.ldexp, 0.0, 10**30)
show("ldexp", math.ldexp, 1.5, 1023)
show("ldexp", math.ldexp, 1.5, -1074)
show("ldexp", math.ldexp, 1.0, -1075)
try:
    math.sqrt(x=4)
except TypeError as e:
    print("keyword:", e)
try:
    math.floor(x=4)
except TypeError as e:
    print("keyword:", e)

# constants
print(math.pi.hex(), math.e.hex(), math.tau.hex(), math.inf, math.nan)
print(math.copysign(1.0, math.nan), math.inf == float("inf"))
print([n for n in dir(math) if not n.startswith("_")])
print(type(math.sqrt).__name__, math.sqrt.__name__, repr(math.fsum))

# subclasses of int and float, and conversions that fail


class BadFloat(Named):
    def __float__(self):
        return 1


for label, f, args in [
        ("log of a huge int subclass", math.log, (IntSub(10**400),)),
        ("log2 of a huge int subclass", math.log2, (IntSub(2**2000),)),
        ("log10 of a negative huge int subclass", math.log10, (IntSub(-(10**400)),)),
        ("log of a float subclass", math.log, (FloatSub(8.0),)),
        ("sqrt of __float__ returning int", math.sqrt, (BadFloat(),)),
        ("factorial of an int subclass", math.factorial, (IntSub(5),)),
        ("isqrt of an int subclass", math.isqrt, (IntSub(10**40),)),
        ("ldexp by an int subclass", math.ldexp, (1.0, IntSub(3))),
        ("ldexp by a bool", math.ldexp, (1.0, True)),
        ("ldexp by a float", math.ldexp, (1.0, 2.0)),
        ("ldexp by a float subclass", math.ldexp, (1.0, FloatSub(2.0))),
        ("ldexp of a huge int", math.ldexp, (10**400, 1)),
        ("dist of strings", math.dist, ("ab", "cd")),
        ("hypot of big ints", math.hypot, (10**200, 10**200)),
        ("isclose of huge ints", math.isclose, (10**400, 10**400)),
        ("trunc of a float subclass", math.trunc, (FloatSub(2.5),)),
        ("gcd of bools", math.gcd, (True, False))]:
    show(label, f, *args)
