# match on a small expression tree
class Num:
    __match_args__ = ("v",)
    def __init__(self, v):
        self.v = v
class Add:
    __match_args__ = ("l", "r")
    def __init__(self, l, r):
        self.l, self.r = l, r
class Mul:
    __match_args__ = ("l", "r")
    def __init__(self, l, r):
        self.l, self.r = l, r
def ev(e):
    match e:
        case Num(v):
            return v
        case Add(l, r):
            return ev(l) + ev(r)
        case Mul(Num(0), _) | Mul(_, Num(0)):
            return 0
        case Mul(l, r):
            return ev(l) * ev(r)
def show(e):
    match e:
        case Num(v):
            return str(v)
        case Add(l, r):
            return f"({show(l)} + {show(r)})"
        case Mul(l, r):
            return f"{show(l)} * {show(r)}"
tree = Add(Mul(Num(3), Num(4)), Add(Num(1), Mul(Num(0), Num(99))))
print(show(tree), "=", ev(tree))
