# truth testing: __bool__ first, then __len__
class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("__bool__", self.v)
        return self.v
class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        print("__len__", self.n)
        return self.n
print(bool(B(True)), bool(B(False)), bool(L(0)), bool(L(3)))
if L(2):
    print("L(2) is true")
print(not B(False), B(True) and "and-result", L(0) or "or-result")
class Neither:
    pass
print(bool(Neither()))
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
class NegLen:
    def __len__(self):
        return -1
try:
    len(NegLen())
except ValueError as e:
    print("ValueError:", e)
class BigLen:
    def __len__(self):
        return 2 ** 70
try:
    len(BigLen())
except OverflowError as e:
    print("OverflowError:", e)
class FloatLen:
    def __len__(self):
        return 1.5
try:
    len(FloatLen())
except TypeError as e:
    print("TypeError:", e)
