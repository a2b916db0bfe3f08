# The float functions beyond libm's: fsum (correctly rounded, its overflow and inf/nan
# rules), hypot and dist (n-ary, CPython 3.13's carefully rounded norm), sumprod (exact for
# ints, correctly rounded for floats, its generic fallback), nextafter with steps, ulp, fma,
# remainder, fmod, modf, frexp, isclose; bit for bit over seeded random inputs.
import math
import random


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
    shown = ", ".join(repr(a)[:40] for a in args)
    if kwargs:
        shown += ", " + ", ".join(f"{k}={v!r}" for k, v in kwargs.items())
    print(f"{label}({shown}) -> {r}")


inf = float("inf")
nan = float("nan")

for seq in [[1e308, 1e308], [1e308, 1e308, -1e308], [inf, -inf], [inf, nan], [nan, inf, -inf],
            [inf, inf, 1.0], [-inf, 1e308, 1e308], [0.1] * 10, [1, 1e100, 1, -1e100],
            [-0.0, -0.0], [-0.0, 0.0], [], [10**400], [2**1023, 2**1023, -(2**1023)],
            [1e-320, 1e-320], [1.0, 1e-16, 1e-16], [1.0, -1e-16, -1e-16, 1e-32],
            ["a"], 5, [True, 2, 0.5]]:
    show("fsum", math.fsum, seq)
rng = random.Random(99)
for _ in range(40):
    xs = [rng.uniform(-1, 1) * 10 ** rng.randrange(-20, 20) for _ in range(rng.randrange(1, 30))]
    print("fsum", math.fsum(xs).hex(), math.fsum(xs[::-1]) == math.fsum(xs))

show("hypot", math.hypot)
show("hypot", math.hypot, 3)
show("hypot", math.hypot, -3)
show("hypot", math.hypot, 3, 4, 5)
show("hypot", math.hypot, inf, nan)
show("hypot", math.hypot, nan, -inf)
show("hypot", math.hypot, nan, 1)
show("hypot", math.hypot, 1e308, 1e308)
show("hypot", math.hypot, 5e-324, 5e-324)
show("hypot", math.hypot, 1e-310, 3e-310, 2e-312)
show("hypot", math.hypot, "a")
show("hypot", math.hypot, 3, y=4)
show("dist", math.dist, (1, 2), (4, 6))
show("dist", math.dist, (1, 2), (4, 6, 7))
show("dist", math.dist, [1, 2], [4, 6])
show("dist", math.dist, (1, "a"), (4, 6))
show("dist", math.dist, (), ())
show("dist", math.dist, 1, 2)
print("dist of iterators", math.dist(iter([1.0]), iter([2.0])))
show("dist", math.dist, (1e308, -1e308), (-1e308, 1e308))
for _ in range(60):
    n = rng.randrange(1, 8)
    v = [rng.uniform(-10, 10) * 10 ** rng.randrange(-5, 5) for _ in range(n)]
    w = [rng.uniform(-10, 10) for _ in range(n)]
    print("norm", math.hypot(*v).hex(), math.dist(v, w).hex())

show("sumprod", math.sumprod, [1, 2, 3], [4, 5, 6])
show("sumprod", math.sumprod, [1.0, 2, 3], [4, 5, 6])
show("sumprod", math.sumprod, [0.1] * 10, [0.1] * 10)
show("sumprod", math.sumprod, [1, 2], [4, 5, 6])
show("sumprod", math.sumprod, [1e308, 1e308], [10, -10])
show("sumprod", math.sumprod, [1e308, 1e308, 1.0], [1, 1, 1])
show("sumprod", math.sumprod, [inf, 1], [1, 1])
show("sumprod", math.sumprod, [nan, 1], [1, 1])
show("sumprod", math.sumprod, ["a"], [2])
show("sumprod", math.sumprod, ["a", "b"], [2, 3])
show("sumprod", math.sumprod, [True, False], [2, 3])
show("sumprod", math.sumprod, [True, 0.5], [0.25, True])
show("sumprod", math.sumprod, [10**30, 1.5], [3, 2])
show("sumprod", math.sumprod, [2**62, 2**62, 0.1], [2, 2, 0.1])
show("sumprod", math.sumprod, [1, 0.1, 0.2, 10**40], [1, 0.1, 0.2, 1])
show("sumprod", math.sumprod, [2**53 + 1, 0.5], [1.0, 1])
show("sumprod", math.sumprod, [0.1, 0.2, 0.3, 1j], [1, 1, 1, 1])
show("sumprod", math.sumprod, 1, 2)
show("sumprod", math.sumprod, [], [])
show("sumprod", math.sumprod, [1])
show("sumprod", math.sumprod, p=[1], q=[2])
for _ in range(40):
    n = rng.randrange(1, 12)
    p = [rng.uniform(-1, 1) * 10 ** rng.randrange(-8, 8) for _ in range(n)]
    q = [rng.choice([rng.uniform(-1, 1), rng.randrange(-9, 9)]) for _ in range(n)]
    print("sumprod", math.sumprod(p, q).hex())

