# int and float methods and attributes
for n in (0, 1, -1, 255, -256, 2**63, -(2**63) - 1, 10**30, True, False):
    print(n, n.bit_length(), n.bit_count(), n.as_integer_ratio(), n.conjugate(), n.is_integer(),
          n.real, n.imag, n.numerator, n.denominator)
print(type(True.real).__name__, type(True.numerator).__name__, type(True.conjugate()).__name__)
for x in (0.5, -2.0, 1e-320, 123.456, float("inf"), float("nan"), -0.0):
    print(x, x.is_integer(), x.hex(), x.real, x.imag, x.conjugate())
print((0.75).as_integer_ratio(), (-0.1).as_integer_ratio(), (2.0**70).as_integer_ratio())
print(float.fromhex("0x1.8p1"), float.fromhex("-0X.1P4"), float.fromhex("1p10"), float.fromhex("-inf"))
try:
    float.fromhex("zz")
except ValueError as e:
    print("ValueError:", e)
print((5).__add__(2), (5).__add__(2.0), (5).__radd__(2), (5).__rsub__(2), (5).__pow__(2, 3))
print((5.0).__add__(2), (5.0).__rtruediv__(1), (5.5).__floordiv__(2), (5.0).__add__("x"))
print((3).__lt__(4), (3).__eq__(3.0), (3.0).__eq__(3), (2).__divmod__(-3), (7.5).__divmod__(2))
print(pow(3, 4, 5), pow(-3, 3, 7), pow(3, -1, 7), pow(3, 2, -4), (3).__pow__(-1, 7))
for args in ((2, 3, 0), (2.0, 3, 5), (2, -1, 4)):
    try:
        pow(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print((1).bit_length.__name__, int.bit_length(7), float.is_integer(2.0))
try:
    (1).bit_length(2)
except TypeError as e:
    print("TypeError:", e)
