# union, intersection, difference and symmetric difference
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(a.union([7], (8,), range(9, 11)), a.intersection([1, 2], {2, 3}), a.difference([1], [2]))
print(a <= b, a < a, a <= a, {1} < a, a >= {1, 2}, a > a, {1, 2}.issubset(a), a.issuperset([1, 9]))
print(a.isdisjoint(b), a.isdisjoint({9}), {1}.isdisjoint([]))
try:
    a | [1]
except TypeError as e:
    print("TypeError:", e)
try:
    a - "x"
except TypeError as e:
    print("TypeError:", e)
print(a, b)
