# __iter__ and __next__, and the old __getitem__ iteration protocol
class Range2:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
print(list(Range2(3)), [x * 2 for x in Range2(2)], sum(Range2(4)))
class Legacy:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return chr(97 + i)
print(list(Legacy()), "b" in Legacy(), list(enumerate(Legacy())))
class NotIter:
    pass
try:
    iter(NotIter())
except TypeError as e:
    print("TypeError:", e)
try:
    for x in 5:
        pass
except TypeError as e:
    print("TypeError:", e)
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
class IterNone:
    __iter__ = None
try:
    iter(IterNone())
except TypeError as e:
    print("TypeError:", e)
class Rev:
    def __reversed__(self):
        return iter("zyx")
print(list(reversed(Rev())))
