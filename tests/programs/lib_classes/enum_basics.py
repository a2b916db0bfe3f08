# enum: members, lookup, iteration, aliases, reprs and the class's own protocol
from enum import Enum, IntEnum, StrEnum, auto, unique, EnumType, EnumMeta, ReprEnum
import enum


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1  # an alias of RED

    def describe(self):
        return f"{self.name} is {self.value}"

    @classmethod
    def favourite(cls):
        return cls.GREEN


print(Color.RED, repr(Color.RED), str(Color.GREEN), f"{Color.BLUE}", format(Color.BLUE, ">12"))
print(Color(1), Color["GREEN"], Color.CRIMSON is Color.RED, Color.CRIMSON.name)
print(list(Color), len(Color), list(reversed(Color)))
print(list(Color.__members__), Color.__members__["CRIMSON"])
print(Color.RED in Color, 1 in Color, 7 in Color, "RED" in Color)
print(Color.RED.describe(), Color.favourite(), Color.RED.value, Color.RED._name_)
print(type(Color), type(Color) is EnumType, EnumMeta is EnumType, isinstance(Color.RED, Color))
print(repr(Color), str(Color), Color.__name__, Color.RED.__class__.__name__)
print(Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.GREEN, Color.RED is Color(1))
print(hash(Color.RED) == hash(Color.RED), {Color.RED: "r"}[Color.CRIMSON])
print(sorted(Color, key=lambda c: -c.value))
print(dir(Color))
print(dir(Color.RED))
print(Color._member_names_, list(Color._value2member_map_.items()))


class Shape(Enum):
    CIRCLE = auto()
    SQUARE = auto()
    TRIANGLE = 10
    LINE = auto()


print(list(Shape), [s.value for s in Shape])


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.gravity, 3))
print(Planet((3.303e+23, 2.4397e6)))


class Number(IntEnum):
    ONE = 1
    TWO = 2
    THREE = 3


print(Number.ONE, repr(Number.TWO), str(Number.THREE), f"{Number.ONE:>4}|{Number.TWO:03d}")
print(Number.ONE + Number.TWO, Number.TWO * 3, Number.THREE == 3, Number(2), sorted([3, Number.ONE, 2]))
print(isinstance(Number.ONE, int), int(Number.THREE), Number.ONE < Number.TWO, [1, 2, 3][Number.ONE])
print(hash(Number.ONE) == hash(1), {1: "x"}[Number.ONE])


class Mixed(int, Enum):
    A = 1
    B = 2


print(Mixed.A, repr(Mixed.B), f"{Mixed.A}", Mixed.A + 1)


class Direction(StrEnum):
    NORTH = auto()
    SOUTH = "south!"


print(Direction.NORTH, repr(Direction.NORTH), Direction.SOUTH.upper(), Direction("north"))
print(Direction.NORTH == "north", f"{Direction.SOUTH}", "-".join(Direction))


class Weekday(Enum):
    _ignore_ = "helper"
    MONDAY = 1
    TUESDAY = 2
    helper = 99

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.name.lower() == value.lower():
                    return m
        return None


print(Weekday("monday"), Weekday("TUESDAY"), hasattr(Weekday, "helper"))


class Ordered(Enum):
    _order_ = "A B C"
    A = 1
    B = 2
    C = 3


print(list(Ordered))


class Powers(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return 2 ** (count + 1)
    A = auto()
    B = auto()
    C = auto()


print([(p.name, p.value) for p in Powers])


class WithMember(Enum):
    A = 1
    f = enum.member(lambda x: x * 2)
    g = enum.nonmember(5)


print(list(WithMember)[0], len(WithMember), WithMember.g, WithMember.f.value(21))

Animal = Enum("Animal", "ANT BEE CAT")
print(Animal, list(Animal), Animal.BEE.value, Animal.__module__)
Pet = Enum("Pet", [("DOG", 10), ("CAT", 20)])
print(list(Pet), Pet(20))
Bird = Enum("Bird", {"OWL": "hoot", "DUCK": "quack"})
print(list(Bird), Bird("quack"))
Grade = IntEnum("Grade", "A B C", start=0)
print(list(Grade), Grade.C + 0)


@unique
class Fine(Enum):
    X = 1
    Y = 2


print(list(Fine))
print(issubclass(IntEnum, ReprEnum), issubclass(StrEnum, ReprEnum), issubclass(Color, Enum))
print(Color.RED.__reduce_ex__(2))
