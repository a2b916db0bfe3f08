# the order CPython prints int sets in depends on hashes and table size
print({5, 3, 8, 1, 9, 2})
print({100, 10, 1000, 1})
print({33, 1, 65})
print({-5, 5, -1, 1})
print(set(range(0, 100, 9)))
print({2 ** i for i in range(10)})
print({i * i for i in range(-5, 6)})
s = set()
for x in [40, 8, 16, 32, 0, 24, 48, 56]:
    s.add(x)
print(s)
for x in [8, 24, 40]:
    s.discard(x)
s.add(64)
s.add(72)
print(s)
big = set(range(100))
for x in range(0, 100, 2):
    big.discard(x)
print(big)
print({10 ** 18, 10 ** 19, 10 ** 20, 7})
print(set([7, 6, 5, 4, 3, 2, 1, 0, -1]))
