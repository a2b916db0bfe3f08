# A comparison dunder's result feeding a jump is converted with Python truth at the
# comparison: its __bool__ raising shows the comparison's line, then __bool__'s frame.


class Truth:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        if self.v > 25:
            raise RuntimeError("undecided %d" % self.v)
        return self.v % 2 == 0


class K:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return Truth(self.v)


def count(n):
    c = 0
    for i in range(n):
        if K(i) < K(0):
            c += 1
    return c


print(count(20))
print(count(30))
