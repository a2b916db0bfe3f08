# __hash__ and __eq__ protocol details
class OnlyEq:
    def __eq__(self, o):
        return True
print(OnlyEq.__hash__ is None)
class Inherit(OnlyEq):
    pass
print(Inherit.__hash__ is None)
class Restore(OnlyEq):
    def __hash__(self):
        return 1
print(hash(Restore()), len({Restore(), Restore()}))
class Explicit:
    __hash__ = None
try:
    hash(Explicit())
except TypeError as e:
    print("TypeError:", e)
try:
    {Explicit(): 1}
except TypeError as e:
    print("TypeError:", e)
class Key:
    def __init__(self, k):
        self.k = k
    def __hash__(self):
        print("hash", self.k)
        return hash(self.k)
    def __eq__(self, o):
        print("eq", self.k, o.k)
        return self.k == o.k
d = {Key(1): "one"}
print(d[Key(1)])
print(Key(2) in d)
