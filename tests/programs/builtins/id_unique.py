# id() is unique among live objects (also among many thousands, where 31-bit identity hash
# codes collide) and constant for an object's lifetime; reprs show the same number; a
# dict keyed by id (a deepcopy-style memo) keeps objects apart
class Node:
    pass

objs = [Node() for _ in range(150000)] + [object() for _ in range(50000)]
ids = [id(o) for o in objs]
print(len(set(ids)) == len(objs))
print(all(id(o) == i for o, i in zip(objs, ids)))
print(all(repr(o).endswith(" at " + hex(id(o)) + ">") for o in objs[::997]))
memo = {}
for o in objs:
    memo[id(o)] = o
print(len(memo) == len(objs), all(memo[id(o)] is o for o in objs))
a = Node()
b = a
print(id(a) == id(b), id(a) == id(Node()) or True, isinstance(id(a), int))
f = lambda: None
print(repr(f).endswith(hex(id(f)) + ">"))
