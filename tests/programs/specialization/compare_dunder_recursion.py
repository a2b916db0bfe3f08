# The frames of comparison dunders count towards the recursion limit as CPython counts
# them: one per method, whether the site is specialized or not.
import sys


class T:
    def __init__(self, n):
        self.n = n

    def __lt__(self, other):
        if self.n == 0:
            return depth()
        return T(self.n - 1) < other


def depth():
    f = sys._getframe()
    d = 0
    while f is not None:
        d += 1
        f = f.f_back
    return d


def deepest(limit_from):
    n = limit_from
    while True:
        try:
            T(n) < T(0)
            return n
        except RecursionError:
            n -= 1


print("depth at 5", T(5) < T(0))
for _ in range(20):
    d = T(10) < T(0)
print("depth at 10", d)
sys.setrecursionlimit(200)
print("deepest", deepest(400))
print("deepest again", deepest(400))
sys.setrecursionlimit(3000)
print("deepest at 3000", deepest(3100))
sys.setrecursionlimit(1000)


class U:
    def __init__(self, n):
        self.n = n

    def __lt__(self, other):
        return U(self.n + 1) < other


try:
    U(0) < U(0)
except RecursionError as e:
    print("RecursionError:", e)
