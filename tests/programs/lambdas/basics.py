# lambda expressions
sq = lambda x: x * x
add = lambda a, b=10: a + b
print(sq(7), add(1), add(1, 2), (lambda: "no args")(), (lambda *a, **k: (a, k))(1, z=2))
print(sorted(["bb", "a", "ccc"], key=lambda s: len(s)), list(map(lambda x: x + 1, [1, 2])))
print((lambda x, /, y, *, z: (x, y, z))(1, y=2, z=3))
print(sq.__name__, type(sq).__name__, (lambda: None)() is None)
f = lambda n: 1 if n <= 1 else n * f(n - 1)
print(f(10))
print((lambda x: (lambda y: x + y))(3)(4))
