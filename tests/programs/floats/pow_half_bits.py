# x ** 0.5 is libm's pow, not sqrt: glibc's pow is not correctly rounded, and for about one x
# in a thousand its result differs from math.sqrt's in the last bit. The known cases below
# and the mismatches among seeded random values must be CPython's, at a specialized site
# (the loops run the same `**` many times). Also ** 2.0, which is not always x * x either
# (24 of these 20000), ** -0.5, ** 1.5 and ** 3.0.
import math

known = ["0x1.f4c29bf4f040dp+13", "0x1.76d79c8922232p-34", "0x1.c8081e1cccc45p+5",
         "0x1.e3065c32a0b2bp-27", "0x1.54df78b04aefap-33", "0x1.fca8e0e2e513fp+0",
         "0x1.ac95f489fb002p+1", "0x1.cd2c78a5b401ap+1"]


def roots(xs):
    out = []
    for x in xs:
        r = x ** 0.5
        out.append((r.hex(), math.sqrt(x).hex(), r == math.sqrt(x)))
    return out


for row in roots([float.fromhex(h) for h in known]):
    print(*row)

seed = 20261122


def rand():
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % (1 << 64)
    return seed


def sample(n):
    xs = []
    for _ in range(n):
        m = 1 + (rand() >> 11) / (1 << 53)
        xs.append(m * 2.0 ** (rand() % 80 - 40))
    return xs


def compare(xs):
    half = square = other = 0
    differ = []
    acc = 0.0
    for x in xs:
        r = x ** 0.5
        if r != math.sqrt(x):
            half += 1
            differ.append(x.hex())
        if x ** 2.0 != x * x:
            square += 1
        acc += x ** -0.5 + x ** 1.5 - x ** 3.0 * 1e-30
        if (x ** 2) != x ** 2.0:
            other += 1
    return half, square, other, differ, acc


xs = sample(20000)
half, square, other, differ, acc = compare(xs)
print(len(xs), half, square, other, acc.hex())
print(" ".join(differ))
# the specials after the site has specialized: the exact sign of zero, infinities and nan
for v in (0.0, -0.0, float("inf"), float("-inf"), float("nan"), 1.0, 4.0, 1e-320, 1e154):
    r = v ** 0.5
    print(repr(v), repr(r), math.copysign(1.0, r) if r == 0 else "", (-v) ** 2.0)
try:
    print((-4.0) ** 0.5)
except Exception as e:
    print(type(e).__name__, e)
try:
    print(1e308 ** 2.0)
except OverflowError as e:
    print("OverflowError", e)
try:
    print(0.0 ** -0.5)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
