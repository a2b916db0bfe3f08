# Floor division and modulo follow the sign of the divisor
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (0, -3), (6, 3), (-6, 3),
         (1, 10 ** 30), (-1, 10 ** 30), (10 ** 30, -7), (-10 ** 30, 7)]
for a, b in pairs:
    q, r = a // b, a % b
    print(a, b, q, r, q * b + r == a)
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5))
print(divmod(10 ** 25, 3), divmod(-10 ** 25, 3))
print(divmod(0, 1), divmod(5, 1), divmod(-5, 1))
print(7 // 1, -7 // 1)
print(True // 1, False % 3, True % 2)
x = 100
x //= 7
print(x)
x %= 4
print(x)
