# reflected operators are tried when the left operand returns NotImplemented
class R:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"R({self.v})"
for name in ("add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "matmul",
             "lshift", "rshift", "and", "or", "xor", "divmod"):
    def method(self, other, name=name):
        return f"R.__r{name}__(self={self.v}, other={other!r})"
    setattr(R, f"__r{name}__", method)
r = R(1)
print(10 + r)
print(10 - r)
print(10 * r)
print(10 / r)
print(10 // r)
print(10 % r)
print(10 ** r)
print(10 @ r if False else "skip @ on int")
print(10 << r)
print(10 >> r)
print(10 & r)
print(10 | r)
print(10 ^ r)
print(divmod(10, r))
print("s" + r, [1] + r)
class M:
    def __repr__(self):
        return "M()"
    def __matmul__(self, o):
        return NotImplemented
print(M() @ r)
