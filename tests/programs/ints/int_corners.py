# int methods and corners: bit_count, bit_length, as_integer_ratio, big-int str limits,
# int() with base 0, divmod of negatives and huge numbers.
import sys
for n in [0, 1, -1, 7, -8, 255, 2**31, -2**31, 2**63 - 1, -2**63, 2**64 + 1, 10**30, -(10**30)]:
    print(n, n.bit_count(), n.bit_length(), n.as_integer_ratio(), n.is_integer(), n.numerator, n.denominator, n.real, n.imag, n.conjugate())
for s in ["1_000", "0x_ff", "0o17", "0b1010", "-0x10", "  +42  ", "0", "00", "0_0", "1__0", "_1", "1_", "0x", "012", "0b2", "٣"]:
    try:
        print(repr(s), int(s, 0))
    except ValueError as e:
        print(repr(s), "ValueError:", e)
for s, b in [("ff", 16), ("FF", 16), ("z", 36), ("Z", 36), ("10", 2), ("12", 2), ("0x1f", 16), ("0b11", 2), ("11", 37)]:
    try:
        print(s, b, int(s, b))
    except ValueError as e:
        print(s, b, "ValueError:", e)
print(int(3.99), int(-3.99), int("  -7\n"), int(True), int(b"12"), int(bytearray(b" 9 ")))
for bad in [3.5j, None, [1], float("inf"), float("nan")]:
    try:
        int(bad)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for a in [7, -7, 10**25 + 3, -(10**25) - 3, 2**64]:
    for b in [2, -2, 3, -3, 10**12 + 7, -(2**70)]:
        q, r = divmod(a, b)
        print(a, b, q, r, a // b == q, a % b == r, q * b + r == a, -a // b, -(a // b))
for n in [10**20, -10**20, 2**100]:
    print(n, str(n), repr(n), f"{n:,}", f"{n:_x}", hex(n), oct(n), bin(n)[:20], len(str(n)))
print(sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold, sys.get_int_max_str_digits())
big = 10 ** 5000
try:
    str(big)
except ValueError as e:
    print("ValueError:", e)
try:
    int("1" * 5000)
except ValueError as e:
    print("ValueError:", e)
print(len(hex(big)), f"{big:x}"[:10])
sys.set_int_max_str_digits(6000)
print(len(str(big)), str(big)[:5], sys.get_int_max_str_digits())
sys.set_int_max_str_digits(0)
print(len(str(10 ** 9000)))
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print("ValueError:", e)
sys.set_int_max_str_digits(4300)
print((255).to_bytes(2, "big"), (-1) ** 0.5 == 1j, pow(2, -1), pow(3, -1, 7), pow(2, 100, 10**9 + 7), pow(-2, 3, 5))
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
print(round(12345, -2), round(-12355, -1), round(15, -1), round(25, -1), round(5, -1), round(-5, -1), round(7, 2), round(10**20 + 5, -1))
print(abs(-10**20), -(-2**63), ~0, ~-1, ~(2**64), 1 << 70, -1 >> 100, (2**70) >> 68, -(2**70) >> 1)
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
print(type(sys.int_info).__name__, sys.int_info)
print(int.__name__, (5).__index__(), (5).__trunc__(), (5).__floor__(), (5).__ceil__(), (5).__round__(), (15).__round__(-1))
print(True + True, True * 3, -True, ~True, True << 3, True / 2, divmod(True, 2), 5 % True)
