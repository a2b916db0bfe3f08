# sorted with key and reverse; stability; reversed
data = [("b", 2), ("a", 2), ("c", 1), ("d", 3), ("e", 1)]
print(sorted(data, key=lambda t: t[1]))
print(sorted(data, key=lambda t: t[1], reverse=True))
print(sorted("Banana"), sorted("Banana", key=str.lower), sorted([3, 1, 2], reverse=True))
print(sorted({"b": 1, "a": 2}), sorted({3, 1, 2}), sorted((x for x in [2, 1])), sorted([]))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))), list(reversed((1, 2))))
print(list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1}.items())))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1], key=len)
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1], lambda x: x)
except TypeError as e:
    print("TypeError:", e)
words = "the quick brown fox jumps over lazy dogs".split()
print(sorted(words, key=len), sorted(words, key=lambda w: (len(w), w), reverse=True))
