# 20 arguments: more than the registers the ABI passes; and calls between @jit functions
from pyjit import jit


@jit
def twenty(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17,
           a18, a19):
    return (a0 + 2 * a1 + 3 * a2 + 4 * a3 + 5 * a4 + 6 * a5 + 7 * a6 + 8 * a7 + 9 * a8
            + 10 * a9 + 11 * a10 + 12 * a11 + 13 * a12 + 14 * a13 + 15 * a14 + 16 * a15
            + 17 * a16 + 18 * a17 + 19 * a18 + 20 * a19)


@jit
def mixed(a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, s, t):
    return a * b - c + d * e - f + g * h - i + j * k - l + m * n - o + p * q - r + s * t


@jit
def caller(x):
    return twenty(x, x + 1, x + 2, x + 3, x + 4, x + 5, x + 6, x + 7, x + 8, x + 9, x + 10,
                  x + 11, x + 12, x + 13, x + 14, x + 15, x + 16, x + 17, x + 18, x + 19)


print(twenty(*range(20)))
print(twenty(*[1.5 * i for i in range(20)]))
print(mixed(1, 2.0, 3, 4.0, 5, 6.0, 7, 8.0, 9, 10.0, 11, 12.0, 13, 14.0, 15, 16.0, 17, 18.0,
            19, 20.0))
print(mixed(*[True, 2] * 10))
print(caller(1), caller(-7), caller(10**17))
