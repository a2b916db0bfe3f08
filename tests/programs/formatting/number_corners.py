# int/float/complex formatting corner cases.
vals = [0, 1, -1, 255, -255, 2 ** 63, -2 ** 63 - 1, 10 ** 30]
for v in vals:
    print(f"{v:d}|{v:+d}|{v: d}|{v:x}|{v:#X}|{v:o}|{v:#b}|{v:,}|{v:_}|{v:>12}|{v:<+8}|{v:^9}|{v:012,}")
for v in [0.0, -0.0, 1.0, -1.5, 0.1, 1/3, 2/3, 1e16, 1e-5, 123456.789, 1e300 * 10, -float("inf"), float("nan"), 5e-324, 1.7976931348623157e308]:
    print(f"{v!r}|{v}|{v:.3f}|{v:e}|{v:.2E}|{v:g}|{v:G}|{v:%}|{v:.1%}|{v:+,.2f}|{v:10.4}|{v:#.0f}|{v:#g}")
print(f"{1234.5:_g} {1e6:g} {1e5:g} {123456789:e} {0:e} {1:.0e} {True:.2f} {-2:.1%}")
print(format(0.5, ".0f"), format(1.5, ".0f"), format(2.675, ".2f"), format(1.005, ".2f"), format(-0.00001, ".3f"))
print(round(2.675, 2), round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(1.25, 1), round(1.35, 1))
print(round(12345, -2), round(12355, -1), round(-12355, -1), round(123.456, -1), round(5, 0), round(1e300, -300))
print(round(0.1 + 0.2, 15), round(1e-10, 5), round(float("inf")) if False else "skip", round(7.0), type(round(7.0)), type(round(7.0, 0)))
for c in [0j, 1 + 2j, -1 - 2j, 1.5j, complex(0, -0.0), complex(-0.0, 0), complex(1e20, 1e-20), complex(float("inf"), float("nan")), 3 + 0j]:
    print(repr(c), str(c), f"{c:.2f}", f"{c:g}", f"{c:>20}", f"{c:e}" if c else "zero")
print(f"{1+2j:+.1f}|{1+2j:*^20.1f}|{-0.0j}|{complex('1e3-2j')}|{complex(' (1+1j) ')}")
print(int("0x1f", 16), int("0b101", 0), int("  -42  "), int("1_000"), int("z", 36), int("0o17", 0), int("+7"))
for bad in ["", " ", "1__0", "_1", "0x", "1.0", "12a", "٣"]:
    try:
        print(repr(bad), int(bad))
    except ValueError as e:
        print(e)
print(int(3.99), int(-3.99), int(True), int("٣٤"), int(1e20), float("1_0.5"), float("  -inf "), float("nan"))
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(-7, -2), divmod(7.5, 2), divmod(-7.5, 2), divmod(10 ** 20, 7))
print(pow(2, 10), pow(2, -1), pow(3, 4, 5), pow(3, -1, 7), pow(-3, 3, 7), pow(2, 100, 10 ** 9 + 7), pow(10, 2, -7))
try:
    pow(2, -1, 4)
except ValueError as e:
    print(e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(e)
print((-8) ** (1 / 3), 0 ** 0, 0.0 ** 0, 2 ** -2, (-2) ** -2, 10 ** -1)
print(1e16, 1e15, 123456789012345678.0, 0.1 * 3, 1 / 7, -1e-7, 1e22, 1e23, 2 ** 0.5)
print(float.hex(1.0), (0.1).hex(), float.fromhex("0x1.8p1"), (3.5).as_integer_ratio(), (-0.25).is_integer())
print(int.bit_length(255), (255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"), (-1).to_bytes(2, "big", signed=True))
print(7 .bit_count(), (2 ** 64).bit_length(), abs(-5), abs(-0.0), abs(3 + 4j), hex(-255), oct(8), bin(-5))
