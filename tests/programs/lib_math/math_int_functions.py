# The integer functions of math: isqrt, comb, perm, factorial, gcd, lcm (n-ary) and prod,
# with ints of any size, __index__ arguments and every error CPython 3.13 raises.
import math
import random


def show(label, f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
    except Exception as e:
        r = type(e).__name__ + ": " + str(e)
    shown = ", ".join(repr(a)[:40] for a in args)
    if kwargs:
        shown += ", " + ", ".join(f"{k}={v!r}" for k, v in kwargs.items())
    print(f"{label}({shown}) -> {r}")


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v

    def __repr__(self):
        return f"Idx({self.v})"


rng = random.Random(2024)
for _ in range(60):
    n = rng.getrandbits(rng.choice([8, 40, 64, 65, 200, 1000]))
    r = math.isqrt(n)
    assert r * r <= n < (r + 1) * (r + 1)
    print("isqrt", n % 1000003, r % 1000003, r.bit_length())
for n in [0, 1, 2, 3, 4, 15, 16, 17, 2**52 - 1, 2**104, 2**104 - 1, True, Idx(50)]:
    show("isqrt", math.isqrt, n)
for bad in [-1, 2.0, "4", None, Idx(-4)]:
    show("isqrt", math.isqrt, bad)

for n, k in [(10, 3), (10, 0), (10, 10), (10, 11), (0, 0), (60, 30), (1000, 500),
             (10**20, 3), (Idx(7), Idx(2)), (True, True)]:
    show("comb", math.comb, n, k)
    show("perm", math.perm, n, k)
for n, k in [(10, -3), (-10, 3), (10.0, 3), (10, 3.0), ("10", 3), (10, None)]:
    show("comb", math.comb, n, k)
    show("perm", math.perm, n, k)
show("perm", math.perm, 10)
show("perm", math.perm, 10, None)
show("perm", math.perm, -1)
show("comb", math.comb, 10)
show("comb", math.comb, n=10, k=3)
c = math.comb(3000, 1500)
print("comb big", c % 10**12, c.bit_length())
p = math.perm(500, 250)
print("perm big", p % 10**12, p.bit_length())

for n in [0, 1, 5, 20, 21, 100, True, Idx(12)]:
    show("factorial", math.factorial, n)
for bad in [5.0, -1, 10**20, "x", None, Idx(-2)]:
    show("factorial", math.factorial, bad)
f = math.factorial(2000)
print("factorial big", f % 10**12, f.bit_length())

show("gcd", math.gcd)
show("gcd", math.gcd, 0)
show("gcd", math.gcd, -12)
show("gcd", math.gcd, 12, 18, 27)
show("gcd", math.gcd, -12, 0)
show("gcd", math.gcd, 2**200 * 3, 2**150 * 9, -(2**100) * 27)
show("gcd", math.gcd, Idx(12), 8)
show("gcd", math.gcd, 1.5)
show("gcd", math.gcd, 4, "a")
show("lcm", math.lcm)
show("lcm", math.lcm, -7)
show("lcm", math.lcm, 4, 6, 10)
show("lcm", math.lcm, -4, 6)
show("lcm", math.lcm, 4, 0, 5)
show("lcm", math.lcm, 2**64, 3**40)
show("lcm", math.lcm, 4, "a")
show("lcm", math.lcm, 4.0, 2)
try:
    math.gcd(a=1)
except TypeError as e:
    print("gcd keyword:", e)

show("prod", math.prod, [1, 2, 3])
show("prod", math.prod, range(1, 30))
show("prod", math.prod, [1, 2, 3], start=2)
show("prod", math.prod, [])
show("prod", math.prod, [], start="a")
show("prod", math.prod, ["a", 3])
show("prod", math.prod, [2, "a"])
show("prod", math.prod, [3], start="ab")
show("prod", math.prod, [1.5, 2])
show("prod", math.prod, [0.1] * 5)
show("prod", math.prod, [2, 2.5, 1j])
show("prod", math.prod, [True, True])
show("prod", math.prod, [1, 2], 3)
show("prod", math.prod)
show("prod", math.prod, [1], foo=3)
show("prod", math.prod, 5)
show("prod", math.prod, iterable=[2])
