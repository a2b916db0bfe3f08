# chained comparisons call each dunder once and short-circuit
class N:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        print(f"{self.v} < {o.v}")
        return self.v < o.v
print(N(1) < N(2) < N(3))
print(N(1) < N(3) < N(2) < N(4))
class Weird:
    def __lt__(self, o):
        return "truthy string"
    def __eq__(self, o):
        return 0
w = Weird()
print(w < w, w == w, not (w == w), bool(w < w))
print(1 < 2 < 3 > 2 != 4 == 4 >= 4 <= 5, 1 < 2 > 3)
