# A comparison of two instances of one class whose __lt__ (...) is a plain Python
# function: the specialized site pushes the method's frame; the return finishes the
# comparison (NotImplemented, the bool flag of a compare feeding a jump).


class P:
    __slots__ = ("v",)

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v < other.v

    def __le__(self, other):
        return self.v <= other.v

    def __eq__(self, other):
        return self.v == other.v

    def __ne__(self, other):
        return self.v != other.v

    def __gt__(self, other):
        return self.v > other.v

    def __ge__(self, other):
        return self.v >= other.v

    def __repr__(self):
        return "P(%r)" % self.v


ps = [P(i % 7) for i in range(40)]
counts = [0] * 6
for i in range(1, len(ps)):
    a, b = ps[i - 1], ps[i]
    if a < b:
        counts[0] += 1
    if a <= b:
        counts[1] += 1
    if a == b:
        counts[2] += 1
    if a != b:
        counts[3] += 1
    if a > b:
        counts[4] += 1
    if a >= b:
        counts[5] += 1
print("counts", counts)
print("values", [ps[i] < ps[i + 1] for i in range(10)])

# a heap, as oo_sim's
heap = []
for k in range(200):
    heap.append(P((k * 37) % 101))
    i = len(heap) - 1
    while i > 0:
        parent = (i - 1) // 2
        if heap[i] < heap[parent]:
            heap[i], heap[parent] = heap[parent], heap[i]
            i = parent
        else:
            break
print("heap top", heap[0], heap[1], heap[2])

# chained comparisons
xs = [P(1), P(2), P(3), P(2)]
print("chained", [xs[i] < xs[(i + 1) % 4] < xs[(i + 2) % 4] for i in range(4)] * 3)
n = 0
for _ in range(30):
    for i in range(4):
        if xs[i] < xs[(i + 1) % 4] <= xs[(i + 2) % 4]:
            n += 1
print("chained count", n)

# sorted(), min(), max() compare from Java: unaffected
print("sorted", sorted([P(3), P(1), P(2)] * 2))
print("min max", min(ps), max(ps))


# the method returns NotImplemented: the right operand's reflected method, once
class N:
    calls = []

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        N.calls.append("lt")
        return NotImplemented

    def __gt__(self, other):
        N.calls.append("gt")
        return self.v > other.v

    def __eq__(self, other):
        N.calls.append("eq")
        return NotImplemented


ns = [N(i % 3) for i in range(12)]
res = []
for i in range(11):
    res.append(ns[i] < ns[i + 1])
    if ns[i] < ns[i + 1]:
        res.append("jump")
print("reflected", res)
print("calls", len(N.calls), N.calls[:6])
N.calls.clear()
same = [ns[i] == ns[i if i % 2 else i + 1] for i in range(10)]
print("identity eq", same, N.calls[:4], len(N.calls))
N.calls.clear()
ne = [ns[i] != ns[i] for i in range(10)]
print("ne via eq", ne, len(N.calls))


class Never:
    def __lt__(self, other):
        return NotImplemented

    def __ge__(self, other):
        return NotImplemented


nv = [Never() for _ in range(4)]
for i in range(20):
    try:
        nv[i % 4] < nv[(i + 1) % 4]
    except TypeError as e:
        msg = str(e)
print("TypeError:", msg)
for i in range(20):
    try:
        if nv[i % 4] >= nv[(i + 1) % 4]:
            print("unreachable")
    except TypeError as e:
        msg = str(e)
print("TypeError:", msg)


# the bool flag with a result that is not a bool
class L:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return [1] * (self.v % 3)


class B:
    def __init__(self, ok):
        self.ok = ok

    def __bool__(self):
        if not self.ok:
            raise ValueError("no truth")
        return True


class R:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return B(self.v != 5)


ls = [L(i) for i in range(12)]
print("lists", [ls[i] < ls[i + 1] for i in range(6)])
print("branches", ["yes" if ls[i] < ls[i + 1] else "no" for i in range(11)])
got = []
for i in range(10):
    try:
        if R(i) < R(i + 1):
            got.append(i)
    except ValueError as e:
        got.append(str(e))
print("bool raising", got)
print("value", type(R(1) < R(2)).__name__)


# the method replaced after the site specialized, and removed
class C:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v < other.v


def less(a, b):
    return a < b


cs = [C(i) for i in range(5)]
print("before", [less(cs[i], cs[(i + 2) % 5]) for i in range(5)] * 2)
C.__lt__ = lambda self, other: self.v > other.v
print("replaced", [less(cs[i], cs[(i + 2) % 5]) for i in range(5)])
C.__lt__ = lambda self, other, extra=10: self.v + extra < other.v
print("defaults", [less(cs[i], cs[i]) for i in range(5)])
del C.__lt__
try:
    less(cs[0], cs[1])
except TypeError as e:
    print("TypeError:", e)


def gen_lt(self, other):
    yield self.v


C.__lt__ = gen_lt
print("generator", [type(less(cs[i], cs[i])).__name__ for i in range(5)])
C.__lt__ = lambda *args: args[0].v < args[1].v
print("varargs", [less(cs[i], cs[1]) for i in range(5)])


# a subclass instance on one side, a subclass overriding the reflected method
class D(C):
    def __gt__(self, other):
        return "D.__gt__"


C.__lt__ = lambda self, other: "C.__lt__"
print("subclass", [less(C(1), C(2)) for _ in range(3)], less(C(1), D(2)), less(D(1), C(2)),
      less(D(1), D(2)))


# closures and cells in the method
def make(scale):
    class S:
        def __init__(self, v):
            self.v = v

        def __lt__(self, other):
            key = lambda o: o.v * scale
            return key(self) < key(other)

    return S


S = make(-1)
ss = [S(i) for i in range(6)]
print("closure", [ss[i] < ss[i + 1] for i in range(5)] * 2)


# an exception in the method, caught by the caller
class E:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        if self.v == 7:
            raise KeyError(self.v)
        return self.v < other.v


out = []
for i in range(10):
    try:
        out.append(E(i) < E(i + 1))
    except KeyError as e:
        out.append("KeyError %s" % e)
print("raised", out)
