# A __len__ and a property getter whose frames are pushed by hot len() and attribute sites:
# the traceback of the error raised inside them lists the reading frame at the len() or
# attribute line, then the dunder's frame; a bad __len__ result is raised at the len() line.


class Box:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return 10 // self.n

    @property
    def ratio(self):
        return 100 // (self.n - 1)


def total(boxes):
    s = 0
    for b in boxes:
        s += len(b) + b.ratio
    return s


print(total([Box(k) for k in range(2, 300)]))
try:
    total([Box(2), Box(1)])
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
Box.__len__ = lambda self: -self.n
try:
    total([Box(3)])
except ValueError as e:
    print("ValueError:", e)
del Box.__len__


class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return 12 // self.n


def count(items):
    return sum(len(x) for x in items)


print(count([Sized(k % 5 + 1) for k in range(200)]))
print(count([Sized(3), Sized(0)]))
