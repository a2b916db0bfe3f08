# repr of recursive containers and user objects inside containers.
a = [1, 2]
a.append(a)
print(a, repr(a), str(a), len(repr(a)))
b = [a, [a]]
print(b)
d = {}
d["k"] = d
d["list"] = [d, a]
print(d)
t = ([],)
t[0].append(t)
print(t)
s = {1: [2]}
s[1].append(s)
print(s, list(s.values()))


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
        self.parent = None

    def add(self, c):
        c.parent = self
        self.children.append(c)
        return c

    def __repr__(self):
        return f"Node({self.name!r}, {self.children!r})"


root = Node("root")
x = root.add(Node("x"))
x.add(Node("y"))
root.add(Node("z"))
print(root)
print([root.children], {"root": root})


class Cyclic:
    def __repr__(self):
        return f"Cyclic({self.other!r})" if hasattr(self, "other") else "Cyclic()"


c = Cyclic()
c.other = [c] if False else []
c.other.append(1)
print(c)
dd = {1: 2}
view = dd.keys()
print(view, dd.values(), dd.items(), list(dd.items()))
dd[3] = dd
print(dd, dd.items())
print(repr([[]] * 3), [[1]] * 2, [a[:2]] * 2)
l1 = []
l2 = [l1]
l1.append(l2)
print(l1, l2)
class L(list):
    pass
ll = L([1])
ll.append(ll)
print(ll, type(ll).__name__)
class D(dict):
    pass
dd2 = D(a=1)
dd2["self"] = dd2
print(dd2)
print(repr(set()), repr(frozenset()), repr({frozenset({1}): frozenset()}), repr([{1, 2}, frozenset({3})]))
