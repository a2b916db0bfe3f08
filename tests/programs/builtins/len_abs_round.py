# len, abs and round on many types
print(len("abc"), len([1, 2]), len((1,)), len({1: 2}), len({1, 2, 3}), len(range(10, 0, -3)), len(b"xy"), len(""))
print(abs(-3), abs(3.5), abs(-0.0), abs(3 + 4j), abs(True), abs(-(10 ** 30)))
print(round(3.14159, 2), round(2.5), round(3.5), round(-0.5), round(1234, -2), round(7), round(2.675, 2))
print(round(0.5 + 1e-16), round(1e20), round(-1.5), type(round(1.5)).__name__, type(round(1.5, 1)).__name__)
