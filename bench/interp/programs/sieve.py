# the sieve of Eratosthenes over a list of booleans, repeated: list creation by
# multiplication, slice assignment with a step, indexing, a comprehension with a condition
# smoke size: 20000 (bench/run --smoke)
import sys


def sieve(limit):
    flags = [True] * (limit + 1)
    flags[0] = flags[1] = False
    i = 2
    while i * i <= limit:
        if flags[i]:
            for j in range(i * i, limit + 1, i):
                flags[j] = False
        i += 1
    return [k for k in range(limit + 1) if flags[k]]


n = int(sys.argv[1]) if len(sys.argv) > 1 else 4000000
total = 0
count = 0
for rep in range(3):
    primes = sieve(n - rep)
    count += len(primes)
    total = (total + sum(primes[-100:])) % 1000000007
print(count, total)
