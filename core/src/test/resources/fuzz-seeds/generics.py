"""PEP 695/696 type parameters, type aliases, annotations and protocols."""
from collections.abc import Callable, Iterable, Iterator
from typing import Protocol, overload, TypeGuard, Any

type Number = int | float
type Pair[T] = tuple[T, T]
type Nested[T = int] = list[T | Nested[T]]
type Handler[**P, R] = Callable[P, R]
type Shape[*Ts] = tuple[*Ts]


class SupportsLess(Protocol):
    def __lt__(self, other: Any, /) -> bool: ...


class Stack[T]:
    def __init__(self, items: Iterable[T] = ()) -> None:
        self._items: list[T] = list(items)

    def push(self, item: T) -> "Stack[T]":
        self._items.append(item)
        return self

    def pop(self) -> T:
        return self._items.pop()

    def __iter__(self) -> Iterator[T]:
        return reversed(self._items)

    def map[U](self, fn: Callable[[T], U]) -> "Stack[U]":
        return Stack(fn(x) for x in self._items)


class Tagged[*Extra = *tuple[int, ...]]:
    tags: tuple[*Extra]


class Registry[K: (str, bytes), V: SupportsLess = int, **Params = [int, str]]:
    entries: dict[K, V]

    def __init__(self) -> None:
        self.entries = {}


def first[T](xs: Iterable[T], default: T | None = None) -> T | None:
    for x in xs:
        return x
    return default


def smallest[T: SupportsLess](a: T, b: T, *more: T) -> T:
    return min((a, b, *more))


def apply[**P, R](fn: Callable[P, R], *args: P.args, **kwargs: P.kwargs) -> R:
    return fn(*args, **kwargs)


def splat[*Ts](*args: *Ts) -> tuple[*Ts]:
    return args


def is_str_list(val: list[object]) -> TypeGuard[list[str]]:
    return all(isinstance(x, str) for x in val)


@overload
def parse(x: str) -> int: ...
@overload
def parse(x: bytes) -> int: ...
def parse(x):
    return int(x)


def annotated(a: "int" = 1, *args: int, b: list[int] | None = None, **kw: "str") -> dict[str, Any]:
    x: int
    y: list[int] = []
    (z): float = 1.0
    obj = Stack()
    obj.attr: int = 3
    y[0:0]: list[int] = [1]
    return {"a": a, "args": args, "b": b, "kw": kw, "y": y, "z": z}


class Outer[T]:
    type Alias = list[T]

    class Inner[U]:
        def both[V](self, t: T, u: U, v: V) -> tuple[T, U, V]:
            return t, u, v


type = "type is still a usable name"
print(type, Stack([1, 2]).push(3).map(str)._items, first([]), smallest(3, 1, 2))
print(apply(max, 1, 5), splat(1, "a"), is_str_list(["x"]), parse("12"), annotated(b=[2]))
