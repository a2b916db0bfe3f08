# Deep recursion: the native stack limit makes the call fall back to the interpreter,
# which recurses (or raises RecursionError) exactly as CPython does
import sys
from pyjit import jit


@jit
def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1


@jit
def tri(n):
    if n <= 0:
        return 0.0
    return n + tri(n - 1)


@jit
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


print(depth(10), depth(500), depth(900))
print(tri(100), tri(800))
print(ackermann(2, 3), ackermann(3, 3))
sys.setrecursionlimit(110000)
print(depth(100000))
print(tri(50000))
sys.setrecursionlimit(1000)
try:
    depth(5000)
except RecursionError as e:
    print("RecursionError:", e)
