# help() on Python functions (signatures with defaults, keyword-only and positional-only
# parameters, annotations, lambdas, async functions), bound methods, classes (sections for
# methods, class and static methods, properties, descriptors and data, defined here and
# inherited, the MRO) and instances, as CPython 3.13's pydoc prints them.


def f(a, b=1, *args, c, d=None, **kw):
    """Add things.

        Indented more.
    Back.
    """


def g(x: int, y: "str" = 'q', /, z: list[int] = None) -> list:
    pass


async def fetch(url, *, retries=3):
    "Fetch it."


def no_doc():
    pass


help(f)
help(g)
help(fetch)
help(no_doc)
help(lambda x, y=2: x)


class Base:
    """A base class.

    With two paragraphs.
    """
    limit = 10
    names = ["a", "b"]

    def __init__(self, value):
        self.value = value

    def run(self, times=1):
        "Run it."
        return self.value * times

    def _private(self):
        pass

    @property
    def double(self):
        "Twice the value."
        return self.value * 2

    @property
    def settable(self):
        return 1

    @settable.setter
    def settable(self, v):
        pass

    @classmethod
    def make(cls, value=0):
        "Make one."
        return cls(value)

    @staticmethod
    def helper(x, /, y):
        return x + y


class Child(Base):
    greeting = "hello " * 20

    def run(self, times=2):
        return super().run(times)

    def extra(self):
        "Extra."


class Slotted:
    __slots__ = ("a",)

    def go(self):
        pass


help(Base)
help(Child)
help(Slotted)
help(Child(3).run)
help(Base.make)
help(Child(1))
help("no_such_thing_here")
help("Child")
