# errors from creating classes and instances and from built-in descriptors called directly
def attempt(label, f):
    try:
        r = f()
        print(label, "ok", type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__ + ":", e)
attempt(1, lambda: dict.__init__(5))
attempt(2, lambda: int.__new__(5))
attempt(3, lambda: object.__new__())
attempt(4, lambda: type.__call__())
attempt(5, lambda: list.__init__(None, [1]))
def slots5():
    class X:
        __slots__ = 5
attempt(6, slots5)
def meta5():
    class X(metaclass=5):
        pass
attempt(7, meta5)
attempt(8, lambda: type.__new__(type))
attempt(9, lambda: type.__new__(int, "x", (), {}))
attempt(10, lambda: tuple.__new__(list))
attempt(11, lambda: set.__init__({1}, 5))
attempt(12, lambda: super(int, "x"))
def prep():
    class M(type):
        @classmethod
        def __prepare__(mcs, name, bases):
            return 5
    class X(metaclass=M):
        pass
attempt(13, prep)
def setname_err():
    class D:
        def __set_name__(self, owner, name):
            raise ValueError("no")
    class X:
        d = D()
attempt(14, setname_err)
class K:
    __slots__ = ("a",)
attempt(15, lambda: K.a.__get__(5))
attempt(16, lambda: K.a.__set__(5, 1))
attempt(17, lambda: object.__setattr__(5, "x", 1))
attempt(18, lambda: object.__getattribute__(K(), "a"))
attempt(19, lambda: float.__new__(float, "x"))
attempt(20, lambda: str.__new__(str, 5))
attempt(21, lambda: dict.__getitem__({}, 1))
attempt(22, lambda: dict.__setitem__(5, 1, 2))
attempt(23, lambda: frozenset.__new__(frozenset, 5))
attempt(24, lambda: type("X", (int, str), {}))
attempt(25, lambda: list.__repr__(5))
