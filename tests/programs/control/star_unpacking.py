# starred assignment targets and starred expressions
first, *rest = [1, 2, 3, 4]
*init, last = "hello"
a, *mid, z = range(2)
print(first, rest, init, last, a, mid, z)
(x, *y), w = [1, 2, 3], 4
print(x, y, w)
for head, *tail in [(1, 2, 3), (4,), "ab"]:
    print(head, tail)
print([*"ab", *range(2)], (*[1], 2), {*[1, 2], 3}, {**{"a": 1}, "b": 2})
def f(*args, **kw):
    return args, kw
print(f(*[1, 2], *(3,), **{"k": 1}, **{"j": 2}))
t = *range(3),
print(t)
nested = [[1, 2], [3, 4]]
print(*[*nested[0], *nested[1]])
print(*"xyz", sep="|")
[a, b], [c, d] = "ab", "cd"
print(a, b, c, d)
