# basic float arithmetic and IEEE-754 behaviour
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-15)
print(1.0 - 0.9, 3 * 0.1, 0.1 * 0.1, 1e308 + 1e308, -1e308 * 10)
print(2.0 ** 0.5, 2.0 ** -1, (-8.0) ** 2, 0.0 ** 0, 4 ** 0.5, 10.0 ** 10)
print(1e-320 / 10, 5e-324 / 2, 1e-310 * 1e-10)
print(2 ** 1023 * 1.0, 2.0 ** 52 + 0.5, 2.0 ** 53 + 1.0)
print(sum([0.1] * 10), 0.1 * 10)
try:
    print(2.0 ** 10000)
except OverflowError as e:
    print("OverflowError", type(e.args).__name__)
try:
    print(0.0 ** -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print((-8.0) ** (1 / 3))
print(type((-8.0) ** 0.5).__name__)
print(-2.0 ** 2, (-2.0) ** 2, abs(-2.5), -(-2.5))
x = 1.5
x += 1
x *= 3
x -= 0.5
x /= 2
x //= 1
x **= 2
print(x)
