# comparisons between floats and ints, exactly
print(0.1 < 0.2, 0.1 + 0.2 > 0.3, 1.0 == 1, 1.5 > 1, -0.0 == 0)
print(9007199254740992.0 == 9007199254740993, 9007199254740992.0 < 9007199254740993)
print(1e20 == 10 ** 20, 1e22 == 10 ** 22, 1e23 == 10 ** 23, 1e23 < 10 ** 23)
print(float(2 ** 63) == 2 ** 63, float(2 ** 63) > 2 ** 63 - 1)
print(max(1, 1.0), max(1.0, 1), min(0, -0.0), min(-0.0, 0))
print(sorted([2, 1.5, 1, 0.5, True]))
print(1 <= 1.0 <= 1, 0.5 < 1 < 1.5)
print(float("nan") < float("inf"), float("-inf") < -10 ** 400)
