# set probes that meet keys the table compares by itself (same object, exact int, exact
# str) and keys that need __eq__ (floats equal to ints, bools, instances with __hash__),
# with add/remove cycles that leave dummy slots, as a backtracking search does


class Key:
    calls = 0

    def __init__(self, v, h):
        self.v = v
        self.h = h

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        Key.calls += 1
        return isinstance(other, Key) and self.v == other.v

    def __repr__(self):
        return f"Key({self.v})"


s = set()
for i in range(40):
    s.add(i)
    s.add(-i)
for i in range(0, 40, 3):
    s.remove(i)
for i in range(-20, 20, 2):
    s.discard(i)
print(sorted(s)[:10], len(s))
print(list(s)[:15])
print(3 in s, 5 in s, 5.0 in s, True in s, -1 in s, -1.0 in s, 1 in s)

# the same hash as an int key already there: __eq__ decides
s.add(1.0)
s.add(7.0)
s.add(True)
print(len(s), 7 in s, 7.0 in s)
t = {1, 2, 3}
t.add(1.0)
t.add(True)
print(t, len(t))

# instances whose hash equals stored ints' hashes
ks = [Key(i, i % 5) for i in range(12)]
u = set(range(5))
for k in ks:
    u.add(k)
print(len(u), Key.calls > 0)
print(Key(3, 3) in u, Key(30, 0) in u, 4 in u, Key(11, 1) in u)
for k in ks[::2]:
    u.remove(k)
print(len(u), [x for x in u if isinstance(x, int)], sorted(x.v for x in u if isinstance(x, Key)))
for k in ks[::2]:
    u.add(k)
print(list(u)[:8])

# a backtracking search: add, recurse, remove, so dummies pile up
cols, d1, d2 = set(), set(), set()
found = []


def place(row, n, acc):
    if row == n:
        found.append(tuple(acc))
        return
    for c in range(n):
        if c in cols or (row - c) in d1 or (row + c) in d2:
            continue
        cols.add(c); d1.add(row - c); d2.add(row + c)
        acc.append(c)
        place(row + 1, n, acc)
        acc.pop()
        cols.remove(c); d1.remove(row - c); d2.remove(row + c)


place(0, 6, [])
print(len(found), found[:3], cols, d1, d2)
for c in range(6):
    cols.add(c * 8)
    d1.add(-c)
print(cols, d1)

# an __eq__ that changes the set while it is probed
class Mutator:
    def __init__(self, target):
        self.target = target

    def __hash__(self):
        return 2

    def __eq__(self, other):
        if self.target:
            self.target.clear()
            self.target.update(range(50, 60))
            self.target = None
        return False


w = {2, 10, 18}
m = Mutator(w)
print(m in w, sorted(w))
w2 = {2, 10, 18}
w2.add(Mutator(w2))
print(len(w2))
# a str key and the same characters in another str object
names = {"alpha", "beta", "".join(["ga", "mma"])}
print("gamma" in names, "".join(["al", "pha"]) in names, "delta" in names)
names.remove("".join(["be", "ta"]))
print(sorted(names))
