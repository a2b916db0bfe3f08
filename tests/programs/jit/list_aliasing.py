# The same list passed to a @jit function twice is one list: a store through one parameter
# is seen through the other, also in a callee; distinct lists with equal contents stay
# distinct
from pyjit import jit


@jit
def write_read(a, b):
    a[0] = 99
    return b[0]


@jit
def add_into(dst, src):
    for i in range(len(src)):
        dst[i] += src[i]
    return dst[-1]


@jit
def rotate_left(a, b):
    first = a[0]
    for i in range(len(a) - 1):
        a[i] = b[i + 1]
    a[-1] = first
    return a[0]


@jit
def via_callee(a, b):
    write_read(b, a)
    return a[0] + b[0]


l = [1, 2, 3]
print(write_read(l, l), l)
m = [1, 2, 3]
n = [1, 2, 3]
print(write_read(m, n), m, n)
f = [0.5, 1.5, 2.5]
print(add_into(f, f), f)
g = [1, 2, 3, 4]
print(rotate_left(g, g), g)
h = [1, 2, 3, 4]
print(rotate_left(h, list(h)), h)
k = [5, 6]
print(via_callee(k, k), k)
k2 = [5, 6]
k3 = [7, 8]
print(via_callee(k2, k3), k2, k3)
