# An enumeration written by hand with a metaclass, int subclasses and __init_subclass__.
class EnumMeta(type):
    def __new__(mcls, name, bases, ns):
        members = {k: v for k, v in ns.items() if not k.startswith("_") and isinstance(v, int)}
        for k in members:
            del ns[k]
        cls = super().__new__(mcls, name, bases, ns)
        cls._members = {}
        for k, v in members.items():
            m = cls.__new__(cls, v)
            m._name = k
            cls._members[k] = m
            setattr(cls, k, m)
        return cls

    def __iter__(cls):
        return iter(cls._members.values())

    def __len__(cls):
        return len(cls._members)

    def __getitem__(cls, name):
        return cls._members[name]

    def __contains__(cls, item):
        return item in cls._members.values()

    def __repr__(cls):
        return f"<enum {cls.__name__}>"


class IntEnum(int, metaclass=EnumMeta):
    def __repr__(self):
        return f"<{type(self).__name__}.{self._name}: {int(self)}>"

    def __str__(self):
        return f"{type(self).__name__}.{self._name}"

    @property
    def name(self):
        return self._name

    @property
    def value(self):
        return int(self)


class Color(IntEnum):
    RED = 1
    GREEN = 2
    BLUE = 4


print(Color, len(Color), list(Color))
print(Color.RED, repr(Color.GREEN), Color["BLUE"].value, Color.BLUE.name)
print(Color.RED + Color.GREEN, Color.BLUE * 2, Color.RED == 1, Color.RED < Color.BLUE, hash(Color.RED) == hash(1))
print(isinstance(Color.RED, int), type(Color.RED).__mro__[1:], Color.RED in Color, 1 in Color)
print(f"{Color.RED}", f"{Color.RED!r}", f"{Color.GREEN:>5}", "%d %s" % (Color.BLUE, Color.BLUE), format(Color.BLUE, "b"))
print(sorted([Color.BLUE, Color.RED, Color.GREEN]), max(Color), sum(Color))
print({Color.RED: "r", 1: "one"})
try:
    Color["PURPLE"]
except KeyError as e:
    print("KeyError", e)
flags = Color.RED | Color.BLUE
print(flags, type(flags).__name__, [c.name for c in Color if c & flags])


class Status(str):
    def __new__(cls, value, label):
        obj = super().__new__(cls, value)
        obj.label = label
        return obj

    def __repr__(self):
        return f"Status({str(self)!r}, {self.label!r})"


ok = Status("ok", "All good")
print(ok, repr(ok), ok.upper(), ok + "!", ok == "ok", len(ok), ok.label, type(ok.upper()).__name__)
print(f"{ok:>6}|{ok!s}|{ok!r}", ok.startswith("o"), "o" in ok, ok[0], type(ok[0]).__name__)


class Money(float):
    def __new__(cls, v, cur="EUR"):
        self = super().__new__(cls, round(v, 2))
        self.cur = cur
        return self

    def __repr__(self):
        return f"{float(self):.2f} {self.cur}"

    def __add__(self, o):
        return Money(float(self) + float(o), self.cur)


m = Money(10.456) + Money(0.1)
print(m, repr(m), str(m), m * 2, type(m * 2).__name__, int(m), round(m), f"{m:.1f}", m.is_integer())


class Tup(tuple):
    def __new__(cls, *xs):
        return super().__new__(cls, xs)

    def __repr__(self):
        return "Tup" + super().__repr__()


tp = Tup(1, 2, 3)
print(tp, tp[1:], type(tp[1:]).__name__, tp + (4,), len(tp), tp == (1, 2, 3), tp.count(2), sorted(tp, reverse=True))
