# a float/math class workload: a 2-D vector class with operator overloading (__add__,
# __sub__, __mul__, __abs__), properties, math.sqrt/sin/cos/atan2/fabs, a polygon's
# area and perimeter, rotations; prints sums with fixed decimals
# smoke size: 300 (bench/run --smoke)
import math
import sys


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __abs__(self):
        return math.sqrt(self.x * self.x + self.y * self.y)

    def cross(self, o):
        return self.x * o.y - self.y * o.x

    def rotated(self, a):
        c, s = math.cos(a), math.sin(a)
        return Vec(self.x * c - self.y * s, self.x * s + self.y * c)

    @property
    def angle(self):
        return math.atan2(self.y, self.x)


def polygon(n, r):
    return [Vec(r * math.cos(2 * math.pi * i / n), r * math.sin(2 * math.pi * i / n))
            for i in range(n)]


def area(pts):
    return abs(sum(pts[i - 1].cross(pts[i]) for i in range(len(pts)))) / 2


def perimeter(pts):
    return sum(abs(pts[i] - pts[i - 1]) for i in range(len(pts)))


n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000000
acc_area = acc_per = acc_ang = 0.0
for k in range(3, n // 100 + 3):
    pts = polygon(k % 50 + 3, 1.0 + k / n)
    pts = [p.rotated(0.001 * k) * 1.5 + Vec(0.5, -0.25) for p in pts]
    acc_area += area(pts)
    acc_per += perimeter(pts)
    acc_ang += sum(p.angle for p in pts)
for i in range(n):
    acc_ang += math.sqrt(i + 0.5) * math.sin(i * 0.01) - math.fabs(math.cos(i))
print(f"{acc_area:.6f} {acc_per:.6f} {acc_ang:.6f}")
