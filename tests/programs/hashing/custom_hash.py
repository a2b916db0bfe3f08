# user classes: __hash__ and __eq__ decide dict/set behaviour
class P:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return isinstance(other, P) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"P({self.x}, {self.y})"

s = {P(1, 2), P(1, 2), P(2, 1)}
print(len(s), P(1, 2) in s, P(3, 3) in s)
d = {P(0, 0): "origin"}
print(d[P(0, 0)], hash(P(1, 2)) == hash((1, 2)))

class NoHash:
    def __eq__(self, other):
        return True
print(NoHash.__hash__)
try:
    hash(NoHash())
except TypeError as e:
    print("TypeError:", e)

class Minus:
    def __hash__(self):
        return -1
print(hash(Minus()))

class Big:
    def __hash__(self):
        return 2 ** 70
print(hash(Big()), hash(Big()) == hash(2 ** 70))

class Bad:
    def __hash__(self):
        return "x"
try:
    hash(Bad())
except TypeError as e:
    print("TypeError:", e)

class Collide:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 42
    def __eq__(self, other):
        return self.v == other.v
    def __repr__(self):
        return f"C{self.v}"
print({Collide(i) for i in range(5)} == {Collide(i) for i in range(5)}, {Collide(1): 1, Collide(2): 2})
