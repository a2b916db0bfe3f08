# math functions in compiled code, libm's own results; domain errors and overflow re-run in
# the interpreter, which raises CPython's exceptions
import math
from math import sqrt, floor
from pyjit import jit


@jit
def norm(x, y):
    return sqrt(x * x + y * y)


@jit
def trig(x):
    return math.sin(x) * math.cos(x) + math.tan(x / 4) + math.atan(x) + math.atan2(x, 2.0)


@jit
def logs(x):
    return math.log(x) + math.log2(x) + math.log10(x) + math.exp(x / 10)


@jit
def hyper(x):
    return math.sinh(x) + math.cosh(x) + math.tanh(x) + math.expm1(x) + math.asin(x / 10)


@jit
def rounding(x):
    return floor(x) + math.ceil(x) + math.trunc(x) + int(x)


@jit
def misc(x, y):
    return (math.fabs(x) + math.pow(math.fabs(x), y) + math.fmod(x, y) + math.copysign(x, y)
            + math.degrees(x) + math.radians(y) + math.pi + math.e + math.tau)


@jit
def tests(x):
    return math.isnan(x) or math.isinf(x) or not math.isfinite(x)


@jit
def conv(n, x):
    return float(n) + int(x) + abs(x) + abs(n) + max(n, 3) + min(x, 2.5, -1.0) + max(x, x)


@jit
def root(x):
    return math.sqrt(x)


@jit
def grow(x):
    return math.exp(x)


@jit
def logarithm(x):
    return math.log(x)


for x in (0.5, 1.0, 2.0, 3.7, 9.5):
    print(x, norm(x, 2 * x), trig(x), logs(x), hyper(x))
for x in (0.5, -0.5, 2.999, -2.999, 1e15, -7.0):
    print(x, rounding(x), misc(x, 1.5), tests(x))
print(tests(float("nan")), tests(float("inf")), tests(-float("inf")), tests(0.0))
print(conv(7, 2.5), conv(-7, -2.5), conv(3, 0.5))
print(root(2), root(0.0), root(-0.0), root(float("inf")), grow(700.0), logarithm(7))
print(rounding(float(2**62)))
for f, arg in [(root, -1.0), (grow, 1000.0), (logarithm, 0.0), (logarithm, -3), (rounding, float("inf")),
               (rounding, float("nan")), (rounding, 1e30)]:
    try:
        print(f(arg))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
