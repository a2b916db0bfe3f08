# Every float comparison operator at a site specialized for floats (COMPARE_OP_FLOAT), over
# pairs that are less, equal, greater, signed zeros, infinities and nans; the loop runs each
# site often enough to specialize it, then meets the rare cases (equality, nan) late.
def lt(a, b):
    return a < b

def le(a, b):
    return a <= b

def eq(a, b):
    return a == b

def ne(a, b):
    return a != b

def gt(a, b):
    return a > b

def ge(a, b):
    return a >= b

ops = [lt, le, eq, ne, gt, ge]
nan = float("nan")
inf = float("inf")
common = [(1.5, 2.5), (2.5, 1.5), (-3.0, 0.25)]
rare = [(4.0, 4.0), (0.0, -0.0), (-0.0, 0.0), (inf, inf), (-inf, inf), (inf, 1e308),
        (nan, 1.0), (1.0, nan), (nan, nan), (nan, inf), (2.0 ** 0.5 * 2.0 ** 0.5, 2.0)]
for op in ops:
    counts = [0, 0]
    for _ in range(200):
        for a, b in common:
            counts[op(a, b)] += 1
    print(op.__name__, counts, [op(a, b) for a, b in rare])
# a while loop whose float test is exactly equal once, as mandelbrot's |z|^2 <= 4.0
x = 0.0
n = 0
while x * x <= 4.0:
    x += 0.25
    n += 1
print(n, x)
