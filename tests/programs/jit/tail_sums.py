# Recursive int sums that pyjit's @jit compiles as loops with an accumulator
# (return E + f(...)): the reordered sums must give Python's ints, big ones included
# (a 64-bit overflow re-runs the call in the interpreter), Python's exceptions, and
# RecursionError where the recursion is too deep, as if every call had been made
import sys
from pyjit import jit


@jit
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


@jit
def scaled_fib(n, k):
    if n < 2:
        return k * n
    return scaled_fib(n - 1, k) + scaled_fib(n - 2, k)


@jit
def total(n, k):
    if n == 0:
        return 0
    return k + total(n - 1, k)


@jit
def after(n, k):
    if n < 1:
        return k
    return after(n - 1, k + 1) + n * k


@jit
def swapped(n, a, b):
    if n == 0:
        return a - b
    return (a - b) + swapped(n - 1, b, a * 2 % 1000003)


@jit
def divided(n, d):
    if n <= 0:
        return 0
    return 100 // d + divided(n - 1, d - 1)


@jit
def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)


@jit
def twice_depth(n):
    return 2 * depth(n)  # depth's loop, with no call left, is inlined here as a leaf


print([fib(n) for n in range(12)], fib(24))
for k in (1, -3, 2**40, 2**61, -(2**62), 2**63 - 1):
    print(k, scaled_fib(12, k), scaled_fib(22, k))
for n, k in ((10, 7), (300, -5), (3, 2**62), (4, 2**62), (5, -(2**62)), (100, 2**62 + 1)):
    print(n, k, total(n, k))
print(after(20, 3), after(50, 2**57), after(3, -(2**63)))
print(swapped(0, 4, 9), swapped(25, 1, 2), swapped(40, 2**62, -(2**62)))
print(divided(5, 10))
try:
    divided(12, 5)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
for n in (10, 500, 900, 1100, 5000):
    try:
        print(n, depth(n))
    except RecursionError as e:
        print(n, "RecursionError:", e)
for n in (300, 1200):
    try:
        print(n, twice_depth(n))
    except RecursionError as e:
        print(n, "RecursionError:", e)
sys.setrecursionlimit(20000)
print(depth(15000))
sys.setrecursionlimit(1000)
try:
    depth(2000)
except RecursionError as e:
    print("RecursionError:", e)
