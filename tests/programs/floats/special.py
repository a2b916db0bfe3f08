# inf, nan and signed zero
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, repr(inf), repr(nan), str(-inf))
print(inf + 1, inf - inf, inf * 0, inf / inf, -inf * -1)
print(inf > 1e308, -inf < -1e308, inf == inf, nan == nan, nan != nan)
print(nan < 1, nan > 1, nan == 1, 1e309, -1e309)
print(float("infinity"), float("-Infinity"), float("INF"), float("  nan "), float("-nan"))
x = [nan]
print(nan in x, x == x, [nan] == [nan], nan is nan)
z = -0.0
print(z, 0.0, z == 0.0, repr(z), str(-0.0 * 1), 0.0 * -1, -0.0 + 0.0, -0.0 - 0.0)
print(abs(-0.0), -(0.0), 1 / inf, -1 / inf)
print(min(0.0, -0.0), max(-0.0, 0.0))
print(inf.is_integer(), (1.0).is_integer(), nan.is_integer())
print(int(1e300) == 10 ** 300, int(1e300) > 10 ** 299)
print(sorted([3.0, -inf, inf, 0.0, -1.5]))
print(round(inf) if False else "skip", inf // 1, inf % 2 if False else "x")
print(2.0 ** 1023 * 2 if False else 2.0 ** 1023, 1e308 * 10)
