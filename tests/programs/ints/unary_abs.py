# unary minus/plus, abs, and sign handling
for v in (0, 5, -5, 2 ** 63, -(2 ** 63), 10 ** 25):
    print(v, -v, +v, abs(v), -(-v) == v)
print(- - 3, - + - 3, + - + 3)
print(abs(-0), -0, 0 == -0)
print(--5, ~-5, -~5)
