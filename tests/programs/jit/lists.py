# @jit functions over lists of ints and of floats: len, indexing (negative indices count
# from the end), stores and augmented stores written back into the list, for over a list,
# lists passed on to other @jit functions, truth of a list
from pyjit import jit


@jit
def total(xs):
    s = 0
    for i in range(len(xs)):
        s += xs[i]
    return s


@jit
def ftotal(xs):
    s = 0.0
    for x in xs:
        s += x
    return s


@jit
def ends(xs):
    return xs[0] * 1000 + xs[-1] * 100 + xs[-len(xs)] * 10 + xs[len(xs) - 1]


@jit
def scale(xs, k):
    for i in range(len(xs)):
        xs[i] *= k
    return len(xs)


@jit
def reverse(xs):
    i = 0
    j = len(xs) - 1
    while i < j:
        xs[i], xs[j] = xs[j], xs[i]
        i += 1
        j -= 1
    return i


@jit
def dot(a, b):
    s = 0.0
    for i in range(len(a)):
        s += a[i] * b[i]
    return s


@jit
def norm2(a):
    return dot(a, a)


@jit
def axpy(k, x, y):
    for i in range(len(x)):
        y[i] += k * x[i]
    return norm2(y)


@jit
def count_true(flags):
    n = 0
    for f in flags:
        if f:
            n += 1
    return n


@jit
def nonempty(xs):
    if xs:
        return 1
    return 0


@jit
def bool_index(xs, b):
    return xs[b] + xs[not b]


@jit
def prefix_sums(xs):
    for i in range(1, len(xs)):
        xs[i] = xs[i] + xs[i - 1]
    return xs[-1]


@jit
def last_of_loop(xs):
    x = 0.0
    for x in xs:
        pass
    else:
        x += 0.5
    return x


ints = [3, 1, 4, 1, 5, 9, 2, 6]
print(total(ints), ends(ints), ends([7]))
print(reverse(ints), ints)
print(scale(ints, -3), ints)
floats = [0.5, 1.25, -2.0, 1e300, -1e300]
print(ftotal(floats), ftotal([0.1] * 10))
fl = [1.0, 2.0, 3.0]
print(scale(fl, 0.5), fl)
x = [1.0, 2.0, 3.0]
y = [0.5, 0.25, 0.125]
print(dot(x, y), norm2(x), axpy(2.0, x, y), x, y)
print(count_true([0, 1, 2, 0, -1]), nonempty([0]), nonempty([0.0]))
print(bool_index([10, 20], True), bool_index([10, 20], False))
p = list(range(1, 11))
print(prefix_sums(p), p)
print(last_of_loop([1.0, 2.0]), last_of_loop([-0.0]))
big = [2 ** 62, -(2 ** 63), 2 ** 63 - 1]
print(total(big[:1]), ends(big))
