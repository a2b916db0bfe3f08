# dataclasses: field options, asdict/astuple/replace/make_dataclass and their errors
from dataclasses import (dataclass, field, fields, asdict, astuple, replace, make_dataclass,
                         MISSING, InitVar, FrozenInstanceError)


@dataclass
class Inner:
    a: int
    b: list = field(default_factory=list)


@dataclass
class Outer:
    name: str
    inner: Inner
    items: list = field(default_factory=list)
    table: dict = field(default_factory=dict, metadata={"unit": "m"})
    pair: tuple = (1, 2)


o = Outer("o", Inner(1, [2, 3]), [Inner(4)], {"k": Inner(5)})
d = asdict(o)
print(d)
print(d["inner"] is o.inner, d["items"][0], type(d["table"]))
print(astuple(o))
print(asdict(o, dict_factory=lambda kv: sorted(kv)))
print(astuple(Inner(7, [8]), tuple_factory=list))
f = fields(Outer)[3]
print(f.name, f.type, f.metadata, f.metadata["unit"], f.default is MISSING, f.default_factory is dict, f.init, f.repr, f.hash, f.compare, f.kw_only)
try:
    f.metadata["x"] = 1
except TypeError as e:
    print("TypeError:", e)

o2 = replace(o, name="p")
print(o2.name, o2.inner is o.inner, o2 == o, replace(o) == o)


@dataclass
class WithInitVar:
    x: int
    y: InitVar[int]
    z: int = field(init=False, default=0)

    def __post_init__(self, y):
        self.z = self.x + y


w = WithInitVar(1, 2)
print(w, replace(w, y=10))
for bad in [lambda: replace(w), lambda: replace(w, z=5), lambda: replace(5), lambda: asdict(Inner),
            lambda: astuple([1]), lambda: fields(5), lambda: replace(w, y=1, q=2)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

C = make_dataclass("C", ["a", ("b", int), ("c", list, field(default_factory=list))],
                   namespace={"total": lambda self: self.a + self.b})
c = C(1, 2)
print(c, c.total(), C.__module__, [f.type for f in fields(C)])
D = make_dataclass("D", [("x", int, 5)], bases=(C,), frozen=True, order=True) if False else None
E = make_dataclass("E", [("x", int)], frozen=True, order=True)
print(E(1) < E(2), hash(E(3)) == hash(E(3)))
try:
    E(1).x = 2
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
for bad in [lambda: make_dataclass("Bad", ["a", "a"]), lambda: make_dataclass("Bad", ["class"]),
            lambda: make_dataclass("Bad", ["1x"]), lambda: make_dataclass("Bad", [("a", int, 1, 2)])]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)


def define(body):
    try:
        return body()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)


def non_default_after_default():
    @dataclass
    class A:
        x: int = 0
        y: int


def mutable_default():
    @dataclass
    class A:
        x: list = []


def mutable_dict_default():
    @dataclass
    class A:
        x: dict = {}


def both_defaults():
    return field(default=1, default_factory=list)


def order_without_eq():
    @dataclass(order=True, eq=False)
    class A:
        x: int


def field_without_annotation():
    @dataclass
    class A:
        x = field(default=1)


def overwrite_lt():
    @dataclass(order=True)
    class A:
        x: int

        def __lt__(self, other):
            return True


def frozen_from_plain():
    @dataclass
    class A:
        x: int

    @dataclass(frozen=True)
    class B(A):
        y: int


def plain_from_frozen():
    @dataclass(frozen=True)
    class A:
        x: int

    @dataclass
    class B(A):
        y: int


def unsafe_hash_explicit():
    @dataclass(unsafe_hash=True)
    class A:
        x: int

        def __hash__(self):
            return 1


def classvar_factory():
    from typing import ClassVar

    @dataclass
    class A:
        x: ClassVar[list] = field(default_factory=list)


def weakref_without_slots():
    @dataclass(weakref_slot=True)
    class A:
        x: int


for body in (non_default_after_default, mutable_default, mutable_dict_default, both_defaults,
             order_without_eq, field_without_annotation, overwrite_lt, frozen_from_plain,
             plain_from_frozen, unsafe_hash_explicit, classvar_factory, weakref_without_slots):
    define(body)


@dataclass
class Tree:
    label: str
    kids: list = field(default_factory=list)


t = Tree("a", [Tree("b"), Tree("c", [Tree("d")])])
print(asdict(t))
print(astuple(t))


@dataclass(frozen=True)
class Final:
    x: int


Final(1).x = 5
