# float corners: hex/fromhex, is_integer, as_integer_ratio, round with negative digits, %.17g.
vals = [0.0, -0.0, 0.1, 0.5, 1.0, 1.5, -2.5, 1e-300, 5e-324, 1.7976931348623157e308, 2.0**52 + 0.5, 123456.789, 1/3]
for v in vals:
    print(repr(v), v.hex(), float.fromhex(v.hex()) == v, v.is_integer(), v.as_integer_ratio(), "%.17g" % v, "%.3g|%10.4e|%-12f|" % (v, v, v))
for s in ["0x1p-1074", "0x1.fffffffffffffp1023", "-0x1.8p1", "0X1.0P+4", "0x.8", "1", "0x10", "inf", "-nan", " 0x1p0 ", "0x1p-1075", "0x1p1024"]:
    try:
        print(s, float.fromhex(s))
    except (ValueError, OverflowError) as e:
        print(s, type(e).__name__, e)
for bad in ["", "0x", "1p", "0xg", "0x1.2.3"]:
    try:
        float.fromhex(bad)
    except ValueError as e:
        print(repr(bad), "ValueError:", e)
for spec in [float("inf"), float("-inf"), float("nan")]:
    print(spec.is_integer(), spec.hex())
    try:
        spec.as_integer_ratio()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for x in [12345.6789, -12345.6789, 0.5, 1.5, 2.5, 25.0, 35.0, 1e20, 0.0, -0.0]:
    print(x, [round(x, d) for d in (-3, -2, -1, 0, 1, 2)], round(x), type(round(x)).__name__, type(round(x, 0)).__name__)
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2), round(-0.5), round(-1.5), round(1e300, -300))
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError:", e)
print(round(float("inf"), 2), round(float("nan"), 1), round(1.5, None))
for x in [0.1 + 0.2, 1 / 3, 2 / 3, 1e22, 1e23, 9007199254740993.0, 0.3, 100.0, 1e16, 1.5e-7]:
    print("%.17g %.16g %.15g %r %s %.0f %#.0f %.20f" % (x, x, x, x, x, x, x, x))
print(float("1_000.5"), float(" -1e3 "), float("+.5"), float("5."), float("infinity"), float("-InFiNiTy"), float("nan"))
for bad in ["1__0", "_1", "1e", ".", "e5", "1.2.3", "0x10", "１.５"]:
    try:
        print(repr(bad), float(bad))
    except ValueError as e:
        print("ValueError:", e)
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10, 2.0 ** -1074, 5e-324 / 2)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError:", e)
try:
    10 ** 400 * 1.0
except OverflowError as e:
    print("OverflowError:", e)
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
print(10 ** 400 / 10 ** 399, (10 ** 400) // 1e300 if False else 0, 2 ** 1023 * 2.0 if False else 1, int(1e20), int(-1.5e-3))
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7.5, -2), divmod(-0.0, 1.0), 7.5 % -2, -7.5 // 2, 0.0 % -1.0, -1e-20 % 1.0)
print(float.__getformat__("double"), (1.5).__trunc__(), (1.5).__floor__(), (-1.5).__ceil__(), (2.5).__round__(), (2.567).__round__(1))
