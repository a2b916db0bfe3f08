# int combined with float, complex and bool
print(1 + 2.0, 3 * 0.5, 2 - True, 7 // 2.0, 7 % 2.5, 2 ** 0.5)
print(1 + 2j, 3 * 1j, type(1 + 0.0).__name__, type(1 + 0j).__name__)
print(10 ** 20 + 0.5, (10 ** 20) * 1.0)
print(int.__add__(1, 2.0))
print(5 * "ab", [0] * 3, (1,) * 2, 2 * [1, 2])
print(-1 * "x", 0 * [1])
print(round(2.5), round(3.5), round(-2.5))
print(3 .real, 3 .__class__.__name__)
