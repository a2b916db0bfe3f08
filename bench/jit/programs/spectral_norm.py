# @jit benchmark: the spectral norm of bench/interp/programs/spectral_norm.py (same order of
# float operations, the same result printed) with the vectors in float lists the caller
# allocates once; a(i, j) stays a @jit function called from the loops
# size: 350 (bench/jit/run)
# smoke size: 20 (bench/jit/run --smoke)
import sys

try:
    from pyjit import jit
except ImportError:  # CPython runs the plain functions
    def jit(f):
        return f


@jit
def a(i, j):
    ij = i + j
    return 1.0 / (ij * (ij + 1) // 2 + i + 1)


@jit
def mul_av(v, out, n):
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += a(i, j) * v[j]
        out[i] = s
    return n


@jit
def mul_atv(v, out, n):
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += a(j, i) * v[j]
        out[i] = s
    return n


@jit
def mul_atav(v, tmp, out, n):
    mul_av(v, tmp, n)
    mul_atv(tmp, out, n)
    return n


@jit
def power(u, v, tmp, n):
    for _ in range(10):
        mul_atav(u, tmp, v, n)
        mul_atav(v, tmp, u, n)
    return n


n = int(sys.argv[1]) if len(sys.argv) > 1 else 350
u = [1.0] * n
v = [0.0] * n
power(u, v, [0.0] * n, n)
vbv = vv = 0.0
for ue, ve in zip(u, v):
    vbv += ue * ve
    vv += ve * ve
print(f"{(vbv / vv) ** 0.5:.9f}")
