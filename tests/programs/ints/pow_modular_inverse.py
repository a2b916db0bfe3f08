# pow(b, -1, m): the modular inverse for every sign of b and m, moduli 1 and -1, up to
# 2**62 and past it, bools, non-invertible bases; and a seeded sweep checked by b * inv % m.
for b, m in [(3, 7), (3, -7), (-3, 7), (-3, -7), (0, 1), (5, 1), (0, -1), (True, 5), (10**20, 7), (3, 10**20 + 1), (2**61 - 2, 2**61 - 1), (12345, 2**62 - 1), (2, 4), (0, 5), (6, -9)]:
    try:
        print(b, m, pow(b, -1, m))
    except ValueError as e:
        print(b, m, 'ValueError:', e)
import random
rng = random.Random(61)
bad = 0
for _ in range(3000):
    m = rng.choice([1, -1, 2**61 - 1, 97, 2**62 - 1, 2**62 + 1]) if rng.random() < 0.3 else rng.randrange(1, 2**rng.randrange(1, 70)) * rng.choice([1, -1])
    b = rng.randrange(-2**64, 2**64)
    try:
        inv = pow(b, -1, m)
        ok = (b * inv - 1) % m == 0 if abs(m) > 1 else inv == 0
        bad += not ok
        print(inv % 1000, end=' ')
    except ValueError:
        print('-', end=' ')
print()
print('wrong inverses:', bad)
