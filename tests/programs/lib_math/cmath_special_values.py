# Every cmath function on a grid of special parts (signed zeros, infinities, NaN,
# subnormals, values near overflow): C99 Annex G's results as CPython 3.13's tables give
# them, with the signs of zeros and infinities, and the domain and range errors.
import cmath
import math

inf = float("inf")
nan = float("nan")
parts = [0.0, -0.0, 1.0, -1.0, 2.5, -2.5, inf, -inf, nan, 1e-310, -1e-310, 1e308, -1e308,
         710.0, -710.0, 0.5]


def text(r):
    if isinstance(r, complex):
        return f"{r.real.hex()},{r.imag.hex()}"
    if isinstance(r, float):
        return r.hex()
    if isinstance(r, tuple):
        return "/".join(text(x) for x in r)
    return repr(r)


def result(f, *args):
    try:
        return text(f(*args))
    except ValueError:
        return "ValueError"
    except OverflowError:
        return "OverflowError"


names = ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cos", "cosh", "exp", "log",
         "log10", "sin", "sinh", "sqrt", "tan", "tanh", "phase", "polar", "isfinite",
         "isinf", "isnan"]
for name in names:
    f = getattr(cmath, name)
    print(name)
    for re in parts:
        row = [result(f, complex(re, im)) for im in parts]
        print(f"  {re!r}: " + " ".join(row))
print("rect")
for r in parts:
    print(f"  {r!r}: " + " ".join(result(cmath.rect, r, phi) for phi in parts))
print("log with a base")
for re in parts[:9]:
    print(f"  {re!r}: " + " ".join(result(cmath.log, complex(re, 1.0), b)
                                   for b in [2, 0.5, 1, 0, -1, 1j, inf, nan, complex(0, -0.0)]))
print("isclose")
for re in parts[:9]:
    print(f"  {re!r}: " + " ".join(result(cmath.isclose, complex(re, 1.0), complex(im, 1.0))
                                   for im in parts))
# the sign of a NaN result's part is not printed: only where it is a number
print(math.copysign(1.0, cmath.sqrt(complex(-inf, nan)).real))
