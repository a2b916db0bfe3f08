# tuples compare lexicographically and hash from contents
pts = [(2, 1), (1, 2), (1, 1), (2, 0), (1, 2, 0), (1,)]
print(sorted(pts), max(pts), min(pts))
print((1, 2) == (1.0, 2.0), hash((1, 2)) == hash((1.0, 2.0)))
d = {(0, 0): "origin", (1, 0): "east"}
print(d[(0, 0)], d[1, 0], (0, 1) in d)
print(tuple(sorted({(3, 1), (1, 3), (2, 2)})))
try:
    (1, 2) < (1, "a")
except TypeError as e:
    print("TypeError:", e)
print((1, 2) < (2, "a"), (float("nan"),) == (float("nan"),))
