# typing in ordinary code: a generic Stack, generic and default-method protocols, a generic
# NamedTuple and TypedDict, aliases, get_type_hints of methods
from typing import *
T = TypeVar("T")
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> "Stack[T]":
        self.items.append(item); return self
    def pop(self) -> T:
        return self.items.pop()
s = Stack[int]().push(1).push(2)
print(s.pop(), s.items, Stack.__orig_bases__, get_type_hints(Stack.push))
@runtime_checkable
class HasLen(Protocol[T]):
    def __len__(self) -> int: ...
print(isinstance([], HasLen), HasLen[int], HasLen.__parameters__)
class Shape(Protocol):
    def area(self) -> float: ...
    def describe(self) -> str:
        return f"area {self.area()}"
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
print(Sq(3).describe())
class Pair(NamedTuple, Generic[T]):
    a: T
    b: T
print(Pair(1, 2), Pair[int])
def f(x: Union[int, str], *, y: Optional[List[int]] = None) -> Dict[str, Any]:
    return {"x": x, "y": y}
print(f(1), get_type_hints(f))
Vector = List[float]
def scale(s: float, v: Vector) -> Vector: return [s * x for x in v]
print(scale(2.0, [1.0, 2.0]), Vector)
type IntList = list[int]
print(IntList, IntList.__value__, get_origin(IntList[int]) if False else "-")
class Node(TypedDict, Generic[T]):
    value: T
    children: "List[Node[T]]"
print(Node(value=1, children=[]), Node.__parameters__ if hasattr(Node, "__parameters__") else None)
print(Literal["a", "b"].__args__, Final[int].__origin__)
def deco(fn: Callable[..., T]) -> Callable[..., T]: return fn
print(deco(len)([1]))
