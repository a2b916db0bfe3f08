# conversions between floats and ints
for v in (3.7, -3.7, 0.9999999999999999, 1e19, -1e19, 2.0 ** 70, 123.0):
    print(v, int(v), round(v), int(v) == v)
print(float(2 ** 53 + 1), float(2 ** 53 + 3), float(2 ** 64 - 1))
print(float(10 ** 23), float(-(10 ** 30)))
print(int(1e16), int(-1e-9), int(float(2 ** 100)) == 2 ** 100)
print((2.5).__int__(), (2 ** 70 / 1).__int__())
print(float.__int__ is not None, hash(3.0) == hash(3))
