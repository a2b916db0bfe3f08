# dataclasses and typing with annotations written as strings (ClassVar, InitVar found by
# their text; get_type_hints evaluates them)
from dataclasses import dataclass, field, fields, InitVar
import dataclasses
from typing import ClassVar, get_type_hints
import typing

@dataclass
class A:
    x: "int"
    y: "ClassVar[int]" = 5
    z: "InitVar[str]" = "q"
    w: "typing.ClassVar[list]" = []
    v: "dataclasses.InitVar[int]" = 0
    def __post_init__(self, z, v):
        self.zz = z * 2
a = A(1, "b")
print(a, [f.name for f in fields(A)], a.zz, A.y, A.__doc__)
print(get_type_hints(A))
print(A.__init__.__annotations__)
