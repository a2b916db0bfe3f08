# typing: get_type_hints on functions, classes and modules (string annotations, inheritance,
# Annotated, None), ClassVar/Final markers, and type hints used by dataclasses and enums
import sys
import typing
from typing import (get_type_hints, List, Dict, Optional, ClassVar, Final, Annotated, Union,
                    Callable, TypeVar, Generic, Any, ForwardRef)
from dataclasses import dataclass, field, fields
from enum import Enum

T = TypeVar("T")


def f(a: int, b: "str", c: List["int"] = None, *args: "float", d: Optional["Node"] = None,
      **kw: Dict[str, "int"]) -> "List[Node]":
    return []


class Node:
    value: "int"
    next: "Optional[Node]" = None
    count: ClassVar[int] = 0
    limit: Final = 10
    tagged: Annotated[int, "positive"] = 1
    nothing: None = None


class Leaf(Node):
    weight: float
    value: str


print(get_type_hints(f))
print(get_type_hints(Node))
print(get_type_hints(Node, include_extras=True)["tagged"])
print(get_type_hints(Leaf))
print(f.__annotations__)
print(Node.__annotations__)
print(get_type_hints(lambda: None), get_type_hints(Node.__init__))


def g(x: "Undefined") -> None:
    pass


try:
    get_type_hints(g)
except NameError as e:
    print("NameError:", e)
print(get_type_hints(g, localns={"Undefined": bytes}))


def h(x: Annotated[List[Annotated[int, "inner"]], "outer"]) -> Callable[[int], "str"]:
    pass


print(get_type_hints(h))
print(get_type_hints(h, include_extras=True))
mod = sys.modules[__name__]
hints = get_type_hints(mod)
print(sorted(hints), hints.get("module_level"))
module_level: "Dict[str, int]" = {}
print(get_type_hints(mod)["module_level"])


class Box(Generic[T]):
    item: T
    items: "List[T]"


print(get_type_hints(Box))
r = ForwardRef("List[int]")
print(r, r.__forward_arg__, r == ForwardRef("List[int]"), hash(r) == hash(ForwardRef("List[int]")))


@dataclass
class Config:
    name: str
    retries: "int" = 3
    tags: List[str] = field(default_factory=list)
    mode: ClassVar[str] = "fast"
    ratio: Optional[float] = None


c = Config("x")
print(c, [f.name for f in fields(Config)], [f.type for f in fields(Config)], Config.mode)
print(get_type_hints(Config))
print(Config.__init__.__annotations__)


class Level(Enum):
    LOW: int = 1
    HIGH: int = 2


print(list(Level), Level.__annotations__, get_type_hints(Level))
