# float methods: is_integer, hex, fromhex, as_integer_ratio, conjugate
for v in (1.0, 1.5, -3.0, 0.1, 1e100, 0.0, -0.0, 2 ** -1074):
    print(repr(v), v.is_integer(), v.hex(), v.as_integer_ratio())
print(float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"), float.fromhex("0x.8"),
      float.fromhex("0X1.FFFFFFFFFFFFFp1023"), float.fromhex(" 0x10 "), float.fromhex("inf"))
print(float.fromhex((0.1).hex()) == 0.1, (3.5).conjugate(), (3.5).real, (3.5).imag)
try:
    float("inf").as_integer_ratio()
except OverflowError as e:
    print("OverflowError:", e)
try:
    float("nan").as_integer_ratio()
except ValueError as e:
    print("ValueError:", e)
try:
    float.fromhex("0x1p99999")
except OverflowError as e:
    print("OverflowError:", e)
print((2.5).__trunc__(), (2.5).__floor__(), (-2.5).__ceil__(), (7.9).__int__())
print((1.5).__round__(), (2.5).__round__(), (2.345).__round__(2))
print(float.__name__, (1.5).__class__ is float)
