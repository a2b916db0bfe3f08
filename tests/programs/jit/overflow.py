# int results past 64 bits: the guard fails and the interpreter's re-run gives the big int
from pyjit import jit


@jit
def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


@jit
def add(a, b):
    return a + b


@jit
def sub(a, b):
    return a - b


@jit
def neg(a):
    return -a


@jit
def absolute(a):
    return abs(a)


@jit
def shifts(a, b):
    return (a << b) + (a >> b)


@jit
def power_sum(n):
    s = 0
    for i in range(n):
        s += 3 ** i
    return s


big = 9223372036854775807
small = -9223372036854775808
print([factorial(n) for n in (0, 1, 5, 20, 21, 25)])
print(add(big, 1), add(big, 0), add(small, -1), sub(small, 1), sub(big, -1))
print(neg(small), neg(big), absolute(small), absolute(-5), absolute(big))
print(shifts(1, 3), shifts(1, 62), shifts(1, 63), shifts(3, 64), shifts(-1, 100), shifts(0, 200))
print(shifts(-8, 2), shifts(5, 0))
print(power_sum(10), power_sum(40), power_sum(41))
try:
    shifts(1, -1)
except ValueError as e:
    print("ValueError:", e)
