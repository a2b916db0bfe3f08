# generator expressions
g = (x * 2 for x in range(5))
print(type(g).__name__, next(g), list(g), list(g))
print(sum(x * x for x in range(10)), max(len(w) for w in "a bb ccc".split()))
print(list((x, y) for x in range(3) for y in range(x)))
print(any(x > 3 for x in [1, 5]), all(x for x in []), "".join(c.upper() for c in "abc"))
evaluated = []
def src():
    evaluated.append("src")
    return range(3)
gen = (x for x in src())
print(evaluated)
try:
    (x for x in 5)
except TypeError as e:
    print("TypeError:", e)
def first_iter_only():
    outer_seq = [1, 2]
    g = (a + b for a in outer_seq for b in inner_seq)
    return g
inner_seq = [10]
print(list(first_iter_only()))
print(sorted(x % 3 for x in range(10)), dict((k, k * k) for k in range(3)))
