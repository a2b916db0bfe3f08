# Slot attributes, properties and rich comparisons of one class at specialized sites, while
# the class changes: comparisons returning NotImplemented, patched dunders, deleted slots,
# replaced properties, instances of a subclass and of other classes.
class V:
    __slots__ = ("x", "y")
    def __init__(self, x, y=0):
        self.x = x
        self.y = y
    def __lt__(self, other):
        if not isinstance(other, V):
            return NotImplemented
        return self.x < other.x
    def __eq__(self, other):
        return isinstance(other, V) and self.x == other.x
    @property
    def norm(self):
        return abs(self.x) + abs(self.y)

class W(V):
    __slots__ = ()
    def __gt__(self, other):
        return "W.__gt__"

def less(a, b):
    return a < b

def equal(a, b):
    return a == b

def get_x(v):
    return v.x

def norm(v):
    return v.norm

def set_y(v, y):
    v.y = y

vs = [V(i, -i) for i in range(6)]
print([less(vs[i], vs[i - 1]) for i in range(6)], [equal(v, V(2)) for v in vs])
print([get_x(v) for v in vs], [norm(v) for v in vs])
for v in vs:
    set_y(v, 10)
print([norm(v) for v in vs])
print(less(vs[0], W(3)), less(W(3), vs[0]), equal(vs[1], 1), equal(1, vs[1]))
try:
    less(vs[0], 5)
except TypeError as e:
    print(e)
V.__lt__ = lambda self, other: "patched"
print([less(vs[i], vs[i - 1]) for i in range(3)])
del V.__lt__
try:
    less(vs[0], vs[1])
except TypeError as e:
    print(e)
V.norm = property(lambda self: "new property")
print([norm(v) for v in vs[:2]])
del vs[2].x
try:
    get_x(vs[2])
except AttributeError as e:
    print(e)
print([get_x(v) for v in vs if v is not vs[2]])
try:
    set_y(vs[0], 1) or vs[0].__setattr__("z", 1)
except AttributeError as e:
    print(e)
