# id() only for identity comparisons
a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), id(a) != id(c), type(id(a)).__name__)
print(a is b, a is not c, None is None, id(None) == id(None))
class K:
    pass
k = K()
print(id(k) == id(k), id(K()) is not None, isinstance(id(1), int))
x = object()
y = object()
print(x is y, x == y, x != y, x is x)
