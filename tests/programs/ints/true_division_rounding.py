# int / int is the float nearest the exact quotient, ties to even, also past 2**53:
# exact ties (odd 54-bit numerators over powers of two), quotients near the subnormal
# range and near overflow, and a seeded sweep of big operands printed in hex.
import random

for n in [2**53 + 1, 2**53 + 3, 16333703194189125, 2**54 + 2, 2**60 + 2**7, 2**60 + 3 * 2**7]:
    for k in [0, 1, 50, 101, 1000]:
        print(n, k, (n / 2**k).hex(), (-n / 2**k).hex())
for a, b in [(1, 2**1074), (1, 2**1075), (3, 2**1075), (1, 3 * 2**1073), (2**1024 - 2**971, 1), (2**1024 - 2**970 - 1, 1),
             (2**1100 + 1, 2**1000), (10**400, 10**399), (10**400 + 1, 3 * 10**399), (0, -5),
             (-0, 7), (2**64, 3), (-2**64, 3), (10**30 + 1, 3 * 10**20)]:
    print(a % 1000, b % 1000, (a / b).hex())
rng = random.Random(2026)
for _ in range(300):
    a = rng.getrandbits(rng.randrange(1, 260)) * rng.choice([1, -1])
    b = rng.getrandbits(rng.randrange(1, 260)) + 1
    print((a / b).hex(), end=' ')
print()
for a, b in [(2**1024, 1), (-2**1100, 3), (2**1024 - 2**970, 1)]:
    try:
        print(a / b)
    except OverflowError as e:
        print('OverflowError:', e)