for x, y, steps in [(1.0, 2.0, 3), (1.0, 2.0, 0), (1.0, 0.0, 3), (0.0, 1.0, 2), (0.0, -1.0, 2),
                    (5e-324, -1.0, 1), (5e-324, -1.0, 2), (5e-324, -1.0, 3), (-0.0, 0.0, 1),
                    (0.0, -0.0, 1), (1.0, 2.0, 10**30), (-1.0, 1.0, 10**30),
                    (1.0, nan, 0), (nan, 1.0, 1), (1.0, nan, 1), (1.0, 1.0, 5),
                    (1.7976931348623157e308, inf, 1), (inf, 0.0, 1), (1.0, 1.5, 2**51),
                    (1.0, 1.5, 2**51 - 1), (-2.0, 3.0, 2**62 + 2**61)]:
    show("nextafter", math.nextafter, x, y, steps=steps)
show("nextafter", math.nextafter, 1.0, 2.0, steps=-1)
show("nextafter", math.nextafter, 1.0, 2.0, steps=1.5)
show("nextafter", math.nextafter, 1.0, 2.0, steps=None)
show("nextafter", math.nextafter, 1.0, 2.0, 3)
show("nextafter", math.nextafter, 0.0, -1.0)
show("nextafter", math.nextafter, 1.0)

for x in [1.0, 0.0, -0.0, 5e-324, 1.7976931348623157e308, inf, -inf, nan, 2.0**-1022, 1e-310]:
    show("ulp", math.ulp, x)
for args in [(2.0, 3.0, 4.0), (inf, 0.0, 1.0), (1e308, 10.0, 0.0), (inf, 1.0, -inf),
             (nan, 0.0, 1.0), (1.0, 1.0, nan), (0.1, 10.0, -1.0), (-0.0, 1.0, 0.0),
             (1e308, 10.0, -inf), (2, 3, 4)]:
    show("fma", math.fma, *args)
show("fma", math.fma, 1.0, 2.0)
for x, y in [(7, 2), (5, 2), (-5, 2), (-0.0, 1), (1, 0), (inf, 1), (1, inf), (nan, 1),
             (10**20, 3), (3.5, -2.0)]:
    show("remainder", math.remainder, x, y)
    show("fmod", math.fmod, x, y)
for x in [-3.5, 3.5, -0.0, inf, -inf, nan, 1e300, 2.5e-310]:
    show("modf", math.modf, x)
    show("frexp", math.frexp, x)

show("isclose", math.isclose, 1.0, 1.0000000001)
show("isclose", math.isclose, 1.0, 1.000000002)
show("isclose", math.isclose, 1.0, 1.1, rel_tol=-1)
show("isclose", math.isclose, 1.0, 1.1, abs_tol=-1)
show("isclose", math.isclose, 1.0, 1.1, abs_tol=0.2)
show("isclose", math.isclose, 0.0, 1e-10, abs_tol=1e-9)
show("isclose", math.isclose, inf, inf)
show("isclose", math.isclose, inf, -inf)
show("isclose", math.isclose, nan, nan)
show("isclose", math.isclose, 1.0)
show("isclose", math.isclose, 1.0, 2.0, 3.0)
show("isclose", math.isclose, 1.0, 2.0, tol=3.0)
show("isclose", math.isclose, a=1.0, b=1.0)
show("isclose", math.isclose, 1.0, "x")
