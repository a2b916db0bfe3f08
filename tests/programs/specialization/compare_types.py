# A comparison site specialized for ints, then given floats, nan, strings, mixed numbers and
# objects with rich comparisons.
def lt(a, b):
    return a < b

def eq(a, b):
    return a == b

class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __eq__(self, other):
        return isinstance(other, Version) and self.parts == other.parts

nan = float("nan")
pairs = [(1, 2), (2, 1), (2, 2), (1.0, 2.0), (nan, 1.0), (1.0, nan), (nan, nan), ("a", "b"),
         ("b", "a"), ("\U0001F600", "\uffff"), (1, 1.0), (True, 2), (10**20, 10**20 + 1),
         (Version(1, 2), Version(1, 3)), (Version(2), Version(1, 9)), ((1, 2), (1, 3))]
for _ in range(3):
    print([lt(a, b) for a, b in pairs])
    print([eq(a, b) for a, b in pairs])
for a, b in [(1, 2), ("x", "x"), (1, "1"), (None, None), (Version(1), 1)] * 3:
    print(eq(a, b), a != b, end="; ")
print()
try:
    lt(1, "a")
except TypeError as e:
    print(e)
