# An exception raised in a comparison dunder entered by a specialized site: the traceback
# shows the comparison's line in the caller, then the method's frame, as CPython's.


class V:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        if self.v > 30:
            return self.v / (other.v - other.v)
        return self.v < other.v


def smallest(xs):
    best = xs[0]
    for x in xs:
        if x < best:
            best = x
    return best.v


print(smallest([V(i) for i in range(20, 0, -1)]))
print(smallest([V(i) for i in range(40, 0, -1)]))
