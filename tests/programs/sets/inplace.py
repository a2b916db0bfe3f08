# in-place set operations and update methods
s = {1, 2, 3}
s |= {4}
print(s)
s &= {1, 2, 4, 8}
print(s)
s -= {1}
print(s)
s ^= {4, 5}
print(s)
s.update([10, 11], (12,))
print(s)
s.intersection_update(range(11))
print(s)
s.difference_update({10})
print(s)
s.symmetric_difference_update({2, 3})
print(s)
t = s
t |= {100}
print(s is t, s)
f = frozenset({1})
g = f
f |= {2}
print(f, g, f is g)
