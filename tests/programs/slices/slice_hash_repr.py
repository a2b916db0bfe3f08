# slices are hashable (3.12+) and print as slice(start, stop, step)
print(repr(slice(1, 2, 3)), str(slice(None, -1)), [slice(0)], slice(..., None))
print(hash(slice(1, 2)) == hash(slice(1, 2)), {slice(1, 2): "x"}[slice(1, 2)])
try:
    hash(slice([], 1))
except TypeError as e:
    print("TypeError:", e)
print(slice(1, 2) == slice(1, 2, None), slice(1, 2, 1) == slice(1, 2))
