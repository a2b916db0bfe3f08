# math functions give CPython's (libm's) exact bits: sqrt (correctly rounded by IEEE 754,
# computed without libm) and the libm functions linked at their first call, over seeded
# pseudo-random arguments of many magnitudes, each printed with repr (every bit shows)
import math

x = 123456789
def rand():
    global x
    x = (x * 6364136223846793005 + 1442695040888963407) % (1 << 64)
    return x

values = [0.0, -0.0, 1.0, 2.0, 0.5, 1e-310, 5e-324, 1.7976931348623157e308, float("inf")]
for _ in range(300):
    m = (rand() >> 11) / (1 << 53)            # [0, 1)
    e = rand() % 260 - 130
    values.append(m * 2.0 ** e)             # exact: a power of two
for v in values:
    print(repr(math.sqrt(v)), repr(math.exp(-abs(v) % 50)), repr(math.sin(v % 1000)),
          repr(math.log(v)) if v > 0 else "-", repr(math.pow(v % 10, 1.5)),
          repr(math.atan2(v, 3.0)))
for bad in (-1.0, -1e-300, float("-inf")):
    try:
        math.sqrt(bad)
    except ValueError as e:
        print("ValueError", e)
print(math.sqrt(float("nan")))
