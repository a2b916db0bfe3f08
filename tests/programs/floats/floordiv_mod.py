# // and % for floats follow the sign of the divisor
for a in (7.5, -7.5, 7.0, -7.0, 0.0, -0.0, 1e-300):
    for b in (2.0, -2.0, 0.3):
        print(a, b, a // b, a % b)
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7.5, -2), divmod(1.0, 0.1))
print(5 % -0.0 if False else "skip", 0.0 % 5, -0.0 % 5, 0.0 % -5)
print(float("inf") % 3 if False else "x", 3 % float("inf"), -3 % float("inf"))
print(3 // float("inf"), -3 // float("inf"))
for expr in ("1.0 / 0", "1.0 // 0.0", "1.0 % 0.0", "divmod(1.0, 0)"):
    try:
        eval(expr)
    except ZeroDivisionError as e:
        print(expr, "->", e)
