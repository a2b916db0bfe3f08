# int() with objects that define __int__, __index__, __trunc__
class I:
    def __index__(self):
        return 7

class N:
    def __int__(self):
        return 11

print(int(I()), int(N()), [1, 2, 3, 4, 5, 6, 7, 8][I()], bin(I()), hex(I()))
print(int(5.0), int(-0.5), int("  12_3  "), int(" -0x1F ", 16))
print(range(I()), list(range(I()))[-1])
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
try:
    int([1])
except TypeError as e:
    print("TypeError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
class Sub(int):
    pass
s = Sub(5)
print(s + 1, type(s + 1).__name__, type(s).__name__, int(s), type(int(s)).__name__, s == 5)
print(isinstance(s, int), repr(s))
