# Attribute and method sites specialized for one class while classes and instances change:
# monkey-patched methods, a property added later, attributes stored in different orders,
# deleted attributes, __class__ assignment, subclasses, modules and class attributes.
class P:
    kind = "point"
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm1(self):
        return abs(self.x) + abs(self.y)

class Q(P):
    pass

def get_x(o):
    return o.x

def call_norm(o):
    return o.norm1()

def set_x(o, v):
    o.x = v

ps = [P(i, -i) for i in range(5)]
print([get_x(p) for p in ps], [call_norm(p) for p in ps])
odd = P(0, 0)
del odd.x
odd.z = 1
odd.x = 99  # x now after y and z in the instance dict
print([get_x(p) for p in ps + [odd]])
P.norm1 = lambda self: "patched"
print([call_norm(p) for p in ps])
q = Q(7, 8)
print(get_x(q), call_norm(q))
Q.norm1 = lambda self: "Q's own"
print(call_norm(q), call_norm(ps[0]))
ps[1].norm1 = lambda: "instance attribute wins"
print([call_norm(p) for p in ps[:3]])
P.x = property(lambda self: "from property")
print(get_x(ps[0]), get_x(q))
del P.x
print(get_x(ps[0]))
for p in ps:
    set_x(p, p.y * 2)
print([get_x(p) for p in ps])

class Logged(P):
    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value)

lg = Logged(1, 2)
set_x(lg, 5)
print(get_x(lg))
ps[2].__class__ = Q
print(type(ps[2]).__name__, call_norm(ps[2]))
try:
    get_x(odd) if False else get_x(object())
except AttributeError as e:
    print(e)

def kind_of(cls):
    return cls.kind
print([kind_of(P) for _ in range(3)], kind_of(Q))
P.kind = "changed"
print(kind_of(P), kind_of(Q))
import sys
def mod_attr():
    return sys.maxsize > 0
print([mod_attr() for _ in range(3)])
