# default equality is identity; hash is consistent
class Plain:
    pass
a, b = Plain(), Plain()
print(a == a, a == b, a != b, a is a, hash(a) == hash(a), len({a, b, a}))
class Valued:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, Valued) and self.v == other.v
print(Valued(1) == Valued(1), Valued(1) != Valued(1), Valued(1) == 1, Valued.__hash__)
class Both(Valued):
    __hash__ = object.__hash__
x = Both(1)
print(x == Both(1), {x: 1}[x])
