# enum, dataclasses, contextlib and typing with functools, copy and abc (after the merge)
import abc
import copy
import functools
from contextlib import contextmanager, ExitStack, AbstractContextManager
from dataclasses import dataclass, field, asdict, replace
from enum import Enum, IntEnum, auto
from typing import NamedTuple, Protocol, runtime_checkable, Iterable


@functools.total_ordering
class Grade(Enum):
    LOW = 1
    MID = 2
    HIGH = 3

    def __lt__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return self.value < other.value


print(Grade.LOW < Grade.HIGH, Grade.HIGH >= Grade.MID, max(Grade), sorted(Grade, reverse=True))
print(copy.copy(Grade.LOW) is Grade.LOW, copy.deepcopy([Grade.MID])[0] is Grade.MID)


@dataclass
class Circle:
    r: float
    tags: list = field(default_factory=list)

    @functools.cached_property
    def area(self):
        print("computing")
        return round(3.14159 * self.r * self.r, 2)


c = Circle(2.0, ["a"])
print(c.area, c.area, copy.deepcopy(c) == c, copy.copy(c).tags is c.tags, copy.deepcopy(c).tags is c.tags)
print(copy.replace(c, r=3.0) if hasattr(copy, "replace") else replace(c, r=3.0))


class Point(NamedTuple):
    x: int
    y: int


print(copy.deepcopy(Point(1, 2)), functools.reduce(lambda a, p: a + p.x, [Point(1, 2), Point(3, 4)], 0))


@contextmanager
def traced(name):
    print("enter", name)
    yield name
    print("exit", name)


@functools.wraps(traced)
def alias(*a):
    return traced(*a)


with alias("w") as n:
    print(n, alias.__name__, alias.__wrapped__ is traced)


class Base(abc.ABC):
    @abc.abstractmethod
    def run(self):
        ...


@dataclass
class Job(Base):
    name: str

    def run(self):
        return self.name.upper()


print(Job("x").run(), isinstance(Job("y"), Base))
try:
    Base()
except TypeError as e:
    print("TypeError:", e)


@runtime_checkable
class Runner(Protocol):
    def run(self): ...


print(isinstance(Job("z"), Runner), issubclass(Job, Runner), isinstance([], Iterable))
print(sorted([Grade.HIGH, Grade.LOW], key=functools.cmp_to_key(lambda a, b: a.value - b.value)))
