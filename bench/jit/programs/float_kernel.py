# @jit benchmark: a float kernel: midpoint-rule integrals of 4/(1+x^2) (pi) and of a
# polynomial evaluated by Horner's rule; prints the sum with 12 decimals
# size: 10000000 (bench/jit/run)
# smoke size: 10000 (bench/jit/run --smoke)
import sys

try:
    from pyjit import jit
except ImportError:  # CPython runs the plain function
    def jit(f):
        return f


@jit
def float_kernel(n):
    h = 1.0 / n
    s = 0.0
    p = 0.0
    for i in range(n):
        x = (i + 0.5) * h
        s += 4.0 / (1.0 + x * x)
        p += (((0.5 * x - 1.25) * x + 2.0) * x - 0.75) * x + 0.125
    return s * h + p * h


print(f"{float_kernel(int(sys.argv[1])):.12f}")
