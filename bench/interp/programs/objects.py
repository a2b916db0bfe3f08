# classes, attribute access, method calls, dicts and strings
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def add(self, other):
        return Point(self.x + other.x, self.y + other.y)
p = Point(0, 0)
d = {}
for i in range(1_000_000):
    p = p.add(Point(1, 2))
    key = "k" + str(i % 100)
    d[key] = d.get(key, 0) + 1
print(p.x, p.y, len(d), sum(d.values()))
