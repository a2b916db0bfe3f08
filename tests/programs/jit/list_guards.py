# Guards on @jit lists: an index out of range (after negative ones are counted from the
# end) re-runs the call in the interpreter, which raises IndexError; stores made before a
# guard fails are discarded and done once by the re-run, so the list ends exactly as
# CPython leaves it; an overflow while storing leaves a big int in the list, and the next
# call with that list runs in the interpreter
from pyjit import jit


@jit
def get(xs, i):
    return xs[i]


@jit
def put(xs, i, v):
    xs[i] = v
    return v


@jit
def fill(xs, n):
    for i in range(n):
        xs[i] = i * 10
    return n


@jit
def fill_back(xs, n):
    for i in range(n):
        xs[-1 - i] = 7.5 + i
    return n


@jit
def doubled(xs, times):
    for t in range(times):
        for i in range(len(xs)):
            xs[i] = xs[i] * 2
    return xs[0]


@jit
def divide_all(xs, d):
    for i in range(len(xs)):
        xs[i] = xs[i] // d
    return len(xs)


@jit
def first_after(xs, v):
    xs[0] = v
    return 100 // xs[1]


def attempt(f, *args):
    try:
        return f(*args)
    except Exception as e:
        return f"{type(e).__name__}: {e}"


xs = [1, 2, 3]
for i in (0, 2, -1, -3, 3, -4, 10 ** 6, -(10 ** 6)):
    print(i, attempt(get, xs, i))
for i in (1, -1, 3, -4):
    print(i, attempt(put, xs, i, 40 + i), xs)
print(attempt(put, [1.5, 2.5], 1, 0.25), attempt(put, [1.5], -2, 9.0))

a = [0] * 5
print(attempt(fill, a, 3), a)
a = [0] * 5
print(attempt(fill, a, 7), a)
b = [0.0] * 4
print(attempt(fill_back, b, 6), b)

c = [1, 3, -5]
print(attempt(doubled, c, 10), c)
print(attempt(doubled, c, 60), c)
print(attempt(doubled, c, 1), c)
print(attempt(get, c, 0), type(c[0]).__name__)

d = [10, 20, 30, 40]
print(attempt(divide_all, d, 0), d)
print(attempt(divide_all, d, -3), d)

e = [5, 0]
print(attempt(first_after, e, 9), e)
e = [5, 4]
print(attempt(first_after, e, 9), e)
