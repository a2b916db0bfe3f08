# @jit benchmark: the sieve of Eratosthenes of bench/interp/programs/sieve.py (three sieves,
# the same count and checksum printed) over a list of 0/1 ints the caller creates; the @jit
# function marks, counts, and sums the last 100 primes
# size: 4000000 (bench/jit/run)
# smoke size: 20000 (bench/jit/run --smoke)
import sys

try:
    from pyjit import jit
except ImportError:  # CPython runs the plain function
    def jit(f):
        return f


@jit
def sieve(flags, limit, out):
    flags[0] = 0
    flags[1] = 0
    i = 2
    while i * i <= limit:
        if flags[i]:
            for j in range(i * i, limit + 1, i):
                flags[j] = 0
        i += 1
    count = 0
    for k in range(limit + 1):
        if flags[k]:
            count += 1
    # the sum of the last 100 primes
    s = 0
    found = 0
    k = limit
    while k >= 0 and found < 100:
        if flags[k]:
            s += k
            found += 1
        k -= 1
    out[0] = s
    return count


n = int(sys.argv[1]) if len(sys.argv) > 1 else 4000000
total = 0
count = 0
out = [0]
for rep in range(3):
    limit = n - rep
    count += sieve([1] * (limit + 1), limit, out)
    total = (total + out[0]) % 1000000007
print(count, total)
