# str() of floats in different magnitudes, and exponent forms
for e in range(-7, 20, 3):
    v = 1.25 * 10.0 ** e
    print(e, v, -v)
print(1e16, 1e15, 123456789012345680.0, 0.000123, 0.0000123)
print(1e-5, 1.5e-5, 100000000000000000000.0, 1e21)
print(float(10 ** 16), float(10 ** 15 + 1), 2.0 ** 60)
print(f"{1e16}", f"{0.1:.20f}", f"{2.5:.0f}", f"{3.5:.0f}")
print("%s %r %f %e %g" % (0.1, 0.1, 0.1, 0.1, 0.1))
