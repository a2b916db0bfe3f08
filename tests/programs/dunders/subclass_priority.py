# a subclass's reflected method is tried first when it overrides it
class Base:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        return f"Base.__add__({self.v}, {other.v})"
    def __radd__(self, other):
        return f"Base.__radd__({self.v}, {other.v})"
    def __lt__(self, other):
        return f"Base.__lt__({self.v}, {other.v})"
    def __gt__(self, other):
        return f"Base.__gt__({self.v}, {other.v})"
class Derived(Base):
    def __radd__(self, other):
        return f"Derived.__radd__({self.v}, {other.v})"
    def __gt__(self, other):
        return f"Derived.__gt__({self.v}, {other.v})"
b, d = Base("b"), Derived("d")
print(b + d)
print(d + b)
print(b < d)
print(d < b)
print(b + b)
class NotOverriding(Base):
    pass
n = NotOverriding("n")
print(b + n, n + b)
