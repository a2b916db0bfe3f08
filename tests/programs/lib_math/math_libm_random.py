# Every libm-backed math function on seeded random arguments over the whole float range,
# printed as float.hex: pyjit's results must be glibc's to the last bit, as CPython's are.
import math
import random

rng = random.Random(12345)


def arg():
    kind = rng.randrange(6)
    if kind == 0:
        return rng.uniform(-1, 1)
    if kind == 1:
        return rng.uniform(-20, 20)
    if kind == 2:
        return rng.uniform(-800, 800)
    if kind == 3:
        return math.ldexp(rng.random(), rng.randrange(-1074, 1024)) * rng.choice([1, -1])
    if kind == 4:
        return rng.uniform(0.5, 2)
    return rng.uniform(-1e6, 1e6)


def result(f, *args):
    try:
        return f(*args).hex()
    except (ValueError, OverflowError) as e:
        return type(e).__name__[0]


unary = ["sqrt", "exp", "exp2", "expm1", "log", "log2", "log10", "log1p", "sin", "cos", "tan",
         "asin", "acos", "atan", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "erf",
         "erfc", "gamma", "lgamma", "cbrt", "degrees", "radians", "ulp"]
for name in unary:
    f = getattr(math, name)
    out = [result(f, arg()) for _ in range(60)]
    print(name)
    for i in range(0, len(out), 6):
        print("  " + " ".join(out[i:i + 6]))
for name in ["atan2", "pow", "fmod", "remainder", "hypot", "copysign", "nextafter"]:
    f = getattr(math, name)
    out = [result(f, arg(), arg()) for _ in range(60)]
    print(name)
    for i in range(0, len(out), 6):
        print("  " + " ".join(out[i:i + 6]))
