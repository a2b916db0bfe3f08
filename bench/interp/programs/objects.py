# classes, attribute access, method calls, dicts and strings
# smoke size: 5000 (bench/interp/run --smoke)
import sys


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Point(self.x + other.x, self.y + other.y)


n = int(sys.argv[1]) if len(sys.argv) > 1 else 1_500_000
p = Point(0, 0)
d = {}
for i in range(n):
    p = p.add(Point(1, 2))
    key = "k" + str(i % 100)
    d[key] = d.get(key, 0) + 1
print(p.x, p.y, len(d), sum(d.values()))
