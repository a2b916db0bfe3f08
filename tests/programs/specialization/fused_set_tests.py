# A set membership test feeding a conditional jump (`if k in s`, `while k not in s`,
# `a in s or b in s`) once the site is specialized for sets, then meeting other containers
# (dict, list, frozenset, a set subclass with its own __contains__, a string), keys that
# raise (unhashable, a raising __eq__ on an equal hash), keys equal across types, and sets
# whose keys were added and removed many times (dummies), cleared, updated and intersected.


def count_in(container, keys):
    hits = 0
    for k in keys:
        if k in container:
            hits += 1
    return hits


def count_not_in(container, keys):
    misses = 0
    for k in keys:
        if k not in container:
            misses += 1
    return misses


def either(s, a, b):
    return "yes" if a in s or b in s else "no"


def both(s, a, b):
    return "yes" if a in s and b not in s else "no"


s = set(range(0, 40, 3))
keys = list(range(-5, 45))
for _ in range(50):
    hot = count_in(s, keys), count_not_in(s, keys)
print("set", hot)
print("dict", count_in({3: 0, 4: 1}, keys), count_not_in({3: 0, 4: 1}, keys))
print("list", count_in([1, 2, 3], keys), count_not_in([1, 2, 3], keys))
print("frozenset", count_in(frozenset({7, 8}), keys), count_not_in(frozenset({7, 8}), keys))
print("str", count_in("abc", ["a", "z", "bc"]), count_not_in("abc", ["a", "z"]))


class Evens(set):
    def __contains__(self, k):
        return k % 2 == 0


print("subclass", count_in(Evens({1}), keys), count_not_in(Evens({1}), keys))
print("set again", count_in(s, keys), count_not_in(s, keys))
print("equal across types", count_in(s, [3.0, True, 6 + 0j, 9.5, "3"]))

for _ in range(50):
    either(s, 1, 2), both(s, 3, 4)
print(either(s, 1, 3), either(s, 1, 2), both(s, 3, 4), both(s, 3, 6), both(s, 1, 4))

try:
    count_in(s, [3, [1, 2]])
except TypeError as e:
    print("TypeError", e)


class Boom:
    def __hash__(self):
        return hash(3)

    def __eq__(self, other):
        raise ValueError("no comparing")


try:
    count_in(s, [Boom()])
except ValueError as e:
    print("ValueError", e)


class Same:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        return other == self.v


print("custom eq", count_in(s, [Same(3), Same(4), Same(39)]))

# dummies: every value added and removed again and again, as a backtracking search does
cols = set()
seen = []
for rnd in range(30):
    for c in range(12):
        if c not in cols:
            cols.add(c)
    for c in range(0, 12, 1 + rnd % 4):
        cols.discard(c)
    seen.append(sum(1 for c in range(-3, 15) if c in cols))
print("dummies", seen, sorted(cols))

cols.clear()
print("cleared", count_in(cols, keys), sorted(cols))
cols.update(range(5, 60, 7))
print("updated", count_in(cols, keys), sorted(cols))
cols &= {12, 19, 26, 1000}
print("intersected", count_in(cols, keys), sorted(cols))
cols |= frozenset(range(100, 200))
print("unioned", count_in(cols, keys), len(cols))
cols -= set(range(150, 200))
print("differenced", count_in(cols, list(range(90, 210))), len(cols))
cols ^= {12, 13, 300}
print("xored", count_in(cols, [12, 13, 19, 300, 301]), len(cols))
while 300 in cols:
    cols.pop() if False else cols.discard(300)
print("popped", 300 in cols, len(cols))
n = 0
work = set(range(20))
while n not in work or n < 25:
    n += 1
    if n % 5 == 0:
        work.add(n)
print("while", n, sorted(work))
big = {i * 32 for i in range(100)}
print("collisions", count_in(big, [i * 32 for i in range(-5, 105)]),
      count_in(big, [i * 32 + 1 for i in range(100)]))
