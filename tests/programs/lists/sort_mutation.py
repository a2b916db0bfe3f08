# list.sort detects any store into the list by a key function or __lt__, not only a
# change of size: an append then a pop is a mutation too; the exception from the key wins.

def attempt(label, lst, **kw):
    try:
        lst.sort(**kw)
        print(label, "sorted", lst)
    except ValueError as e:
        print(label, "ValueError:", e, lst)
    except IndexError as e:
        print(label, "IndexError:", e, lst)


a = [3, 1, 2]
def append_pop(x):
    a.append(0)
    a.pop()
    return x
attempt("append+pop", a, key=append_pop)

b = [5, 4, 3, 2, 1]
def grow(x):
    b.append(x)
    return x
attempt("append", b, key=grow)

c = [3, 1, 2]
def seen_empty(x):
    print("  key sees", c, len(c))
    return x
attempt("read", c, key=seen_empty)

d = [3, 1, 2]
def clear(x):
    d.clear()
    return x
attempt("clear", d, key=clear)

e = [3, 1, 2]
def store(x):
    e[0] = 9
    return x
attempt("store", e, key=store)

f = [3, 1, 2]
def extend_empty(x):
    f.extend([])
    f[len(f):] = []
    f[:] = f[:]
    return x
attempt("extend nothing", f, key=extend_empty)

g = [3, 1, 2]
def inner_sort(x):
    g.sort()
    return x
attempt("inner sort", g, key=inner_sort)

h = [3, 1, 2]
def insert_remove(x):
    h.insert(0, x)
    h.remove(x)
    return -x
attempt("insert+remove", h, key=insert_remove, reverse=True)

i = [2, 1]
def raise_after(x):
    i.append(x)
    raise IndexError("key failed")
attempt("raises", i, key=raise_after)


class Item:
    def __init__(self, v, owner):
        self.v = v
        self.owner = owner

    def __lt__(self, other):
        self.owner.append(None)
        self.owner.pop()
        return self.v < other.v

    def __repr__(self):
        return f"Item({self.v})"


items = []
items.extend(Item(v, items) for v in [4, 2, 3, 1])
attempt("__lt__", items)

one = [7]
def touch(x):
    one.append(1)
    return x
attempt("one item", one, key=touch)

empty = []
attempt("empty", empty, key=touch)

try:
    sorted([3, 2, 1], key=lambda x: x)
    print("sorted() copy unaffected")
except ValueError as e:
    print(e)
