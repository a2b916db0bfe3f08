# A local's attribute loaded right after the local (self.x, other.time): the specializer
# fuses the two instructions once the attribute load specializes (slots and instance
# dicts). Each section makes a site hot on one kind of object, then changes what it sees:
# other classes, other layouts, deleted and re-added attributes, class attributes that
# start shadowing, non-instances, unbound locals, and jumps into the attribute load.


class Slotted:
    __slots__ = ("time", "seq")

    def __init__(self, time, seq):
        self.time = time
        self.seq = seq

    def __lt__(self, other):
        if self.time != other.time:
            return self.time < other.time
        return self.seq < other.seq


class SlottedSub(Slotted):
    __slots__ = ()


class Reordered:
    __slots__ = ("seq", "time")

    def __init__(self, time, seq):
        self.time = time
        self.seq = seq


class Plain:
    def __init__(self, time, seq):
        self.time = time
        self.seq = seq


def read_time(o):
    return o.time


def read_both(a, b):
    return (a.time, b.seq)


def section(title):
    print("--", title)


section("slots, hot then other classes")
objs = [Slotted(i % 7, i) for i in range(300)]
total = 0
for o in objs:
    total += read_time(o)
print(total)
for o in [SlottedSub(5, 1), Reordered(6, 2), Plain(7, 3), Slotted(8, 4)]:
    print(type(o).__name__, read_time(o), read_both(o, o))
for i in range(200):
    total += read_time(objs[i]) + read_time(Reordered(i, 0))
print(total)

section("heap comparisons")
pool = [Slotted((i * 37) % 11, i) for i in range(200)]
best = pool[0]
for p in pool:
    if p < best:
        best = p
print(best.time, best.seq)
pool.sort()
print([(p.time, p.seq) for p in pool[:6]])

section("a slot deleted, then set again")
s = Slotted(3, 4)
for i in range(100):
    read_time(s)
del s.time
try:
    read_time(s)
except AttributeError as e:
    print("AttributeError:", e)
s.time = 42
print(read_time(s))

section("__class__ assigned between compatible layouts")
t = Slotted(1, 2)
for i in range(100):
    read_time(t)
t.__class__ = SlottedSub
print(type(t).__name__, read_time(t))
t.__class__ = Slotted
print(type(t).__name__, read_time(t))

section("instance dicts: hot, then attributes deleted and re-added in another order")
p = Plain(10, 20)
acc = 0
for i in range(200):
    acc += read_time(p)
print(acc)
del p.time
p.extra = 1
p.time = 11
print(read_time(p), p.__dict__)
q = Plain(1, 2)
q.__dict__.clear()
q.seq = 5
q.time = 6
print(read_time(q), read_both(q, q))
del q.time
try:
    read_time(q)
except AttributeError as e:
    print("AttributeError:", e)

section("a class attribute starts shadowing the instance's")
class Shadow:
    def __init__(self):
        self.time = "instance"


sh = Shadow()
for i in range(100):
    read_time(sh)
Shadow.time = property(lambda self: "property")
print(read_time(sh))
del Shadow.time
print(read_time(sh))
Shadow.time = "class attribute"
print(read_time(sh))
sh.__dict__["time"] = "dict again"
print(read_time(sh))

section("a slot shadowed by a property in a subclass")
class PropSub(Slotted):
    __slots__ = ()

    def __init__(self, seq):
        self.seq = seq

    @property
    def time(self):
        return "from property"


for i in range(100):
    read_time(objs[i])
print(read_time(PropSub(2)), read_time(objs[3]))

section("non-instances and unbound locals")
for v in [3, "str", [1], None, Slotted]:
    try:
        print(read_time(v))
    except AttributeError as e:
        print("AttributeError:", e)


def unbound(flag):
    if flag:
        o = Slotted(9, 9)
    return o.time


for i in range(100):
    unbound(True)
try:
    unbound(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)

section("a jump into the attribute load")
def either(c, a, b):
    return (a if c else b).time


acc = 0
for i in range(300):
    acc += either(i % 3 == 0, Slotted(i, 0), Plain(-i, 0))
print(acc)
print(either(True, Plain(1, 0), Slotted(2, 0)), either(False, Plain(1, 0), Slotted(2, 0)))

section("method loads on the same local")
class Caller:
    def __init__(self):
        self.fn = lambda: "attribute function"

    def meth(self):
        return "method"


c = Caller()
out = []
for i in range(100):
    out.append(c.fn())
    out.append(c.meth())
print(len(out), out[-2:])
c.meth = lambda: "shadowing method"
print(c.fn(), c.meth())

section("the local rebound inside the loop")
vals = [Slotted(1, 1), Plain(2, 2), Reordered(3, 3)] * 50
acc = 0
for v in vals:
    acc += v.time * 10 + v.seq
print(acc)
