# int() from strings: bases, signs, underscores, whitespace
print(int("42"), int("-42"), int("+42"), int("  17  "), int("\t\n 9 \n"))
print(int("1_000_000"), int("0x_ff", 16), int("0b1_0", 0))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0))
print(int("777", 8), int("0o777", 0), int("0o777", 8), int("101", 2), int("0b101", 0))
print(int("z", 36), int("ZZ", 36), int("10", 36), int("12", 3))
print(int("0", 0), int("00", 0), int("-0", 10), int("000123"))
print(int("١٢٣"), int("٣"))  # Arabic-Indic digits
print(int("9" * 30))
print(int(3.99), int(-3.99), int(True), int(1e20))
bad = ["", " ", "1_", "_1", "1__0", "0x", "12a", "1.5", "0123"]
for s in bad:
    try:
        base = 0 if s == "0123" else 10
        print(int(s, base))
    except ValueError as e:
        print("ValueError:", e)
try:
    int("2", 2)
except ValueError as e:
    print("ValueError:", e)
try:
    int("10", 37)
except ValueError as e:
    print("ValueError:", e)
try:
    int("10", 1)
except ValueError as e:
    print("ValueError:", e)
try:
    int(12, 10)
except TypeError as e:
    print("TypeError:", e)
print(int(), int("  -0b11  ", 0), int(b"12"), int(bytearray(b"-7")))
