# Property getters read at specialized sites: plain getters, getters with defaults, closures
# and generator functions, a getter that raises (its frame is in the traceback), one that
# recurses, and properties replaced or deleted on the class while the site is specialized.
import sys


def make(scale):
    class P:
        def __init__(self, v):
            self.v = v

        @property
        def plain(self):
            return self.v + 1

        @property
        def defaulted(self, extra=10):
            return self.v + extra

        @property
        def closure(self):
            return self.v * scale

        @property
        def gen(self):
            yield self.v
            yield -self.v

        @property
        def failing(self):
            if self.v == 3:
                raise ValueError("bad " + str(self.v))
            return self.v

        @property
        def depth(self):
            return 0 if self.v <= 0 else 1 + P(self.v - 1).depth

    return P


P = make(3)


def read_all(o):
    return (o.plain, o.defaulted, o.closure, list(o.gen))


objs = [P(i) for i in range(6)]
for _ in range(20):
    rows = [read_all(o) for o in objs]
print(rows)
print([o.depth for o in objs])

for o in objs:
    try:
        print(o.failing)
    except ValueError as e:
        print("ValueError:", e, e.__traceback__.tb_next.tb_frame.f_code.co_name)


def plain(o):
    return o.plain


for o in objs:
    plain(o)
P.plain = property(lambda self: "replaced")
print(plain(objs[0]))
P.plain = property(lambda self, *rest: ("varargs", rest))
print(plain(objs[1]))
del P.plain
try:
    plain(objs[2])
except AttributeError as e:
    print("AttributeError:", e)
P.plain = 42
print(plain(objs[3]))

Q = make(5)
mixed = [P(1), Q(1), P(2), Q(2)]
print([o.closure for o in mixed])


def deep(n):
    return P(n).depth


sys.setrecursionlimit(100000)
print(deep(3000))
sys.setrecursionlimit(1000)
try:
    deep(5000)
except RecursionError as e:
    print("RecursionError:", e)

print(objs[3].failing)
