# Numeric literals and every operator, with augmented assignment.
import decimal
import fractions

ints = [0, 7, 1_000_000, 0x1F, 0XdeadBEEF, 0o17, 0O7_7, 0b1010, 0B1_0, 00, 0_0]
floats = [1.0, .5, 5., 1e10, 1E-5, 3.14_15, 1_0.0_1e+1_0, 0e0, 00.1, 1.e2]
complexes = [1j, 2.5J, 1e3j, 0j, 3 + 4j, .5j, 1_0j]
big = 123456789012345678901234567890 ** 3
neg = -2 ** -1
mixed = 7 // 2, -7 // 2, 7 % -3, divmod(-7, 2), 2 ** 10, 10 ** -2
bits = (0b1100 & 0b1010, 0b1100 | 0b1010, 0b1100 ^ 0b1010, ~5, 1 << 10, 1024 >> 3)
logic = (True and not False or None, 1 if 0 else 2, not not [], (0 or "" or [] or "last"))
compare = (1 < 2 < 3, 1 == 1.0 != 2, "a" in "abc", 3 not in [1, 2], None is None, ints is not floats)
prec = 1 + 2 * 3 - 4 / 5 % 6 ** 7 // 8
unary = -+-~1, +-3, not -1


class Matrix:
    def __init__(self, rows):
        self.rows = rows

    def __matmul__(self, other):
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])

    def __imatmul__(self, other):
        self.rows = (self @ other).rows
        return self

    def __repr__(self):
        return f"Matrix({self.rows})"


m = Matrix([[1, 2], [3, 4]])
m @= Matrix([[0, 1], [1, 0]])
product = m @ m

acc = 10
acc += 1
acc -= 2
acc *= 3
acc /= 2
acc //= 2
acc %= 7
acc **= 2
acc = int(acc)
acc <<= 3
acc >>= 1
acc &= 0xFF
acc |= 0x100
acc ^= 0b1
lst = [1]
lst += [2]
lst *= 2
d = {"k": 1}
d["k"] += 1
m.rows[0][0] -= 5

money = decimal.Decimal("1.10") + decimal.Decimal("2.20")
third = fractions.Fraction(1, 3) * 3
print(ints, floats, complexes, big % 97, neg, mixed, bits, logic, compare, prec, unary)
print(m, product, acc, lst, d, money, third, 1_000 .bit_length(), 0x10.real, 1.0.is_integer())
