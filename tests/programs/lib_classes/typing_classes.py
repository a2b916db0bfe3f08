# typing: Generic classes, Protocol, NamedTuple, TypedDict, NewType, overload, decorators
import typing
from typing import (Generic, TypeVar, Protocol, runtime_checkable, NamedTuple, TypedDict,
                    NewType, overload, get_overloads, clear_overloads, final, override,
                    no_type_check, dataclass_transform, Required, NotRequired, ReadOnly,
                    SupportsInt, SupportsFloat, SupportsIndex, SupportsAbs, SupportsRound,
                    SupportsBytes, SupportsComplex, is_typeddict, is_protocol,
                    get_protocol_members, List, Optional)

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")


class Box(Generic[T]):
    def __init__(self, item: T):
        self.item = item

    def get(self) -> T:
        return self.item


class Pair(Generic[K, V]):
    pass


b = Box[int](5)
print(b.get(), Box[int], Box[int].__origin__ is Box, Box.__parameters__, Pair[str, int], Pair.__parameters__)
print(b.__orig_class__, Box.__mro__, Box[int] == Box[int], Box[int] != Box[str])


class IntBox(Box[int]):
    pass


class Mapped(Pair[str, T]):
    pass


print(IntBox.__orig_bases__, IntBox.__parameters__, Mapped.__parameters__, Mapped[bytes], IntBox(3).get())
for bad in [lambda: Box[int, str], lambda: Generic[int], lambda: IntBox[int]]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)


class New[X, Y]:
    pass


print(New[int, str], New.__type_params__, New.__parameters__)


@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...


@runtime_checkable
class Named(Protocol):
    name: str

    def greet(self) -> str: ...


class File:
    def close(self):
        pass


class Person:
    name = "p"

    def greet(self):
        return "hi"


class Sized(Protocol):
    def __len__(self) -> int: ...


print(isinstance(File(), Closable), isinstance(1, Closable), issubclass(File, Closable), issubclass(int, Closable))
print(isinstance(Person(), Named), isinstance(File(), Named), is_protocol(Named), is_protocol(File), is_protocol(Protocol))
print(sorted(get_protocol_members(Named)), sorted(get_protocol_members(Closable)))
print(isinstance(3, SupportsInt), isinstance("3", SupportsInt), isinstance(2.5, SupportsFloat), isinstance(3, SupportsIndex))
print(isinstance(2.5, SupportsIndex), isinstance(-3, SupportsAbs), isinstance(1.5, SupportsRound), isinstance(b"", SupportsBytes), isinstance(1j, SupportsComplex))


class Impl(Closable):
    pass


print(isinstance(Impl(), Closable), Impl.__mro__[1] is Closable)
for bad in [lambda: isinstance(File(), Sized), lambda: Closable(), lambda: issubclass(Person, Named),
            lambda: runtime_checkable(File), lambda: get_protocol_members(File)]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)


def protocol_from_class():
    class Bad(Protocol, File):
        pass


try:
    protocol_from_class()
except TypeError as e:
    print("TypeError:", e)


class Point(NamedTuple):
    x: int
    y: int = 0
    label: str = "pt"

    def moved(self, dx):
        return self._replace(x=self.x + dx)


p = Point(1)
print(p, p.x, p[1], p.moved(5), p._asdict(), Point._fields, Point._field_defaults, Point.__annotations__)
print(isinstance(p, tuple), len(p), Point._make([3, 4, "m"]), p == (1, 0, "pt"), Point.__doc__)
x, y, label = Point(7, 8)
print(x, y, label, Point.__mro__)
Emp = NamedTuple("Emp", [("name", str), ("id", int)])
print(Emp("a", 1), Emp.__annotations__, Emp._fields)
for bad in [lambda: Point(), lambda: Point(1, 2, 3, 4), lambda: p._replace(z=1), lambda: Point._make([1])]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)


def bad_namedtuple():
    class Bad(NamedTuple):
        x: int = 0
        y: int


def overwrite_namedtuple():
    class Bad(NamedTuple):
        x: int

        def _asdict(self):
            return {}


for body in (bad_namedtuple, overwrite_namedtuple):
    try:
        body()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)


class Movie(TypedDict):
    title: str
    year: int


class Partial(TypedDict, total=False):
    title: Required[str]
    rating: float


class Extended(Movie, total=False):
    director: str
    studio: ReadOnly[str]


m = Movie(title="Blade Runner", year=1982)
print(m, type(m), Movie.__annotations__, Movie.__total__, sorted(Movie.__required_keys__), sorted(Movie.__optional_keys__))
print(sorted(Partial.__required_keys__), sorted(Partial.__optional_keys__), Partial.__total__)
print(sorted(Extended.__required_keys__), sorted(Extended.__optional_keys__), sorted(Extended.__readonly_keys__), sorted(Extended.__mutable_keys__))
print(Extended.__annotations__.keys(), is_typeddict(Movie), is_typeddict(dict), Movie({"title": "x", "year": 1}))
Alt = TypedDict("Alt", {"a": int, "b": NotRequired[str]})
print(Alt(a=1), Alt.__required_keys__, Alt.__optional_keys__, Alt.__total__)
for bad in [lambda: isinstance({}, Movie), lambda: issubclass(dict, Movie)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)


def typeddict_with_class():
    class Bad(Movie, File):
        pass


try:
    typeddict_with_class()
except TypeError as e:
    print("TypeError:", e)

UserId = NewType("UserId", int)
print(UserId, UserId(5), UserId.__supertype__, UserId.__name__, type(UserId(5)), UserId | None)
try:
    class Sub(UserId):
        pass
except TypeError as e:
    print("TypeError:", e)


@overload
def parse(x: int) -> int: ...
@overload
def parse(x: str) -> str: ...
def parse(x):
    return x


print(parse(3), len(get_overloads(parse)), [f.__annotations__["x"] for f in get_overloads(parse)])
clear_overloads()
print(get_overloads(parse))


@overload
def only(x: int) -> int: ...


try:
    only(1)
except NotImplementedError as e:
    print("NotImplementedError:", e)


@final
class Leaf:
    @final
    def m(self):
        pass


class Child(Box[int]):
    @override
    def get(self):
        return 1


print(Leaf.__final__, Leaf.m.__final__, Child.get.__override__)


@no_type_check
def untyped(a: "nonsense") -> "also":
    return a


print(untyped.__no_type_check__, typing.get_type_hints(untyped))


@dataclass_transform(kw_only_default=True)
def model(cls):
    return cls


print(model.__dataclass_transform__)
Point(1, "x", 2, 3)
