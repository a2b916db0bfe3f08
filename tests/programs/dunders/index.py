# __index__ lets objects be used as integers
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
i = Idx(2)
data = ["a", "b", "c", "d"]
print(data[i], data[Idx(-1)], data[Idx(1):Idx(3)], "xyz"[i], (1, 2, 3)[i], range(10)[i])
print(bin(i), oct(i), hex(i), "ab" * i, [0] * Idx(3), int(i), i.__index__())
print(bytes(Idx(2)), chr(Idx(65)), int("7") + Idx(3).__index__(), round(2.567, Idx(2)))
data[Idx(0)] = "A"
del data[Idx(3)]
print(data, list(range(Idx(3))), [1, 2, 3, 4][::Idx(2)])
class Bad:
    def __index__(self):
        return "no"
try:
    [1][Bad()]
except TypeError as e:
    print("TypeError:", e)
try:
    [1][float(1)]
except TypeError as e:
    print("TypeError:", e)
