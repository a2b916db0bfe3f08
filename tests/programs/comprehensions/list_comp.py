# list comprehensions
print([x for x in range(5)], [x * x for x in range(5) if x % 2], [c for c in "hello" if c != "l"])
print([(x, y) for x in range(3) for y in range(3) if x != y])
print([x if x > 0 else 0 for x in (-2, -1, 0, 1, 2)])
print([[row[i] for row in [[1, 2], [3, 4], [5, 6]]] for i in range(2)])
print([len(w) for w in "one three five".split()], [s.strip() for s in [" a ", "b "]])
print([y for x in [[1, 2], [3], []] for y in x], [i for i in range(3) for _ in range(i)])
print([f(v) for f in (abs, str) for v in (-1, 2)], [x for x in [] if x])
print([*range(2), *[x * 10 for x in range(2)]])
