# ZeroDivisionError in compiled code: the interpreter's re-run raises it, with CPython's
# traceback
from pyjit import jit


@jit
def safe(a, b):
    if b == 0:
        return 0
    return a // b


@jit
def ratio(a, b):
    return a / b


@jit
def mean_gap(n, k):
    s = 0.0
    for i in range(n):
        s += i % k
    return s / n


print(safe(7, 2), safe(7, 0), ratio(1.0, 4.0), mean_gap(10, 3))
for args in [(1, 0), (1.5, 0.0), (0, 0.0)]:
    try:
        ratio(*args)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
try:
    mean_gap(10, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(mean_gap(0, 3))
