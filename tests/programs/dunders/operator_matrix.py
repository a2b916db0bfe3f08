# every binary operator's forward, reflected and in-place dunder; unary and conversion dunders
class R:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return self.name
ops = ["add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and", "xor", "or"]
def make(kind):
    ns = {}
    for op in ops:
        if kind in ("fwd", "both"):
            ns[f"__{op}__"] = (lambda op: lambda self, o: f"{self}.{op}({o})")(op)
        if kind in ("ref", "both"):
            ns[f"__r{op}__"] = (lambda op: lambda self, o: f"{self}.r{op}({o})")(op)
        if kind == "both":
            ns[f"__i{op}__"] = (lambda op: lambda self, o: f"{self}.i{op}({o})")(op)
    ns["__repr__"] = lambda self: kind
    return type(kind.title(), (), ns)
F, Rf, B = make("fwd")(), make("ref")(), make("both")()
print(F + 1, 1 + Rf, F @ Rf, F ** 2, 2 ** Rf, F << 1, 1 >> Rf, F & Rf, 1 ^ Rf, F | 0)
x = B
x += 1; print(x)
x = B
x @= 2; print(x)
x = B
x **= 2; print(x)
x = F
x -= 5; print(x)
try:
    1 @ F
except TypeError as e:
    print("TypeError:", e)
try:
    F @= 1
except TypeError as e:
    print("TypeError:", e)
class U:
    def __neg__(self): return "neg"
    def __pos__(self): return "pos"
    def __abs__(self): return "abs"
    def __invert__(self): return "inv"
    def __round__(self, n=None): return f"round{n}"
    def __trunc__(self): return 3
    def __floor__(self): return 4
    def __ceil__(self): return 5
    def __int__(self): return 6
    def __float__(self): return 7.5
    def __complex__(self): return 1j
    def __bytes__(self): return b"by"
    def __reversed__(self): return iter([3, 2, 1])
    def __format__(self, spec): return f"fmt[{spec}]"
    def __call__(self, *a, **k): return (a, sorted(k))
u = U()
print(-u, +u, abs(u), ~u, round(u), round(u, 2), int(u), float(u), complex(u), bytes(u))
print(list(reversed(u)), format(u, "x>5"), f"{u:abc}", u(1, 2, z=3), "{:q}".format(u))
try:
    -R("r")
except TypeError as e:
    print("TypeError:", e)
try:
    ~3.5
except TypeError as e:
    print("TypeError:", e)
try:
    len(R("r"))
except TypeError as e:
    print("TypeError:", e)
try:
    R("r")()
except TypeError as e:
    print("TypeError:", e)
try:
    R("r")[0]
except TypeError as e:
    print("TypeError:", e)
try:
    for _ in R("r"):
        pass
except TypeError as e:
    print("TypeError:", e)
class Gen:
    def __iter__(self):
        yield from range(3)
print(list(Gen()), sum(Gen()), 2 in Gen(), max(Gen()))
