# enum, dataclasses, contextlib and typing used together: enums with methods, properties,
# dataclass mixins and match; ordered dataclasses; nested classes in an enum
from enum import Enum, IntEnum, Flag, auto
from dataclasses import dataclass, field
from contextlib import contextmanager
import typing

class Status(Enum):
    ACTIVE = "active"
    INACTIVE = "inactive"
    def __str__(self): return self.value
    @property
    def is_on(self): return self is Status.ACTIVE

def check(s):
    match s:
        case Status.ACTIVE: return "on"
        case Status.INACTIVE: return "off"
print(check(Status.ACTIVE), str(Status.INACTIVE), f"{Status.ACTIVE}", Status.ACTIVE.is_on, Status("active"))

@dataclass(frozen=True)
class Coord:
    x: int
    y: int

class Corner(Coord, Enum):
    TL = 0, 0
    BR = 1, 1
print(Corner.TL, repr(Corner.BR), Corner.BR.x, Corner.BR.value)

class Level(IntEnum):
    LOW = auto()
    HIGH = auto()
    def label(self): return self.name.lower()
print(max(Level), Level.HIGH.label(), Level(2) > Level.LOW, sorted(Level, reverse=True))

class Perm(Flag):
    R = auto(); W = auto(); X = auto()
    RWX = R | W | X
print(Perm.RWX, Perm.R | Perm.X, [p.name for p in Perm.RWX])

@dataclass
class Inventory:
    items: dict[str, int] = field(default_factory=dict)
    owner: typing.Optional[str] = None
    def add(self, name, n=1):
        self.items[name] = self.items.get(name, 0) + n
        return self
print(Inventory().add("a").add("b", 2), Inventory(owner="me"))

@dataclass(order=True)
class Task:
    priority: int
    name: str = field(compare=False)
tasks = sorted([Task(3, "c"), Task(1, "a"), Task(2, "b")])
print([t.name for t in tasks], Task(1, "x") == Task(1, "y"))

class Meta(type):
    def __repr__(cls): return f"<Meta {cls.__name__}>"
class Animal(Enum):
    DOG = 1
    class Inner: pass
print(list(Animal), getattr(Animal, "Inner", None))
import types
print(types.SimpleNamespace(**{"a": Status.ACTIVE}))
@contextmanager
def opened(n):
    yield n
with opened(1) as a, opened(2) as b:
    print(a + b)
class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2
print(Shape(2), Shape.ALIAS_FOR_SQUARE, [m for m in Shape.__members__.items()][3])
print(Shape.SQUARE.__class__, isinstance(Shape.SQUARE, Shape), type(Shape.SQUARE).__mro__)
