"""Comprehensions, lambdas, slices, unpacking and star-arguments."""
import itertools
import operator

matrix = [[r * 4 + c for c in range(4)] for r in range(4)]
transposed = [[row[i] for row in matrix] for i in range(len(matrix[0]))]
flat = [x for row in matrix for x in row if x % 3 if x > 1]
evens = {x for x in flat if not x & 1}
index = {v: (i, j) for i, row in enumerate(matrix) for j, v in enumerate(row)}
gen = (x ** 2 for x in flat)
total = sum(x for x in range(10))
pairs = [(a, b) for a in "xyz" for b in range(2)]
nested_gen = list((y for y in (x + 1 for x in range(3))))
filtered = [y for x in range(20) if (y := x * x) % 7 == 1]
cond = [x if x > 2 else -x for x in range(5)]
tuple_targets = {k: v for (k, v), _ in zip(index.items(), range(3))}

add = lambda a, b=1, *rest, scale=1, **kw: (a + b + sum(rest)) * scale
compose = lambda *fs: lambda x: __import__("functools").reduce(lambda acc, f: f(acc), fs, x)
inc_then_double = compose(lambda x: x + 1, lambda x: x * 2)
keyfn = lambda: (lambda: 42)
posonly = lambda a, /, b, *, c: (a, b, c)
no_args = lambda *, k=None: k

seq = list(range(20))
head, *middle, tail = seq
(a, b), [c, *d] = (1, 2), [3, 4, 5]
first, second, *_ = "abcdef"
x = y = z = 0
x, y = y, x
s1 = seq[1:10:2]
s2 = seq[::-1]
s3 = seq[:]
s4 = seq[-3:]
s5 = seq[slice(2, None)]
grid = {(i, j): i * j for i in range(3) for j in range(3)}
cell = grid[1, 2]
arr = [[0] * 5 for _ in range(5)]
arr[1][2:4] = [7, 8]
del arr[0][::2], arr[-1]
ellipsis = ...
seq[2:5] = ()


class Grid:
    def __getitem__(self, key):
        return key


g = Grid()
print(g[1:2, ::3], g[..., 0], g[:, None], g[1:2:3, 4:5:6], g[()], g[*seq[:2]])


def call_with(*args, sep=" ", **kwargs):
    return sep.join(map(str, args)) + repr(sorted(kwargs.items()))


opts = {"sep": "-", "extra": True}
more = {"z": 1}
print(call_with(*seq[:3], *"ab", **opts, **more))
print(call_with(1, *[2, 3], 4, *(), sep=", ", **{"k": "v"}))
merged = {**opts, "sep": "+", **more}
combined = [*seq[:2], *range(3), *"xy"]
as_set = {*combined, 99}
print(*itertools.starmap(operator.mul, zip(seq, seq[1:])))
print(add(1), add(1, 2, 3, 4, scale=2, unused=0), inc_then_double(3), keyfn()(), posonly(1, 2, c=3))
print(sorted(index, key=lambda v: (-index[v][0], index[v][1]))[:5], max(flat, default=None))
print(matrix, transposed, evens, list(gen), total, pairs, nested_gen, filtered, cond, tuple_targets)
print(head, middle, tail, a, b, c, d, first, second, x, y, z, s1, s2, s3, s4, s5, cell, arr, ellipsis, merged, as_set)
