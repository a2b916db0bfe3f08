# Attribute sites that meet instances of several classes (a base class's method on its
# subclasses' instances), super() calls, and the callees of one call site changing with the
# receiver's class, while classes change under them: patched methods and properties on one
# class only, a fifth and sixth class at a site, a deleted instance attribute, super rebound,
# self reassigned or deleted before super(), super() in a classmethod and outside a class.
class Base:
    def __init__(self, n):
        self.n = n
        self.hits = 0

    def get(self):
        return self.n

    @property
    def twice(self):
        return 2 * self.n

    def step(self, k):
        self.hits += 1
        return self.n + k

    @classmethod
    def make(cls, n):
        return cls(n)


class A(Base):
    pass


class B(Base):
    def step(self, k):
        return super().step(k) * 10


class C(B):
    def __init__(self, n, extra=50):
        super().__init__(n)
        self.extra = extra

    def step(self, k):
        return super().step(k) + self.extra

    @classmethod
    def make(cls, n):
        return super().make(n)


def read(o):
    return o.n + o.get() + o.twice


def drive(objs, k):
    return [o.step(k) for o in objs]


objs = [A(1), B(2), C(3, 100)] * 5
print(sum(read(o) for o in objs))
print(drive(objs, 1)[:6])
print([o.hits for o in objs[:3]])

# one class changes: its cache entry goes, the others stay right
A.get = lambda self: -self.n
print([read(o) for o in objs[:3]])
Base.twice = property(lambda self: 1000)
print([read(o) for o in objs[:3]])
del A.get
print([read(o) for o in objs[:3]])

# the base's method replaced under super().step
def new_step(self, k):
    return -k
Base.step = new_step
print(drive(objs[:3], 5))
B.step = lambda self, k: 7
print(drive(objs[:3], 5))

# more classes than a site keeps
classes = [type("K" + str(i), (Base,), {}) for i in range(6)]
many = [cls(i) for i, cls in enumerate(classes)] * 20
print(sum(read(o) for o in many))

# an instance attribute deleted, then found on the class
class D(Base):
    n = "class n"
many2 = [D(1), A(2)] * 5
print([o.n for o in many2][:4])
del many2[0].n
print([o.n for o in many2][:4])

# classmethods through super
print([(type(o).__name__, o.n, o.extra) for o in [C.make(i) for i in range(4)]][:2])

# self reassigned before super(): super binds the current first local
class E(Base):
    def get(self, other):
        self = other
        return super().get()
class E2(E):
    pass
print([E(9).get(E2(i)) for i in range(5)])
for _ in range(3):
    try:
        E(9).get(objs[1])
    except TypeError as e:
        print("TypeError", e)

# self deleted before super()
class F(Base):
    def get(self):
        del self
        return super().get()
for _ in range(3):
    try:
        F(1).get()
    except RuntimeError as e:
        print("RuntimeError", e)

# super() where there is no class
def loose():
    return super()
for _ in range(3):
    try:
        loose()
    except RuntimeError as e:
        print("RuntimeError", e)

# the name super rebound in the globals, then restored
class G(Base):
    def get(self):
        return super().get() + 1
g = G(5)
print([g.get() for _ in range(4)])
real_super = super
super = lambda: real_super(G, g)
print([g.get() for _ in range(4)])
del super
print([g.get() for _ in range(4)])

# a super attribute that is not a function
class H(Base):
    value = 42
class I(H):
    def get(self):
        return super().value
print([I(0).get() for _ in range(4)])
H.value = staticmethod(lambda: "static")
class J(H):
    def get(self):
        return super().value()
print([J(0).get() for _ in range(3)])

# len() of instances with a Python __len__, at one site meeting lists too; __len__ replaced,
# returning a bool, a negative number, a non-int, and raising
class Q:
    def __init__(self, items):
        self.items = items
    def __len__(self):
        return len(self.items)

def size(x):
    return len(x)

qs = [Q([1, 2, 3]), [4, 5], Q([]), "abc"] * 5
print([size(q) for q in qs][:8])
Q.__len__ = lambda self: True
print([size(q) for q in qs][:4])
def bad_len(self):
    return self.items
Q.__len__ = bad_len
for items in ([1], -3, "x"):
    try:
        print(size(Q(items)))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
def raising_len(self):
    raise KeyError("no len")
Q.__len__ = raising_len
try:
    size(Q([]))
except KeyError as e:
    print("KeyError", e)
del Q.__len__
try:
    size(Q([]))
except TypeError as e:
    print("TypeError", e)
