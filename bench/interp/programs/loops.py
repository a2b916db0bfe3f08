# a hot loop of int arithmetic, comparisons and a list
# smoke size: 20000 (bench/interp/run --smoke)
import sys

n = int(sys.argv[1]) if len(sys.argv) > 1 else 6_000_000
total = 0
xs = []
for i in range(n):
    if i % 3 == 0:
        total += i * i
    else:
        total -= i
    if i % 1000 == 0:
        xs.append(total)
print(total, len(xs))
