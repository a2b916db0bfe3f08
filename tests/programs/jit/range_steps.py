# for over range() with every kind of step, break, continue and else, compiled by @jit
from pyjit import jit


@jit
def total(start, stop, step):
    s = 0
    for i in range(start, stop, step):
        s = s * 3 + i
        s = s % 1000003
    return s


@jit
def count_down(n):
    c = 0
    for i in range(n, 0, -2):
        c += i
    return c


@jit
def skip(n):
    s = 0
    for i in range(n):
        if i % 3 == 0:
            continue
        if i > 50:
            break
        s += i
    else:
        s = -1
    return s


@jit
def last_value(n):
    last = -1
    for i in range(n):
        last = i
    return last


@jit
def nested(n):
    s = 0
    for i in range(1, n):
        for j in range(i, 0, -1):
            if j * i > 40:
                break
            s += j
    return s


@jit
def while_loop(n):
    i = 0
    s = 0
    while i < n:
        i += 1
        if i == 7:
            continue
        s += i
    else:
        s += 1000
    return s


for args in [(0, 10, 1), (10, 0, -1), (0, 100, 7), (5, -50, -3), (3, 3, 1), (-10, 10, 4),
             (100, 0, -13), (0, 10, 100)]:
    print(args, total(*args))
print(count_down(10), count_down(11), count_down(0), count_down(-5))
print(skip(10), skip(100), skip(0))
print(last_value(5), last_value(0))
print(nested(10), while_loop(10), while_loop(0))
try:
    total(0, 10, 0)
except ValueError as e:
    print("ValueError:", e)
