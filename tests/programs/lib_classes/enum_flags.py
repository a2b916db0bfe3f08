# enum: Flag and IntFlag combinations, reprs, iteration, negation and boundaries
from enum import Flag, IntFlag, auto, FlagBoundary, STRICT, CONFORM, EJECT, KEEP
import enum


class Perm(Flag):
    R = 4
    W = 2
    X = 1


rw = Perm.R | Perm.W
print(rw, repr(rw), str(rw), rw.value, rw.name, len(rw), list(rw), bool(rw))
print(Perm.R in rw, Perm.X in rw, rw & Perm.R, rw ^ Perm.R, repr(rw & Perm.X), bool(rw & Perm.X))
print(~Perm.R, repr(~rw), ~Perm(0), repr(Perm(0)), str(Perm(0)), Perm(7))
print(list(Perm), len(Perm), Perm(6) is rw, Perm["W"])


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE
    NONE = 0


print(list(Color), [c.value for c in Color], Color.WHITE, repr(Color.WHITE), list(Color.WHITE))
print(Color(3), repr(Color(0)), Color.NONE, Color.RED | Color.GREEN | Color.BLUE is Color.WHITE)
print(list(Color.__members__), ~Color.WHITE, ~Color.NONE)
for boundary in (STRICT, CONFORM, EJECT, KEEP):
    print(boundary, repr(boundary), FlagBoundary(boundary.value))


class Strict(Flag, boundary=STRICT):
    A = 1
    B = 2


class Conform(Flag, boundary=CONFORM):
    A = 1
    B = 2


class Eject(Flag, boundary=EJECT):
    A = 1
    B = 2


class Keep(Flag, boundary=KEEP):
    A = 1
    B = 2


try:
    Strict(9)
except ValueError as e:
    print("ValueError:", e)
print(repr(Conform(9)), Eject(9), type(Eject(9)).__name__, repr(Eject(3)), repr(Keep(9)))


class Open(IntFlag):
    READ = 1
    WRITE = 2
    APPEND = 4


mode = Open.READ | Open.WRITE
print(mode, repr(mode), f"{mode}", mode + 1, mode == 3, isinstance(mode, int))
print(repr(Open.READ | 8), repr(Open(9)), repr(~Open.READ), repr(Open(-1)), Open.READ & 1)
print(repr(Open(0)), list(Open(7)), Open.WRITE in mode, 2 | Open.APPEND)
try:
    Perm.R | 1
except TypeError as e:
    print("TypeError:", e)
try:
    1 in Perm.R
except TypeError as e:
    print("TypeError:", e)
print(enum.show_flag_values(13))


class Tricky(Flag):
    B = 2
    A = 1
    C = 4


print(list(Tricky), list(Tricky(7)), Tricky(7))
