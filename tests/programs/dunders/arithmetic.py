# every binary arithmetic operator dispatches to its dunder
class Sym:
    def __init__(self, s):
        self.s = s
    def __repr__(self):
        return self.s
def make(op):
    def method(self, other):
        return Sym(f"({self.s} {op} {other})")
    return method
for name, op in [("add", "+"), ("sub", "-"), ("mul", "*"), ("truediv", "/"), ("floordiv", "//"),
                 ("mod", "%"), ("pow", "**"), ("matmul", "@"), ("lshift", "<<"), ("rshift", ">>"),
                 ("and", "&"), ("or", "|"), ("xor", "^")]:
    setattr(Sym, f"__{name}__", make(op))
Sym.__divmod__ = lambda self, other: Sym(f"divmod({self.s}, {other})")
a = Sym("a")
print(a + 1, a - 1, a * 1, a / 1, a // 1, a % 1, a ** 1, a @ 1)
print(a << 1, a >> 1, a & 1, a | 1, a ^ 1, divmod(a, 1), pow(a, 2))
print((a + 1) * 2 - 3)
