# del o[k] on objects that do not support it: CPython words the TypeError two ways (an index
# on a type with the sequence protocol, or anything else).
class A: pass
for o, k in ((A(), 'x'), (A(), 0), ((1,), 'x'), ((1,), 0), (1, 0), (1, 'x'), (None, 0), ('s', 'x'), ('s', 1), (range(3), 0), (frozenset(), 0), (A.__dict__, 0), (A.__dict__, 'x'), (b'ab', True)):
    try:
        del o[k]
    except TypeError as e:
        print(type(o).__name__, repr(k), e)
