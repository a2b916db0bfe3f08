# dataclasses: generated __init__/__repr__/__eq__, order, frozen, hashing, inheritance
from dataclasses import dataclass, field, fields, FrozenInstanceError, is_dataclass, KW_ONLY, InitVar
from typing import ClassVar, List


@dataclass
class Point:
    x: int
    y: int = 0

    def norm2(self):
        return self.x * self.x + self.y * self.y


p = Point(3, 4)
print(p, repr(p), p.norm2(), Point(1), Point(y=2, x=1), Point(1) == Point(1, 0), p != Point(3, 5))
print(Point.__match_args__, Point.__doc__, Point.__init__.__qualname__, Point.__repr__.__qualname__)
print(Point.__hash__, p == (3, 4), Point.__eq__(p, 5))
print([f.name for f in fields(Point)], fields(p)[1].default, is_dataclass(Point), is_dataclass(p), is_dataclass(5))
print(Point.__dataclass_params__)
match p:
    case Point(3, y):
        print("matched y =", y)
for bad in [lambda: Point(), lambda: Point(1, 2, 3), lambda: Point(1, z=3), lambda: Point(1, x=2)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False)


vs = [Version(1, 2, "b"), Version(1, 0), Version(0, 9, "a"), Version(1, 2, "a")]
print(sorted(vs), Version(1, 2) < Version(1, 3), Version(2) >= Version(1, 9), Version(1, 2, "x") == Version(1, 2, "y"))
try:
    Version(1) < (1, 0)
except TypeError as e:
    print("TypeError:", e)


@dataclass(frozen=True)
class Frozen:
    name: str
    tags: tuple = ()


f = Frozen("a", (1, 2))
print(f, hash(f) == hash(Frozen("a", (1, 2))), {f: 1}[Frozen("a", (1, 2))])
try:
    f.name = "b"
except FrozenInstanceError as e:
    print(type(e).__name__, e, isinstance(e, AttributeError))
try:
    del f.tags
except FrozenInstanceError as e:
    print(type(e).__name__, e)
try:
    f.other = 1
except FrozenInstanceError as e:
    print(type(e).__name__, e)


@dataclass(unsafe_hash=True)
class Hashed:
    a: int
    b: list = field(default_factory=list, hash=False, compare=False)


print(hash(Hashed(1)) == hash(Hashed(1, [9])), Hashed(1) == Hashed(1, [2]))


@dataclass(eq=False)
class NoEq:
    a: int


n = NoEq(1)
print(n == NoEq(1), n == n, NoEq.__hash__ is object.__hash__)


@dataclass
class Base:
    x: int
    y: int = 1


@dataclass
class Derived(Base):
    z: int = 2
    x: int = 10


print(Derived(), Derived(1, 2, 3), [f.name for f in fields(Derived)], Derived.__match_args__)


@dataclass
class WithPost:
    a: int
    b: int = field(init=False)
    scale: InitVar[int] = 2
    registry: ClassVar[List[str]] = []

    def __post_init__(self, scale):
        self.b = self.a * scale
        WithPost.registry.append(str(self.a))


print(WithPost(3), WithPost(3, 5), WithPost.registry, [f.name for f in fields(WithPost)])


@dataclass
class KwOnly:
    a: int
    _: KW_ONLY
    b: int = 1
    c: int = 2


print(KwOnly(1, c=5), KwOnly.__match_args__)
try:
    KwOnly(1, 2)
except TypeError as e:
    print("TypeError:", e)


@dataclass(kw_only=True)
class AllKw:
    a: int
    b: int = 0


@dataclass
class MixedKw(AllKw):
    c: int


print(AllKw(a=1), MixedKw(3, a=1), MixedKw.__match_args__)


@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)
    parent: "Node" = field(default=None, repr=False)


root = Node(1)
root.children.append(Node(2, parent=root))
print(root)
loop = Node(0)
loop.children.append(loop)
print(loop)


@dataclass
class Custom:
    a: int

    def __repr__(self):
        return "Custom!"

    def __eq__(self, other):
        return True


print(Custom(1), Custom(1) == 5, Custom.__hash__)


@dataclass(repr=False, init=False)
class Manual:
    a: int = 5


m = Manual()
print(m.a, Manual.__init__ is object.__init__, "Manual object" in repr(m))


@dataclass(slots=True)
class Slotted:
    a: int
    b: str = "x"


s = Slotted(1)
print(s, Slotted.__slots__, hasattr(s, "__dict__"))
try:
    s.c = 1
except AttributeError as e:
    print("AttributeError:", e)


@dataclass
class Empty:
    pass


print(Empty(), Empty() == Empty(), fields(Empty))
