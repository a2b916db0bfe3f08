# float ** gives CPython's (libm's pow) exact bits, also where Java's Math.pow differs in
# the last bit (10.0 ** 23); int ** negative int goes through the same pow; special values
x = 987654321
def rand():
    global x
    x = (x * 6364136223846793005 + 1442695040888963407) % (1 << 64)
    return x

print(10.0 ** 23, 10.0 ** 22, 10 ** -3, 7 ** -5, 2.0 ** 0.5, 1.1 ** 100)
for e in range(-30, 31):
    print(e, repr(10.0 ** e), repr(3.0 ** (e / 7)), repr(10 ** e if e >= 0 else 10 ** e))
for _ in range(200):
    m = 1 + (rand() >> 11) / (1 << 53)        # [1, 2)
    b = m * 2.0 ** (rand() % 40 - 20)
    y = (rand() % 2000 - 1000) / 37
    print(repr(b ** y), repr(b ** 0.5), repr(b ** 2), repr(b ** -1.5))
specials = [0.0, -0.0, 1.0, -1.0, 0.5, 2.0, float("inf"), float("-inf"), float("nan")]
for a in specials:
    row = []
    for b in specials:
        try:
            row.append(repr(a ** b))
        except ZeroDivisionError as e:
            row.append("ZeroDivisionError")
    print(" ".join(row))
for a, b in ((10.0, 400), (2.0, 1024), (-10.0, 309.0)):
    try:
        print(a ** b)
    except OverflowError as e:
        print("OverflowError", e)
print((-8.0) ** (1 / 3), (-2.0) ** 0.5)
