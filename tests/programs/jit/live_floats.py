# 40 float variables live at once: more than the 14 xmm registers the allocator hands out,
# so most of them spill to the stack
from pyjit import jit


@jit
def many(x):
    a0 = x + 0.5
    a1 = x * 1.5
    a2 = x - 2.5
    a3 = x / 3.5
    a4 = x + 4.5
    a5 = x * 5.5
    a6 = x - 6.5
    a7 = x / 7.5
    a8 = x + 8.5
    a9 = x * 9.5
    a10 = x - 10.5
    a11 = x / 11.5
    a12 = x + 12.5
    a13 = x * 13.5
    a14 = x - 14.5
    a15 = x / 15.5
    a16 = x + 16.5
    a17 = x * 17.5
    a18 = x - 18.5
    a19 = x / 19.5
    a20 = x + 20.5
    a21 = x * 21.5
    a22 = x - 22.5
    a23 = x / 23.5
    a24 = x + 24.5
    a25 = x * 25.5
    a26 = x - 26.5
    a27 = x / 27.5
    a28 = x + 28.5
    a29 = x * 29.5
    a30 = x - 30.5
    a31 = x / 31.5
    a32 = x + 32.5
    a33 = x * 33.5
    a34 = x - 34.5
    a35 = x / 35.5
    a36 = x + 36.5
    a37 = x * 37.5
    a38 = x - 38.5
    a39 = x / 39.5
    s = 0.0
    for i in range(3):
        s = s * 0.5 + (a0 - a1 * a2 + a3 - a4 * a5 + a6 - a7 * a8 + a9 - a10 * a11 + a12
                       - a13 * a14 + a15 - a16 * a17 + a18 - a19 * a20 + a21 - a22 * a23
                       + a24 - a25 * a26 + a27 - a28 * a29 + a30 - a31 * a32 + a33
                       - a34 * a35 + a36 - a37 * a38 + a39)
        a0, a1, a2, a3, a4, a5, a6, a7, a8, a9 = a1, a2, a3, a4, a5, a6, a7, a8, a9, a0
        a39 = a39 + a0
    return s + a0 + a10 + a20 + a30 + a39


@jit
def many_ints(n):
    b0 = n + 0
    b1 = n + 1
    b2 = n * 2
    b3 = n - 3
    b4 = n + 4
    b5 = n * 5
    b6 = n - 6
    b7 = n + 7
    b8 = n * 8
    b9 = n - 9
    b10 = n + 10
    b11 = n * 11
    b12 = n - 12
    b13 = n + 13
    b14 = n * 14
    b15 = n - 15
    b16 = n + 16
    b17 = n * 17
    b18 = n - 18
    b19 = n + 19
    return (b0 - b1 + b2 - b3 + b4 - b5 + b6 - b7 + b8 - b9 + b10 - b11 + b12 - b13 + b14
            - b15 + b16 - b17 + b18 - b19) * (b0 + b19)


for x in (0.0, 1.0, -2.25, 1e10, 3.0):
    print(x, many(x))
print(many_ints(3), many_ints(-100), many_ints(10**9))
