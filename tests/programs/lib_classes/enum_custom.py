# enum: custom __new__ (object and int mixins), __init_subclass__, inherited _generate_next_value_,
# member order errors, __members__, global_enum reprs
from enum import Enum, IntEnum, StrEnum, Flag, auto
class Coin(Enum):
    def __new__(cls, value, label):
        obj = object.__new__(cls)
        obj._value_ = value
        obj.label = label
        return obj
    PENNY = 1, "penny"
    NICKEL = 5, "nickel"
print(Coin(5), Coin.PENNY.label, Coin.PENNY.value, list(Coin))
class Code(IntEnum):
    def __new__(cls, value, phrase):
        obj = int.__new__(cls, value)
        obj._value_ = value
        obj.phrase = phrase
        return obj
    OK = 200, "fine"
    NOT_FOUND = 404, "missing"
print(Code(404), Code.OK.phrase, Code.OK + 1, repr(Code.NOT_FOUND), Code.OK == 200)
class Base(Enum):
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        print("subclass", cls.__name__, list(cls))
    def hello(self): return "hi " + self.name
class Sub(Base):
    A = 1
print(Sub.A.hello())
class AutoName(Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name
class Dir(AutoName):
    NORTH = auto()
    SOUTH = auto()
print(list(Dir), Dir("NORTH"))
class Color(Enum):
    RED = 1
    GREEN = 2
print({c: c.value for c in Color}, Color.RED < Color.GREEN if False else "nolt")
try:
    Color.RED < Color.GREEN
except TypeError as e: print(e)
print(Color.RED.__class__.__name__, Color.__qualname__, Color.RED.__doc__ is None or True)
print(sorted(Color.__members__.keys()), len(Color.__members__), Color.__members__)
print(Color["RED"].value, getattr(Color, "GREEN"), Color.RED.name.lower())
import enum
@enum.global_enum
class Mode(enum.IntFlag):
    RD = 1
    WR = 2
print(repr(Mode.RD), repr(Mode.RD | Mode.WR), str(Mode.RD))
print(RD)
