# The math module's integer and float functions beyond the elementary ones.
import math


def t(f, *args, **kw):
    try:
        r = f(*args, **kw)
    except (ValueError, TypeError, OverflowError) as e:
        r = f"{type(e).__name__}: {e}"
    print(f"{f.__name__}{args}{kw if kw else ''} -> {r!r}")


for n in [0, 1, 5, 20, 21, 30, True]:
    t(math.factorial, n)
print(len(str(math.factorial(1000))), math.factorial(100) % (10 ** 9 + 7))
for bad in [-1, 2.0, "3"]:
    t(math.factorial, bad)
for args in [(5, 2), (10, 0), (10, 10), (3, 5), (100, 50), (-1, 2), (5, -2), (5.0, 2)]:
    t(math.comb, *args)
for args in [(5,), (5, 2), (5, None), (3, 5), (20, 10), (-2,)]:
    t(math.perm, *args)
for n in [0, 1, 15, 16, 17, 10 ** 20, 10 ** 41 - 1, 2 ** 127, -4]:
    t(math.isqrt, n)
t(math.gcd)
t(math.gcd, 12, 18)
t(math.gcd, -12, 18, 27)
t(math.gcd, 0, 0)
t(math.gcd, 2 ** 100, 6 ** 50)
t(math.lcm)
t(math.lcm, 4, 6, 10)
t(math.lcm, -4, 6)
t(math.lcm, 0, 5)
t(math.gcd, 1.5)
t(math.prod, [1, 2, 3, 4])
t(math.prod, [])
t(math.prod, range(1, 6), start=10)
t(math.prod, [1.5, 2, 3j])
t(math.prod, ["ab", 3])
t(math.fsum, [0.1] * 10)
t(math.fsum, [1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50])
t(math.fsum, [2.0 ** 53, -0.5, -2.0 ** -54])
t(math.fsum, [1, 2, 3])
t(math.fsum, [])
t(math.fsum, [float("inf"), 1.0])
t(math.fsum, [float("inf"), float("-inf")])
t(math.fsum, [1e308, 1e308])
t(math.fsum, [float("nan"), 1.0])
t(math.fsum, ["x"])
for args in [(3, 4), (), (5,), (-3,), (1, 2, 2), (1e308, 1e308), (1e-320, 1e-320), (3, 4, float("inf")), (float("nan"), float("inf")), (0.0, -0.0)]:
    t(math.hypot, *args)
t(math.dist, (0, 0), (3, 4))
t(math.dist, [1, 2, 3], (4, 6, 15))
t(math.dist, (1,), (1, 2))
seed = 12345


def rnd():
    global seed
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    return seed / 2 ** 31


vals = [rnd() * 10 ** (int(rnd() * 20) - 10) for _ in range(300)]
print(sum(math.hypot(vals[i], vals[i + 1], vals[i + 2]) for i in range(0, 297)).hex())
print([math.hypot(vals[i], vals[i + 1]).hex() for i in range(0, 20)])
print(math.fsum(vals).hex(), math.fsum(v * (-1) ** i for i, v in enumerate(vals)).hex())
for args, kw in [((1.0, 1.0 + 1e-10), {}), ((1.0, 1.1), {}), ((1.0, 1.1), {"rel_tol": 0.2}), ((0.0, 1e-10), {}),
                 ((0.0, 1e-10), {"abs_tol": 1e-9}), ((float("inf"), float("inf")), {}), ((1, 2), {"rel_tol": -1})]:
    t(math.isclose, *args, **kw)
for x in [8.0, 0.0, -0.0, 1.0, -3.5, 1e-310, 1e308, float("inf"), 5]:
    t(math.frexp, x)
for args in [(0.5, 4), (1.0, -1075), (1.0, 1024), (3, 2), (1.5, 10 ** 30), (1.5, -10 ** 30), (1.0, 2.0)]:
    t(math.ldexp, *args)
for x in [3.5, -3.5, 0.0, -0.0, 1e300, float("-inf"), 7]:
    t(math.modf, x)
t(math.nextafter, 1.0, 2.0)
t(math.nextafter, 1.0, 0.0)
t(math.nextafter, 0.0, -1.0)
t(math.nextafter, 1.0, 2.0, steps=3)
t(math.nextafter, 1.0, 1.0, steps=3)
t(math.nextafter, 1.0, 2.0, steps=-1)
for x in [1.0, 0.0, 1e300, -2.0, 5e-324, float("inf"), 1.7976931348623157e308]:
    t(math.ulp, x)
for args in [(7, 2), (5, 2), (-7, 2), (7.5, float("inf")), (1, 0), (float("inf"), 1), (10, 3), (-0.0, 1)]:
    t(math.remainder, *args)
for args in [(2, 3, 4), (0.1, 10, -1), (1e308, 10, 0), (float("inf"), 0, 1)]:
    t(math.fma, *args)
t(math.sumprod, [1, 2, 3], [4, 5, 6])
t(math.sumprod, [0.1, 0.2, 0.3], [1, 1, 1])
t(math.sumprod, [1e20, 1.0, -1e20], [1.0, 1.0, 1.0])
t(math.sumprod, [1, 2], [3])
t(math.sumprod, [], [])
for f in [math.cbrt, math.exp2, math.log1p, math.asinh, math.acosh, math.atanh, math.erf, math.erfc]:
    for x in [0.0, 1.0, 2.0, -1.0, 27.0, 0.5]:
        t(f, x)
for x in [1, 2, 5, 10, 23, 0, -1, -2.0, 200.0, float("inf")]:
    t(math.gamma, x)
for x in [1, 2, 0, -1, float("inf"), 1e308]:
    t(math.lgamma, x)
t(math.log, 10 ** 1000)
t(math.log2, 2 ** 2000)
t(math.log10, 10 ** 500)
t(math.log, 10 ** 400, 10)
t(math.log, 2 ** 1024 - 1)
t(math.log, 3 ** 1000)
