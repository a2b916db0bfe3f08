# solving quadratics with complex roots
def roots(a, b, c):
    d = (b * b - 4 * a * c) ** 0.5
    return ((-b + d) / (2 * a), (-b - d) / (2 * a))

for coeffs in ((1, -3, 2), (1, 2, 5), (1, 0, 1), (2, 4, 2), (1, 1, 1)):
    r1, r2 = roots(*coeffs)
    print(coeffs, r1, r2, type(r1).__name__)
print((-1) ** 0.5, (-4) ** 0.5)
print(pow(-8, 1 / 3))
