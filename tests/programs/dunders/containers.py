# __getitem__, __setitem__, __delitem__, __contains__, __len__
class Sparse:
    def __init__(self):
        self.data = {}
    def __getitem__(self, k):
        print("get", k)
        return self.data.get(k, 0)
    def __setitem__(self, k, v):
        print("set", k, v)
        self.data[k] = v
    def __delitem__(self, k):
        print("del", k)
        del self.data[k]
    def __contains__(self, k):
        print("contains", k)
        return k in self.data
    def __len__(self):
        return len(self.data)
s = Sparse()
s[3] = "x"
s[1:2] = "slice"
print(s[3], s[99], s[1:2], len(s))
print(3 in s, 4 not in s)
del s[3]
s[(1, 2)] = "tuple key"
print(s[1, 2])
s[0] += 5
print(s.data)
class ReadOnly:
    def __getitem__(self, k):
        return k
try:
    ReadOnly()[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    del ReadOnly()[0]
except TypeError as e:
    print("TypeError:", e)
class NoGet:
    pass
try:
    NoGet()[0]
except TypeError as e:
    print("TypeError:", e)
class ContainsFallback:
    def __iter__(self):
        print("iterating")
        return iter([1, 2])
print(2 in ContainsFallback(), 3 in ContainsFallback())
