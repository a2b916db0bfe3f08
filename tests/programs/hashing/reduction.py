# numeric hashes are reduced modulo 2**61 - 1
P = 2 ** 61 - 1
for v in (P - 1, P, P + 1, 2 * P, -P, -P - 1, 2 ** 100):
    print(v, hash(v), hash(v) == v % P if v >= 0 else hash(v) == -((-v) % P) or -2)
print(hash(0.25) == hash(1 / 4), hash(2 ** -1) == 1152921504606846976)
print(hash(1.5), hash(-1.5), hash(1e308))
