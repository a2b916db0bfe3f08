# equal numbers hash equal across int, float, bool, complex
print(hash(1) == hash(1.0) == hash(True) == hash(1 + 0j))
print(hash(0) == hash(0.0) == hash(-0.0) == hash(False) == hash(0j))
for v in (0, 1, -1, 2, -2, 100, 2 ** 61 - 2, 2 ** 61 - 1, 2 ** 61, 2 ** 64, -(2 ** 64), 10 ** 30):
    print(v, hash(v), hash(float(v)) == hash(v) if abs(v) < 2 ** 53 else "-")
print(hash(-1), hash(-2), hash(-1) == hash(-2), hash(-1.0))
print(hash(0.5), hash(1.5), hash(-0.5), hash(0.1), hash(1e100), hash(2.0 ** 61))
print(hash(float("inf")), hash(float("-inf")))
print(hash(3.0), hash(True), hash(False))
