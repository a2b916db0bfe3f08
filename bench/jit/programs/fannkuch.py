# @jit benchmark: fannkuch-redux as bench/interp/programs/fannkuch.py (the same
# permutations in the same order, the same checksum and maximum printed) over int lists the
# caller allocates; slices become loops (copy, reversal by swaps, rotation)
# size: 9 (bench/jit/run)
# smoke size: 6 (bench/jit/run --smoke)
import sys

try:
    from pyjit import jit
except ImportError:  # CPython runs the plain function
    def jit(f):
        return f


@jit
def fannkuch(n, perm1, perm, count, out):
    for i in range(n):
        perm1[i] = i
    max_flips = 0
    checksum = 0
    even = True
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        for i in range(n):
            perm[i] = perm1[i]
        flips = 0
        k = perm[0]
        while k:
            i = 0
            j = k
            while i < j:
                perm[i], perm[j] = perm[j], perm[i]
                i += 1
                j -= 1
            flips += 1
            k = perm[0]
        if flips > max_flips:
            max_flips = flips
        checksum += flips if even else -flips
        # the next permutation: rotate the first r + 1 items left until a counter is left
        while True:
            if r == n:
                out[0] = max_flips
                return checksum
            first = perm1[0]
            for i in range(r):
                perm1[i] = perm1[i + 1]
            perm1[r] = first
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1
        even = not even


n = int(sys.argv[1]) if len(sys.argv) > 1 else 9
out = [0]
checksum = fannkuch(n, [0] * n, [0] * n, [0] * n, out)
print(checksum)
print(f"Pfannkuchen({n}) = {out[0]}")
