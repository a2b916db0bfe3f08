# Comparisons (chained, int with float), and/or/not (values are operands, not bools),
# conditional expressions, bool arguments and results
from pyjit import jit


@jit
def between(a, b, c):
    return a < b <= c


@jit
def chain(a, b, c, d):
    return a == b != c < d


@jit
def either(a, b):
    return a or b


@jit
def both(a, b):
    return a and b


@jit
def negate(a):
    return not a


@jit
def pick(a, b):
    return a if a > b else b


@jit
def mixed_cmp(i, f):
    return i < f


@jit
def eq_if(i, f):
    return i == f


@jit
def classify(x):
    if x < 0 and x > -10:
        return 1
    elif x < 0 or x > 100:
        return 2
    elif not x:
        return 3
    return 4


@jit
def bool_math(t, f):
    return t + 1 + f * 2


@jit
def band(a, b):
    return a & b


@jit
def bor(a, b):
    return a | b ^ True


nan = float("nan")
print([between(*t) for t in [(1, 2, 3), (1, 2, 2), (2, 2, 3), (1.0, 2.5, 2.5), (3, 2, 1)]])
print([chain(*t) for t in [(1, 1, 2, 3), (1, 1, 1, 3), (1, 2, 3, 4), (1, 1, 4, 3)]])
print(either(0, 5), either(3, 5), either(0.0, 2.5), either(-0.0, 0.0), either(nan, 1.0))
print(both(0, 5), both(3, 5), both(0.0, 2.5), both(1.5, 0.0), both(True, False))
print(negate(0), negate(7), negate(0.0), negate(nan), negate(True))
print(pick(3, 4), pick(4.5, 1.5), pick(True, False))
print(eq_if(3, 3.0), eq_if(2**53 + 1, 2.0**53), eq_if(2**60, 2.0**60), eq_if(1, nan))
print(mixed_cmp(1, 1.5), mixed_cmp(2**62 + 1, 2.0**62), mixed_cmp(-5, nan))
print([classify(x) for x in (-5, -50, 200, 0, 50)])
print(bool_math(True, False), bool_math(False, True), bool_math(True, True))
print(band(True, False), band(True, True), band(6, 3), bor(True, False), bor(6, 3))
print(between(nan, 1.0, 2.0), between(1.0, 2.0, nan))
