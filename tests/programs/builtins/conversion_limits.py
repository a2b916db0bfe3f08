# Conversions, limits and error messages of numbers, sequences and protocols.
import sys, math
def t(f):
    try:
        print(repr(f()))
    except BaseException as e:
        print(type(e).__name__ + ":", e)
t(lambda: f"{0.1:.30f}")
t(lambda: f"{1e300:f}"[:40])
t(lambda: "%.50g" % 0.1)
t(lambda: len(str(10**4299)))
t(lambda: str(10**4300))
t(lambda: int("1" * 4301))
t(lambda: sys.get_int_max_str_digits())
t(lambda: hex(10**5000)[:10])
t(lambda: float(10**400))
t(lambda: (10**400) / (10**399))
t(lambda: 10**400 / 3)
t(lambda: 1 / 10**400)
t(lambda: round(1.23456789, 20))
t(lambda: round(1.5, None))
t(lambda: (1+2j) / 0)
t(lambda: (1+2j) // 1)
t(lambda: 2.0 ** 10000)
t(lambda: 10 ** -400)
t(lambda: (-8) ** 0.5)
t(lambda: 0.0 ** -1)
t(lambda: 0 ** -1)
t(lambda: [1, 2, 3].index(3, 0, 2))
t(lambda: [1].remove(5))
t(lambda: (1, 2).index(5))
def f1():
    x = [1, 2, 3, 4, 5]
    del x[::2]
    return x
t(f1)
def f2():
    x = [1, 2, 3, 4, 5]
    x[::2] = [9, 9]
t(f2)
def f3():
    a, b = [1, 2, 3]
t(f3)
def f4():
    a, b, c = (1, 2)
t(f4)
def f5():
    a, *b, c = [1]
t(f5)
def f6():
    a, b = "abc"
t(f6)
def f7():
    a, b = iter([1,2,3])
t(f7)
def f8():
    a, b = {1: 2, 3: 4, 5: 6}
t(f8)
class R:
    def __repr__(self): return 5
t(lambda: repr(R()))
t(lambda: str(R()))
class B:
    def __bool__(self): return 2
t(lambda: bool(B()))
class Ln:
    def __len__(self): return -1
t(lambda: len(Ln()))
class Ln2:
    def __len__(self): return 2**70
t(lambda: len(Ln2()))
class Ln3:
    def __len__(self): return "x"
t(lambda: len(Ln3()))
class Idx:
    def __index__(self): return 2
t(lambda: [1,2,3,4][Idx():])
t(lambda: hex(Idx()))
t(lambda: "abc" * Idx())
t(lambda: range(Idx()))
class Old:
    def __getitem__(self, i):
        if i > 3: raise IndexError
        return i * 10
t(lambda: list(Old()))
t(lambda: 20 in Old())
t(lambda: 25 in Old())
t(lambda: f"{True:d} {True:>5} {True:} {False!r:^7}|")
t(lambda: format(1e-7, ""))
t(lambda: (str(1e-5), repr(1e-4), str(0.0001), 1e-4 * 1))
t(lambda: float("0x1p3"))
t(lambda: int("1e3"))
t(lambda: f"{12:c}{0x263a:c}")
t(lambda: f"{1234567:n} {1234.5:n}")
t(lambda: f"{0.1234:,.2%}")
t(lambda: math.factorial(20))
t(lambda: math.comb(50, 25))
t(lambda: math.perm(5))
t(lambda: math.isqrt(10**40 + 1))
t(lambda: math.gcd(12, 18, 27))
t(lambda: math.lcm(4, 6, 10))
t(lambda: math.prod([1, 2, 3], start=2))
t(lambda: math.fsum([0.1] * 10))
t(lambda: math.dist((0, 0), (3, 4)))
t(lambda: math.hypot(1, 2, 2))
t(lambda: math.ceil(float("inf")))
t(lambda: math.floor(float("nan")))
t(lambda: math.floor(1e300))
t(lambda: math.factorial(-1))
t(lambda: math.factorial(2.0))
t(lambda: math.log(0))
t(lambda: math.sqrt(-1))
t(lambda: math.log(8, 2))
t(lambda: math.log(10**1000))
t(lambda: math.copysign(1, -0.0))
t(lambda: math.isclose(0.1 + 0.2, 0.3))
t(lambda: math.trunc(-3.7))
t(lambda: math.modf(-3.5))
t(lambda: math.frexp(8.0))
t(lambda: math.ldexp(1, 1100))
t(lambda: math.nextafter(1.0, 2.0))
t(lambda: math.ulp(1.0))
t(lambda: math.sumprod([1, 2], [3, 4]))
t(lambda: math.cbrt(27))
t(lambda: math.exp2(10))
t(lambda: (math.pi, math.e, math.tau, math.inf, math.nan))
t(lambda: math.degrees(math.pi))
t(lambda: math.fmod(-7, 3))
t(lambda: math.remainder(7, 2))
t(lambda: math.isqrt(-1))
t(lambda: math.comb(5, 6))
t(lambda: divmod(10**30, -7))
t(lambda: int.from_bytes(b"\xff\xff", "big", signed=True))
t(lambda: (1024).to_bytes(1, "big"))
t(lambda: (3.7).__round__())
t(lambda: (2.5).__round__(0))
t(lambda: int(float("inf")))
t(lambda: int(float("nan")))
t(lambda: float("1" * 400))
t(lambda: 1e308 * 10)
t(lambda: -1e308 * 10)
t(lambda: 5 // 0.0)
t(lambda: 5 % 0.0)
t(lambda: divmod(5, 0.0))
t(lambda: 0.0 / 0)
t(lambda: 5 / False)
t(lambda: [] * 2 ** 63)
t(lambda: "x" * 2 ** 63)
t(lambda: [0] * -5)
t(lambda: bytes(-1))
t(lambda: "abc"[10])
t(lambda: "abc"[1:10])
t(lambda: [][0])
t(lambda: ()[0])
t(lambda: {}[[]])
t(lambda: {[]: 1})
t(lambda: {1, []})
t(lambda: hash([]))
t(lambda: hash({}))
t(lambda: hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
