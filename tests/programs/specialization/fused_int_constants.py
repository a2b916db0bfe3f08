# A local and an int constant loaded together, then added, subtracted or compared and
# jumped on: the interpreter fuses them into one instruction once the operation has seen
# ints. The same sites then meet floats, bools, big ints, overflow past 64 bits, strings
# and a local rebound to another type, in the same frame and across calls.
import sys


def dec(n):
    return n - 1


def inc(n):
    return n + 7


def small(n):
    if n < 10:
        return "small"
    if n >= 1000:
        return "big"
    return "mid"


def not_equal(n):
    if not n == 3:
        return True
    return False


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def countdown(n):
    steps = 0
    while n > 0:
        n = n - 1
        steps = steps + 1
    return steps


def mixed(n):
    total = 0
    for i in range(n):
        x = i
        if i % 3 == 0:
            x = float(i)
        elif i % 3 == 1:
            x = i * 10**20
        total = total + (x - 1) + (x + 7)
        if x < 5:
            total = total + 1
    return total


print([dec(i) for i in range(5)], [inc(i) for i in range(5)])
print([small(i) for i in (0, 9, 10, 999, 1000, -5)])
print([not_equal(i) for i in range(6)])
print(fib(20), countdown(50))
for v in (2.5, True, False, 10**30, -10**30, sys.maxsize, -sys.maxsize - 1, 1.0e308):
    print(repr(dec(v)), repr(inc(v)), small(v), not_equal(v))
print([dec(i) for i in range(3)], [small(i) for i in range(3)])
print(mixed(30))
print(fib(15.0), countdown(7.5))
for bad in ("s", None, [1]):
    for f in (dec, inc, small):
        try:
            f(bad)
        except TypeError as e:
            print(f.__name__, type(e).__name__, e)
print(dec(sys.maxsize + 0) - sys.maxsize, inc(sys.maxsize), dec(-sys.maxsize - 1))
print(not_equal(3.0), not_equal(3), small(9.999), small(True))
