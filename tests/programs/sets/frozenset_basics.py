# frozenset is immutable and hashable
f = frozenset([3, 1, 2])
print(f, frozenset(), len(f), 2 in f, f | {9}, f & {1, 5}, type(f | {9}).__name__, type({9} | f).__name__)
print({f: "key"}[frozenset({1, 2, 3})], {f, frozenset([1, 2, 3])}, hash(f) == hash(frozenset({2, 3, 1})))
print(f.union([4]), f.copy() is f, frozenset(f) is f)
try:
    f.add(4)
except AttributeError as e:
    print("AttributeError:", e)
print(sorted(n for n in dir(f) if not n.startswith("_")))
print(sorted(n for n in dir(set()) if not n.startswith("_")))
print(frozenset({1, 2}) == {1, 2}, {frozenset({1}), frozenset({1})})
