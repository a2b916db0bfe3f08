# Arbitrary-precision integer arithmetic
a = 2 ** 100
b = 3 ** 64
print(a)
print(b)
print(a + b, a - b, b - a)
print(a * b)
print(a // b, a % b)
print(-a // b, -a % b)
print(a // -b, a % -b)
f = 1
for i in range(1, 31):
    f *= i
print("30! =", f)
print(f // (2 ** 26), f % 1000003)
print(10 ** 40 + 1)
print(-(10 ** 40) - 1)
print((10 ** 20) * (10 ** 20) == 10 ** 40)
x = 123456789012345678901234567890
print(x * x)
print(x * x // x == x)
print(len(str(7 ** 200)))
print(str(7 ** 200)[:20], str(7 ** 200)[-20:])
