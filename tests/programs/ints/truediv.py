# True division of ints gives floats; correctly rounded for big operands
print(1 / 2, 7 / 7, -7 / 2, 10 / 3, 2 / 3, 1 / 3)
print(10 ** 20 / 10 ** 10, 10 ** 30 / 3)
print((2 ** 64 + 1) / 2, (10 ** 100) / (10 ** 99))
print(1 / 10 ** 400 if False else 10 ** 300 / 10 ** 310)
print(type(4 / 2).__name__, 4 / 2)
try:
    print(1 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(1 // 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(1 % 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(divmod(1, 0))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(10 ** 400 / 1)
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(float(10 ** 400))
except OverflowError as e:
    print("OverflowError:", e)
print(10 ** 400 // 10 ** 399)
x = 9
x /= 2
print(x)
