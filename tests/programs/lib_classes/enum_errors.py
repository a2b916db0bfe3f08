# enum: CPython's errors for bad definitions and lookups; ends with an uncaught ValueError
from enum import Enum, Flag, IntEnum, StrEnum, auto, unique, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS


def attempt(label, fn):
    try:
        result = fn()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", result)


class Color(Enum):
    RED = 1
    GREEN = 2


attempt("value", lambda: Color(5))
attempt("value str", lambda: Color("RED"))
attempt("name", lambda: Color["PINK"])
attempt("attr", lambda: Color.PINK)


def reassign():
    Color.RED = 5


def delete():
    del Color.GREEN


def setnew():
    Color.extra = 1
    return Color.extra


attempt("reassign", reassign)
attempt("delete", delete)
attempt("set new attr", setnew)


def dup_key():
    class A(Enum):
        X = 1
        X = 2


class Descr:
    def __get__(self, instance, owner=None):
        return 1

    def __repr__(self):
        return "Descr()"


def method_then_member():
    class A(Enum):
        X = Descr()
        X = 2


def extend():
    class More(Color):
        BLUE = 3


def sunder():
    class A(Enum):
        _bad_ = 1


def bad_order():
    class A(Enum):
        _order_ = "B A"
        A = 1
        B = 2


def mro_name():
    class A(Enum):
        mro = 1


def bad_missing():
    class A(Enum):
        X = 1

        @classmethod
        def _missing_(cls, value):
            return 42
    return A(3)


def raising_missing():
    class A(Enum):
        X = 1

        @classmethod
        def _missing_(cls, value):
            raise KeyError(value)
    return A(3)


def str_enum_bad():
    class S(StrEnum):
        A = 1


def int_enum_bad():
    class I(IntEnum):
        A = "x"


def not_unique():
    @unique
    class U(Enum):
        A = 1
        B = 1
        C = 2
        D = 2


def verify_unique():
    @verify(UNIQUE)
    class U(Enum):
        A = 1
        B = 1


def verify_continuous():
    @verify(CONTINUOUS)
    class U(Enum):
        A = 1
        B = 2
        E = 5


def verify_flags():
    @verify(NAMED_FLAGS)
    class F(Flag):
        A = 1
        B = 2
        ALL = 15


def no_members():
    return Enum("Empty")


def mixin_order():
    class M(Enum, int):
        A = 1


def generate_after():
    class A(Enum):
        X = auto()

        def _generate_next_value_(name, start, count, last_values):
            return 1


for fn in (dup_key, method_then_member, extend, sunder, bad_order, mro_name, bad_missing,
           raising_missing, str_enum_bad, int_enum_bad, not_unique, verify_unique,
           verify_continuous, verify_flags, no_members, mixin_order, generate_after):
    attempt(fn.__name__, fn)

try:
    Color(9)
except ValueError as e:
    print(repr(e), e.__context__, e.__cause__)
try:
    bad_missing()
except TypeError as e:
    print(repr(e.__context__))
print(Color(2))
Color(3)
