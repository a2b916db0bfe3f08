# round() of ints with negative ndigits (banker's rounding)
print(round(5), round(-5), round(7, 2), type(round(7)).__name__)
for v in (15, 25, 35, 45, -15, -25, 150, 250, 1250, 1350):
    print(v, round(v, -1), round(v, -2))
print(round(123456, -3), round(123500, -3), round(124500, -3), round(-123500, -3))
print(round(10 ** 30 + 5 * 10 ** 9, -10))
print(round(5, -1), round(15, -1), round(0, -5), round(99, -5))
print(round(True), round(False, 3))
