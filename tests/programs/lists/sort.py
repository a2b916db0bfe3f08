# list.sort and sorted: key, reverse, stability
a = [5, 2, 9, 1, 5, 6]
a.sort()
print(a)
a.sort(reverse=True)
print(a)
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b"), (2, "c")]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
print(sorted(pairs), sorted(pairs, reverse=True))
recs = [("x", 3), ("y", 1), ("z", 3), ("w", 1)]
recs.sort(key=lambda r: r[1])
print(recs)
print(sorted([3, 1, 2], key=None), sorted([]), sorted("cab"), sorted({3: 1, 1: 2}), sorted((2.5, 1, True)))
try:
    [1, "a"].sort()
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1, 2], key=lambda x: None if x == 1 else 0)
except TypeError as e:
    print("TypeError:", e)
b = [3, 2, 1]
print(b.sort(), b)
print(sorted([-3, 2, -1], key=abs), sorted([[2, 1], [1, 2], [1]]), sorted(range(10), key=lambda x: x % 3))
