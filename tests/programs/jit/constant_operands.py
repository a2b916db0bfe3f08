# constants as operands: // and % by constant divisors (the sign rules of Python), float
# constants, comparisons with constants in branches, an int loop and a float loop
from pyjit import jit


@jit
def by_consts(a):
    return (a // 7 + a % 7 * 10 + a // 1000 + a % 1000 + a // 2147483647
            + a % 2147483647 + a // 16 + a % 16 + a // 1 + a % 1 + a // -3 + a % -3)


@jit
def lehmer(n):
    x = 1
    total = 0
    for i in range(n):
        x = x * 48271 % 2147483647
        if x % 3 == 0:
            total += x // 7
        else:
            total -= i % 1000
    return total


@jit
def poly(n):
    h = 1.0 / n
    s = 0.0
    for i in range(n):
        x = (i + 0.5) * h
        s += 4.0 / (1.0 + x * x)
        if x * 2.0 > 1.5:
            s -= 0.25
        elif x == 0.5:
            s += 1.0
    return s * h


@jit
def near_limits(a):
    b = a * 3 - 5
    return 7 - b if b < 100 else b // 641


values = [0, 1, -1, 6, 7, -7, -8, 999, -1000, 123456789, -123456789,
          2147483647, -2147483648, 9223372036854775807, -9223372036854775808,
          4611686018427387904, -4611686018427387905]
for v in values:
    print(v, by_consts(v), near_limits(v))
print(lehmer(5000))
print(f"{poly(1000):.12f}")
