# BINARY_OP_INT and BINARY_OP_FLOAT sites specialized on values their inline fast path takes,
# then meeting what only the out-of-line slow path handles: products past 64 bits, `//` and
# `%` with negative operands or a zero divisor, shifts, powers, float `/` by zero, `//`, `%`,
# `**`, and a float with an int on either side


def int_ops(a, b):
    return (a * b, a & b, a | b, a ^ b, a // b if b else None, a % b if b else None)


def int_mix(n):
    out = []
    for i in range(n):
        out.append(int_ops(i + 1, i % 7 + 1))
    return out


def float_ops(x, y):
    r = [x * y, x + y, x - y]
    try:
        r.append(x / y)
    except ZeroDivisionError as e:
        r.append(str(e))
    try:
        r.append(x // y)
    except ZeroDivisionError as e:
        r.append(str(e))
    try:
        r.append(x % y)
    except ZeroDivisionError as e:
        r.append(str(e))
    return r


total = 0
for row in int_mix(3000):
    total += sum(v for v in row if v is not None)
print("warm", total)

cases = [
    (2**62, 2), (-(2**62), 2), (2**62, -4), (-3, 2**62), (2**31 + 7, 2**31 - 3),
    (9223372036854775807, 1), (9223372036854775807, -1), (-9223372036854775807 - 1, -1),
    (-9223372036854775807 - 1, 1), (-7, 3), (7, -3), (-7, -3), (0, 5), (5, 0), (-1, 1),
]
for a, b in cases:
    print(a, b, int_ops(a, b))

k = 0
for i in range(2000):
    k = (k * 31 + i) % 1000003
    k ^= i << 3
    k = k | (i >> 1)
print("mix", k, 3 ** 5, 7 << 70, (1 << 65) * 3, (-5) // 2, (-5) % 2)

acc = 0.0
for i in range(3000):
    acc = acc * 0.5 + i / 7 - (i * 0.25) * 1.5
print("float warm", acc)
for x, y in [(1.5, 0.0), (-7.5, 2.0), (7.5, -2.0), (1e308, 10.0), (5.0, 3), (5, 2.5),
             (-0.0, 1.0), (float("inf"), 2.0), (2.0, 0.5)]:
    print(x, y, float_ops(x, y))
for i in range(3):
    print(2.0 ** i, 2 ** 0.5, 10.0 % 3, -10.0 // 3, 3 * 1.5, 1.5 * 3, 7 / 2.0)
