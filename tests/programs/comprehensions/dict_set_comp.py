# dict and set comprehensions
print({x: x ** 2 for x in range(5)}, {x % 4 for x in range(20)})
print({k: v for k, v in zip("abc", range(3)) if v}, {v: k for k, v in {"a": 1, "b": 2}.items()})
print({w[0]: w for w in ["apple", "avocado", "banana"]})
print({(x, x % 2) for x in range(4)} == {(0, 0), (1, 1), (2, 0), (3, 1)})
print({i: [j for j in range(i)] for i in range(4)})
print({x for x in "mississippi"} == set("misp"), sorted({c for c in "mississippi"}))
d = {"a": 1, "b": 2}
print({**d, **{k.upper(): v * 10 for k, v in d.items()}})
