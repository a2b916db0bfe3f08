# range attributes and methods
r = range(3, 30, 4)
print(r.start, r.stop, r.step, range(7).start, range(7).step)
print(r.count(7), r.index(27), r.__len__(), r.__contains__(11), r.__getitem__(-1))
print(sorted(n for n in dir(r) if not n.startswith("_")), type(r).__name__)
print(range(True, 5), range(False), repr(range(-1, -10, -3)), str(range(2)))
class I:
    def __index__(self):
        return 4
print(range(I()), range(1, I()), range(0, 8, I()))
try:
    r.start = 1
except AttributeError as e:
    print("AttributeError:", e)
