# Slot values of classes, subclasses and swapped classes at specialized sites: slots named
# out of order, a subclass adding slots, deleted and re-set slots, __class__ assignment
# between classes listing the same slots in another order, and the member descriptors
# called directly.
class A:
    __slots__ = ("zeta", "alpha", "mid")

    def __init__(self, z, a, m):
        self.zeta = z
        self.alpha = a
        self.mid = m


class B(A):
    __slots__ = ("beta", "aardvark")

    def __init__(self, z, a, m):
        super().__init__(z, a, m)
        self.beta = z + a
        self.aardvark = "b"


class C:
    __slots__ = ("mid", "zeta", "alpha")


def read(o):
    return (o.zeta, o.alpha, o.mid)


def write(o, v):
    o.alpha = v
    o.mid = v * 2


objs = [A(i, -i, i * i) for i in range(20)] + [B(i, i + 1, 0) for i in range(20)]
total = 0
for _ in range(30):
    for o in objs:
        z, a, m = read(o)
        total += z + a + m
print(total)
for o in objs:
    write(o, 7)
print(read(objs[0]), read(objs[-1]), objs[-1].beta, objs[-1].aardvark)

# a deleted slot at a specialized site
victim = objs[3]
del victim.mid
for o in objs[:5]:
    try:
        print(read(o))
    except AttributeError as e:
        print("AttributeError:", e)
try:
    del victim.mid
except AttributeError as e:
    print("AttributeError:", e)
victim.mid = "back"
print(read(victim))

# the same slots in another order: __class__ assignment keeps every value
c_obj = A(1, 2, 3)
for _ in range(5):
    print(read(c_obj), type(c_obj).__name__)
c_obj.__class__ = C
print(read(c_obj), type(c_obj).__name__)
c_obj.zeta = "z"
c_obj.__class__ = A
print(read(c_obj), type(c_obj).__name__)
try:
    objs[-1].__class__ = A
except TypeError as e:
    print("TypeError:", e)

# the member descriptors themselves
print(A.alpha.__get__(objs[0]), A.zeta.__get__(objs[25], B))
A.mid.__set__(objs[1], "set")
print(objs[1].mid, B.beta.__get__(objs[21]))
A.alpha.__delete__(objs[2])
print(hasattr(objs[2], "alpha"), getattr(objs[2], "alpha", "gone"))
object.__setattr__(objs[2], "alpha", "again")
print(objs[2].alpha)
try:
    A.alpha.__get__(C())
except TypeError as e:
    print("TypeError:", e)
try:
    B.beta.__get__(objs[0])
except TypeError as e:
    print("TypeError:", e)
uninit = A.__new__(A)
try:
    print(uninit.zeta)
except AttributeError as e:
    print("AttributeError:", e)
print(sorted(A.__slots__), B.__slots__, hasattr(objs[0], "__dict__"))
