# unpacking and tuples: tuple packing/unpacking in assignments and loops, starred targets,
# swaps, tuples as dict keys, sorting tuples, zip, divmod, nested unpacking, `*` in calls
# smoke size: 3000 (bench/run --smoke)
import sys


def stats(*values):
    lo, *mid, hi = sorted(values)
    return lo, hi, len(mid)


n = int(sys.argv[1]) if len(sys.argv) > 1 else 800000
a, b = 0, 1
counts = {}
pairs = []
acc = 0
for i in range(n):
    a, b = b, (a + b) % 1000
    q, r = divmod(a * 7 + i, 13)
    key = (q % 5, r)
    counts[key] = counts.get(key, 0) + 1
    if i % 100 == 0:
        pairs.append((r, q, i))
    lo, hi, m = stats(a, b, q, r)
    acc += lo + hi * m
pairs.sort()
first, *_, last = pairs
(r0, q0, _), (r1, q1, _) = first, last
total = sum(x * y for (x, y), c in counts.items() for _ in range(c % 3))
print(acc, r0, q0, r1, q1, total, len(counts))
