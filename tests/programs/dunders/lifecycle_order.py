# the order special methods are called during common statements
class T:
    def __init__(self, name):
        self.name = name
    def __getitem__(self, k):
        print(f"{self.name}.__getitem__({k!r})")
        return T(f"{self.name}[{k}]")
    def __setitem__(self, k, v):
        print(f"{self.name}.__setitem__({k!r}, {v.name})")
    def __add__(self, o):
        print(f"{self.name}.__add__({o.name})")
        return T(f"({self.name}+{o.name})")
    def __iadd__(self, o):
        print(f"{self.name}.__iadd__({o.name})")
        return self
    def __getattr__(self, n):
        print(f"{self.name}.__getattr__({n!r})")
        return T(f"{self.name}.{n}")
x = T("x")
y = T("y")
x["k"] += y
x.attr[0] = x["a"] + y
