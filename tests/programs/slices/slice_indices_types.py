# slice bounds can be any object with __index__, or None
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
data = "0123456789"
print(data[Idx(2):Idx(6)], data[Idx(-3):], data[::Idx(-2)], data[True:], data[:False])
for bad in (1.0, "1", [1]):
    try:
        data[bad:]
    except TypeError as e:
        print("TypeError:", e)
print(slice("a", "b", "c"), slice(1.5, [2]).start)
