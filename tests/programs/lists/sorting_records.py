# Sorting records: keys, reverse stability, multi-key sorts, mixed numbers, nan in tuples.
people = [("ann", 31, 5.5), ("bob", 25, 6.1), ("cid", 31, 5.9), ("dan", 25, 5.5), ("eve", 40, 5.2),
          ("fay", 31, 5.5), ("gus", 25, 6.1)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (p[1], -p[2])))
by_height = sorted(people, key=lambda p: p[2])
print(sorted(by_height, key=lambda p: p[1]))
print([p[0] for p in sorted(people, key=lambda p: p[2], reverse=True)])
print(sorted(people, reverse=True)[:3])
data = [3, 1.5, True, 2, 0.5, False, 2.0, -1, 10 ** 20, 1e20, -0.0, 0]
print(sorted(data), sorted(data, reverse=True), min(data), max(data))
print(sorted([2, 2.0, 2, 2.0]), [type(x).__name__ for x in sorted([2.0, 2, True, 1.0, 1])])
nan = float("nan")
print(sorted([3, nan, 1, 2]), sorted([nan, 3, 1, 2]), max([nan, 1]), max([1, nan]), min([nan, 1, 0]))
print((1, nan) == (1, nan), (1, nan) < (1, 2), (1, nan) > (1, 2), [nan] == [nan], nan in [nan], (nan,) < (nan,))
x = nan
print([x] == [x], (x, 1) == (x, 1), (x, 1) < (x, 2), x is x, {x: 1}[x])
words = ["banana", "Apple", "cherry", "apple", "Banana", "date", "Cherry"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, key=lambda w: w[::-1]), max(words, key=len), min(words, key=len), max(words, key=str.lower))
print(sorted("hello world"), sorted({3: "c", 1: "a", 2: "b"}), sorted({3: "c", 1: "a"}.items(), key=lambda kv: kv[1]))
lst = [5, 3, 8, 1]
print(lst.sort(), lst, lst.sort(reverse=True), lst)
grid = [[3, 1], [1, 2], [3, 0], [1, 1], []]
print(sorted(grid), sorted(grid, key=sum), sorted(grid, key=len, reverse=True))
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
        self.s = s
    def __lt__(self, other):
        return self.parts < other.parts
    def __repr__(self):
        return self.s
vs = [Version(s) for s in ["1.10", "1.2", "1.2.1", "0.9", "1.1", "2", "1.2.0"]]
print(sorted(vs), max(vs), min(vs), sorted(vs, reverse=True))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([Version("1"), 1])
except TypeError as e:
    print("TypeError:", e)
try:
    [3, 2, 1].sort(lambda x: x)
except TypeError as e:
    print("TypeError:", e)
print(sorted([], key=lambda x: 1 / 0), sorted([1], key=lambda x: 1 / 0) if False else "-", sorted(range(5), key=lambda x: -x))
try:
    sorted([1, 2], key=lambda x: 1 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
ranked = sorted(enumerate([30, 10, 20, 10]), key=lambda t: t[1])
print(ranked, [i for i, _ in ranked])
from_tuples = sorted([(1, "b"), (1, "a"), (0, "z"), (1, "a", 0)])
print(from_tuples, sorted([(1, 2), (1,), (), (0, 5)]))
print(sorted([[1, 2], (1, 2)] if False else [[1, 2], [1]]), list(reversed(sorted([3, 1, 2]))))
try:
    sorted([(1, 2), [1, 2]])
except TypeError as e:
    print("TypeError:", e)
print(sorted([1, 2, 3], key=None), sorted(set([3, 1, 2])), sorted(frozenset({5, 4})), sorted(b"cab"), sorted((3, 1), reverse=1))
