# // and % round toward minus infinity for ints and floats; ** on ints
from pyjit import jit


@jit
def idiv(a, b):
    return a // b


@jit
def imod(a, b):
    return a % b


@jit
def fdiv(a, b):
    return a // b


@jit
def fmod(a, b):
    return a % b


@jit
def tdiv(a, b):
    return a / b


@jit
def ipow(a, b):
    return a ** b


ints = [0, 1, 2, 3, 7, -1, -2, -3, -7, 10, -10, 123456789, -987654321,
        9223372036854775807, -9223372036854775808]
for a in ints:
    row = []
    for b in ints:
        if b == 0:
            continue
        row.append((idiv(a, b), imod(a, b)))
    print(a, row)
floats = [0.0, -0.0, 1.5, -1.5, 7.0, -7.0, 0.1, -0.1, 1e300, -1e-300, 3.0]
for a in floats:
    print(a, [(fdiv(a, b), fmod(a, b)) for b in floats if b != 0])
print([tdiv(a, b) for a in [1, -7, 10, 2**53, 2**53 + 1, 2**60] for b in [3, -2, 7]])
print(tdiv(1.0, 3), tdiv(7, 2.0))
print([ipow(a, b) for a in [0, 1, -1, 2, -2, 3, 10] for b in [0, 1, 2, 5, 31]])
print(ipow(2, 62), ipow(2, 63), ipow(-2, 63), ipow(3, 40), ipow(2, -1), ipow(10, 20))
print(idiv(-9223372036854775808, -1), imod(-9223372036854775808, -1))
print(fdiv(5, 2.0), fmod(-5, 2.0), fdiv(1e308, 1e-308), fmod(5.5, float('inf')))
