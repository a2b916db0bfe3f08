# repr of lists containing themselves and other containers
a = []
a.append(a)
print(a, len(a), a[0] is a)
b = [1, [2, 3], (4, [5])]
b[1].append(b)
print(b)
c = [{"k": [1]}, {1, 2}, frozenset(), "s", b"b", 1.0, None]
print(c)
print(str([1, "a"]), repr([1, "a"]), f"{[1, 'a']}", "%s" % [[1]])
