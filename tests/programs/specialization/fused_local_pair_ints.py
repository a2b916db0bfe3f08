# Two locals loaded for an int + or - (LOAD_FAST_LOAD_FAST then BINARY_OP) once the
# operation is specialized for ints: results leaving 64 bits for big ints and coming back,
# bools, floats, big ints, strings, lists and instances with __add__/__sub__ at the same
# site, the operands swapped, in-place forms, and tracebacks of a TypeError there.
import sys


def add(a, b):
    return a + b


def sub(a, b):
    return a - b


def acc(a, b):
    a += b
    return a


def diag(row, c):
    return row - c, row + c


for i in range(300):
    add(i, 3), sub(i, 3), acc(i, -i), diag(i, i // 2)

m = sys.maxsize
print(add(m, 1), sub(-m - 1, 1), add(m, -1), sub(m, m), acc(m, m), diag(m, -m))
print(add(2**64, -2**64), sub(2**64, 1), add(-2**63, -1), sub(-2**63, 0))
print(add(True, True), sub(False, True), add(1, 2.5), sub(2.5, 1), acc(1.5, 1))
print(add("ab", "cd"), add([1], [2]), add((1,), (2,)), acc([0], [1]))


class V:
    def __init__(self, x):
        self.x = x

    def __add__(self, other):
        return V(self.x + (other.x if isinstance(other, V) else other))

    def __sub__(self, other):
        return V(self.x - (other.x if isinstance(other, V) else other))

    def __rsub__(self, other):
        return V(other - self.x)

    def __repr__(self):
        return f"V({self.x})"


print(add(V(1), V(2)), sub(V(5), 2), sub(10, V(3)), acc(V(1), 5))
for i in range(300):
    add(i, i), sub(i, -i)
print(add(3, 4), sub(3, 4), diag(7, 2), diag(-3, -4))

try:
    sub("a", 1)
except TypeError as e:
    print("TypeError", e)
try:
    add(None, 1)
except TypeError as e:
    print("TypeError", e)

total = 0
for i in range(1000):
    j = i * 7
    total = total + j - i
print(total)
