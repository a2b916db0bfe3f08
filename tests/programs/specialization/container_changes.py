# Subscript, iteration, unpacking and membership sites given lists, then tuples, dicts,
# strings, ranges and user containers.
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
    def __len__(self):
        return 3

def first(c):
    return c[0]

def last(c):
    return c[-1]

def total(it):
    s = 0
    for v in it:
        s += v
    return s

def swap(pair):
    a, b = pair
    return b, a

def member(x, c):
    return x in c

for c in [[1, 2, 3], [4, 5], (6, 7), {0: "zero", -1: "minus"}, "xyz", range(5, 9), Seq()] * 2:
    print(first(c), last(c) if not isinstance(c, Seq) else "-", end=" | ")
print()
for it in [[1, 2, 3], (4, 5), range(10), range(10, 0, -3), {1: 2, 3: 4}, {5}, (x for x in [7, 8]),
           Seq(), iter([9, 9])] * 2:
    print(total(it), end=" ")
print()
for p in [(1, 2), [3, 4], "ab", (5, 6), range(2), {7: 0, 8: 0}] * 2:
    print(swap(p), end=" ")
print()
try:
    swap((1, 2, 3))
except ValueError as e:
    print(e)
for x, c in [(1, {1: 2}), (3, {1: 2}), (1, {1, 2}), (5, frozenset()), ("a", "cat"), (2, [1, 2])] * 2:
    print(member(x, c), end=" ")
print()
d = {}
def put(c, k, v):
    c[k] = v
for i in range(5):
    put(d, i, i * i)
lst = [0] * 5
for i in range(5):
    put(lst, i, -i)
put(lst, -1, "end")
print(d, lst)
try:
    put(lst, 10, 0)
except IndexError as e:
    print(e)
try:
    first([])
except IndexError as e:
    print(e)
try:
    first({})
except KeyError as e:
    print(repr(e))
