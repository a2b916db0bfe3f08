# from __future__ import annotations with the library: typing.get_type_hints evaluates the
# strings, dataclasses read string annotations (ClassVar, InitVar, KW_ONLY)
from __future__ import annotations

import dataclasses
import typing
from typing import ClassVar, Optional


class Node:
    value: int
    next: Optional[Node] = None

    def link(self, other: Node, weight: float = 1.0) -> list[Node]:
        return [self, other]


print(Node.__annotations__)
print(typing.get_type_hints(Node))
print(typing.get_type_hints(Node.link))


def f(x: int, y: list[str] | None = None) -> dict[str, int]:
    pass


print(f.__annotations__)
print(typing.get_type_hints(f))


@dataclasses.dataclass
class Point:
    x: int
    y: float = 0.0
    tags: list[str] = dataclasses.field(default_factory=list)
    count: ClassVar[int] = 0
    scale: dataclasses.InitVar[float] = 1.0
    _: dataclasses.KW_ONLY
    label: str = ""

    def __post_init__(self, scale):
        self.y *= scale


p = Point(1, 2.0, scale=3.0, label="p")
print(p)
print([fl.name for fl in dataclasses.fields(Point)])
print([(fl.name, fl.type) for fl in dataclasses.fields(Point)])
print(Point.__annotations__)
print(Point.count)
try:
    typing.get_type_hints(lambda: None)
    def g(x: NoSuchName): pass
    typing.get_type_hints(g)
except NameError as e:
    print("NameError", e)
