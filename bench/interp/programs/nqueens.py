# n-queens by backtracking with a recursive generator and sets of attacked columns and
# diagonals: `yield from`, set add/remove/membership, tuple building; counts all solutions
# and checksums the first few
# smoke size: 6 (bench/run --smoke)
import sys


def solve(n, row=0, cols=None, d1=None, d2=None, placed=()):
    if cols is None:
        cols, d1, d2 = set(), set(), set()
    if row == n:
        yield placed
        return
    for c in range(n):
        if c in cols or (row - c) in d1 or (row + c) in d2:
            continue
        cols.add(c); d1.add(row - c); d2.add(row + c)
        yield from solve(n, row + 1, cols, d1, d2, placed + (c,))
        cols.remove(c); d1.remove(row - c); d2.remove(row + c)


n = int(sys.argv[1]) if len(sys.argv) > 1 else 12
count = 0
check = 0
for sol in solve(n):
    count += 1
    if count <= 10:
        check = check * 7 + sum(i * c for i, c in enumerate(sol))
print(n, count, check)
