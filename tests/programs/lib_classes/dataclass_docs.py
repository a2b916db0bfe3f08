# dataclasses: __doc__ (the signature text) with typing annotations, __post_init__ errors, nested
# dataclasses
from dataclasses import dataclass, field
from typing import Optional, List, Dict, Union, Any, Callable
import typing
class Custom: pass
@dataclass
class A:
    a: Optional[int] = None
    b: List[str] = field(default_factory=list)
    c: Dict[str, int] = field(default_factory=dict)
    d: Union[int, str] = 0
    e: Any = None
    f: list[int] = field(default_factory=list)
    g: Custom = None
    h: "Custom" = None
    i: int | None = None
    j: tuple = ()
print(A.__doc__)
@dataclass
class B:
    def __post_init__(self):
        raise ValueError("bad value")
try:
    B()
except ValueError as e:
    print(e)
@dataclass
class Outer:
    @dataclass
    class Inner:
        x: int = 1
    inner: "Outer.Inner" = None
print(Outer.Inner(), Outer(Outer.Inner(2)))
