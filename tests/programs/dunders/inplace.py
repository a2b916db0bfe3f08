# in-place operators: __iadd__ and friends, falling back to the binary form
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, x):
        self.items.append(("+=", x))
        return self
    def __isub__(self, x):
        self.items.append(("-=", x))
        return self
    def __imul__(self, x):
        self.items.append(("*=", x))
        return self
    def __imatmul__(self, x):
        self.items.append(("@=", x))
        return self
    def __ior__(self, x):
        self.items.append(("|=", x))
        return self
a = Acc()
orig = a
a += 1
a -= 2
a *= 3
a @= 4
a |= 5
print(a.items, a is orig)
class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        print("__add__ fallback")
        return OnlyAdd(self.v + o)
o = OnlyAdd(1)
before = o
o += 10
print(o.v, o is before)
class ReturnsOther:
    def __iadd__(self, x):
        return "replaced"
r = ReturnsOther()
r += 1
print(r)
class IaddNotImpl:
    def __iadd__(self, x):
        return NotImplemented
    def __add__(self, x):
        return "used __add__"
z = IaddNotImpl()
z += 1
print(z)
lst = [1]
t = (lst,)
try:
    t[0] += [2]
except TypeError as e:
    print("TypeError:", e)
print(t)
for op in ("//=", "%=", "**=", "<<=", ">>=", "&=", "^=", "/="):
    ns = {"x": 37}
    exec(f"x {op} 3", ns)
    print(op, ns["x"])
