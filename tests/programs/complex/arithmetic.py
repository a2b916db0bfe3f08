# complex arithmetic
a = 3 + 4j
b = 1 - 2j
print(a + b, a - b, a * b, a / b, -a, +a, abs(a), a ** 2, a ** 0, a ** -1)
print(a == 3 + 4j, a != b, a == complex(3, 4), (1 + 0j) == 1, 1j * 1j == -1)
print(a.conjugate(), a.real, a.imag, type(a.real).__name__)
print(1j ** 2, (1j) ** 0.5, 2 ** 1j, 0j ** 0, abs(-5j), abs(3 + 4j) == 5.0)
print(1 + 1j + 1.5, 2 * (1 + 1j), (1 + 1j) / 2, True + 1j)
try:
    a / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    0j ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    a < b
except TypeError as e:
    print("TypeError:", e)
try:
    a // b
except TypeError as e:
    print("TypeError:", e)
try:
    a % b
except TypeError as e:
    print("TypeError:", e)
print(bool(0j), bool(1j), bool(complex(0, 0.0)))
