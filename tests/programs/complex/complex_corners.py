# complex formatting and arithmetic edge cases.
zs = [0j, -0j, complex(0, -0.0), complex(-0.0, 0), 1 + 2j, -1.5 - 0.5j, 1e20 + 1e-20j, complex(float("inf"), 1),
      complex(1, float("nan")), complex(float("-inf"), float("-inf")), 3j, -3j, complex(2), complex("1+2j"), complex(" (3-4j) ")]
for z in zs:
    print(repr(z), str(z), f"{z}", f"{z:.2f}", f"{z:g}", f"{z:>20}", f"{z:e}", f"{z:+.1f}", abs(z) if z == z else "nan")
print(format(1 + 2j, "^20.3f"), format(1 + 2j, "*<18g"), format(-0j, ""), format(1j, ".0f"), format(12345.678 + 0.5j, ",.2f"))
for bad in ["1+2", "j1", "1+2ij", "(1+2j", "1 + 2j", ""]:
    try:
        complex(bad)
    except ValueError as e:
        print(repr(bad), "ValueError:", e)
for spec in ["=10", "010", "%"]:
    try:
        format(1 + 1j, spec)
    except ValueError as e:
        print(spec, "ValueError:", e)
a, b = 3 + 4j, 1 - 2j
print(a + b, a - b, a * b, a / b, a ** 2, a ** 0.5, a ** b, -a, +a, abs(a), a.conjugate(), a == 3 + 4j, a != b)
print(1j ** 2, 1j * 1j, (1 + 1j) ** 0, 0j ** 0, 2 ** 1j, 1j ** 1j, (-1) ** 0.5, (-8) ** (1 / 3))
try:
    1 / 0j
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    0j ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    (1 + 1j) < (2 + 2j)
except TypeError as e:
    print("TypeError:", e)
try:
    (1 + 1j) // 1
except TypeError as e:
    print("TypeError:", e)
try:
    int(1 + 0j)
except TypeError as e:
    print("TypeError:", e)
print(complex(1, 2) == (1 + 2j), 1 + 0j == 1, 1.0 + 0j == True, hash(1 + 0j) == hash(1), hash(2j) == hash(complex(0, 2)))
print(complex(1j, 1j), complex(1, 1j), complex(real=2, imag=3), complex(imag=1), complex(True, False))
print((1e308 + 1e308j) * 2, (1e308 + 1e308j) / (1e308 + 1e308j), complex(1e308, 1e308) * complex(1e308, 1e308))
print((1 + 2j).real, (1 + 2j).imag, type((1 + 2j).real).__name__, (5).imag, 2.5.imag, (1 + 2j).__reduce__() if False else "-")
print(sum([1j, 2, 3.5]), sum([1 + 1j] * 10), [x * 1j for x in range(3)], bool(0j), bool(-0j), bool(1e-300j))
