# hashable built-in values usable as keys
keys = [0, 1.5, -7, (1, 2), frozenset({1, 2}), None, True, range(2), (None, (3,)), 2j]
d = {}
for i, k in enumerate(keys):
    d[k] = i
print(len(d))
for k in keys:
    print(repr(k), d[k])
print(hash(slice(1, 2)) == hash(slice(1, 2)) if hasattr(slice, "__hash__") else "-")
print(type(hash(1.5)).__name__, hash(1.5) == hash(3 / 2))
