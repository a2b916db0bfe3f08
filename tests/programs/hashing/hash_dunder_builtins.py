# x.__hash__() of the hashable built-in types is hash(x) (each type has its own __hash__),
# also through the type and for subclasses; object.__hash__ stays the identity hash


class T(tuple):
    pass


class F(frozenset):
    pass


values = [(1, 2), (), frozenset({1, 2, 3}), frozenset(), range(5), range(0), slice(1, 2),
          None, memoryview(b"ab"), 7, 2.5, "s", b"b", 1j, True, T((1, 2)), F({4})]
for v in values:
    print(type(v).__name__, v.__hash__() == hash(v), type(v).__hash__(v) == hash(v))
print([t.__name__ for t in (tuple, frozenset, range, slice, type(None), memoryview)
       if '__hash__' in t.__dict__])
print(hash(T((1, 2))) == hash((1, 2)), hash(F({4})) == hash(frozenset({4})))
print(object.__hash__((1, 2)) == hash((1, 2)))
try:
    tuple.__hash__(5)
except TypeError as e:
    print(e)
try:
    memoryview(bytearray(b"x")).__hash__()
except ValueError as e:
    print(e)
