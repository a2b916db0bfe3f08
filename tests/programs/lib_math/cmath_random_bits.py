# cmath's functions on seeded random complex numbers over the whole float range (and near
# |z| = 1, near overflow, with subnormal parts), printed bit for bit: CPython computes each
# with its own formulas over glibc's real functions, and pyjit must give the same bits.
import cmath
import math
import random

rng = random.Random(777)
specials = [0.0, -0.0, 1.0, -1.0, float("inf"), float("-inf"), 1e-310, 1e308, -1e308, 710.0]


def part():
    kind = rng.randrange(7)
    if kind == 0:
        return rng.uniform(-1, 1)
    if kind == 1:
        return rng.uniform(-10, 10)
    if kind == 2:
        return rng.uniform(-800, 800)
    if kind == 3:
        return math.ldexp(rng.random(), rng.randrange(-1074, 1024)) * rng.choice([1, -1])
    if kind == 4:
        return rng.choice(specials)
    if kind == 5:
        return rng.uniform(0.6, 1.8) * rng.choice([1, -1])
    return rng.uniform(-1e6, 1e6)


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
    except (ValueError, OverflowError) as e:
        return type(e).__name__


names = ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cos", "cosh", "exp", "log",
         "log10", "sin", "sinh", "sqrt", "tan", "tanh", "phase", "polar"]
for name in names:
    f = getattr(cmath, name)
    print(name)
    for _ in range(40):
        z = complex(part(), part())
        print("  " + result(f, z))
print("rect")
for _ in range(40):
    print("  " + result(cmath.rect, part(), part()))
print("log base")
for _ in range(40):
    print("  " + result(cmath.log, complex(part(), part()), complex(part(), part())))
print("isclose")
for _ in range(40):
    a = complex(part(), part())
    b = a * complex(1 + rng.uniform(-1e-8, 1e-8), rng.uniform(-1e-8, 1e-8))
    print("  " + result(cmath.isclose, a, b), result(lambda: cmath.isclose(a, b, abs_tol=1e-300)))
