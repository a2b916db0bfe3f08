# ** with zero, negative and large exponents
print(2 ** 0, 0 ** 0, 0 ** 5, (-2) ** 3, (-2) ** 4, -2 ** 2)
print(2 ** -1, 2 ** -2, 10 ** -3, (-2) ** -1)
print(type(2 ** -1).__name__, type(2 ** 3).__name__)
print(3 ** 40)
print((-3) ** 41)
print(2 ** 3 ** 2, (2 ** 3) ** 2)
print(pow(2, 10), pow(2, 10, 1000), pow(3, 200, 10 ** 9 + 7))
print(pow(-3, 3, 7), pow(3, 3, -7))
print(pow(3, -1, 7), pow(38, -1, 97), pow(2, -3, 11))
print(pow(5, 0, 1), pow(0, 0, 3))
print(1 ** 10 ** 6 if False else 1 ** 1000)
print((-1) ** 1000001)
x = 5
x **= 3
print(x)
print(10 ** 20 == int("1" + "0" * 20))
print(pow(2, 100) % 97, pow(2, 100, 97))
