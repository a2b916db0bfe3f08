# abc: ABCMeta, abstract methods, register, __subclasshook__, caches
import abc
from abc import ABC, ABCMeta, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self): ...

    @abstractmethod
    def perimeter(self): ...

    def describe(self):
        return f"{type(self).__name__} area={self.area()}"


print(sorted(Shape.__abstractmethods__))
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)


class Half(Shape):
    def area(self):
        return 1


print(sorted(Half.__abstractmethods__))
try:
    Half()
except TypeError as e:
    print("TypeError:", e)


class Square(Half):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s

    def perimeter(self):
        return 4 * self.s


sq = Square(3)
print(sq.describe(), sq.perimeter(), Square.__abstractmethods__)
print(isinstance(sq, Shape), issubclass(Square, Shape), isinstance(3, Shape))
print(type(Shape) is ABCMeta, type(ABC) is ABCMeta)


class Drawable(metaclass=ABCMeta):
    pass


class Plain:
    pass


print(issubclass(Plain, Drawable), isinstance(Plain(), Drawable))
tok = abc.get_cache_token()
r = Drawable.register(Plain)
print(r is Plain, abc.get_cache_token() > tok)
print(issubclass(Plain, Drawable), isinstance(Plain(), Drawable))
print(Drawable.register(Plain) is Plain)
Drawable.register(int)
print(isinstance(5, Drawable), isinstance(True, Drawable), isinstance("x", Drawable))


class Sub(Plain):
    pass


print(issubclass(Sub, Drawable))
try:
    Drawable.register(5)
except TypeError as e:
    print("TypeError:", e)


class D2(Drawable):
    pass


try:
    D2.register(Drawable)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    issubclass(5, Drawable)
except TypeError as e:
    print("TypeError:", e)


@Drawable.register
class Decorated:
    pass


print(issubclass(Decorated, Drawable))


class HasLen(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is HasLen:
            if any("__len__" in B.__dict__ for B in C.__mro__):
                return True
        return NotImplemented


print(issubclass(list, HasLen), issubclass(int, HasLen), isinstance("ab", HasLen))


class BadHook(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return 1


try:
    issubclass(int, BadHook)
except AssertionError as e:
    print("AssertionError:", e)


class WithProps(ABC):
    @property
    @abstractmethod
    def name(self): ...

    @classmethod
    @abstractmethod
    def make(cls): ...

    @staticmethod
    @abstractmethod
    def util(): ...


print(sorted(WithProps.__abstractmethods__))


class Old(ABC):
    @abc.abstractproperty
    def p(self): ...

    @abc.abstractclassmethod
    def c(cls): ...

    @abc.abstractstaticmethod
    def s(): ...


print(sorted(Old.__abstractmethods__))


class Impl(WithProps):
    name = "n"

    @classmethod
    def make(cls):
        return cls()

    @staticmethod
    def util():
        return 7


print(Impl.make().name, Impl.util())


class Later(ABC):
    @abstractmethod
    def f(self): ...


Later.f = lambda self: 1
print(sorted(Later.__abstractmethods__))
abc.update_abstractmethods(Later)
print(sorted(Later.__abstractmethods__), Later().f())


class P:
    def g(self):
        pass


print(abc.update_abstractmethods(P) is P)


class WithInit(ABC):
    def __init_subclass__(cls, flag=None, **kw):
        super().__init_subclass__(**kw)
        cls.flag = flag


class Flagged(WithInit, flag="on"):
    pass


print(Flagged.flag)
print(abstractmethod(lambda: 0).__isabstractmethod__)


class Multi(ABC):
    @abstractmethod
    def b(self): ...

    @abstractmethod
    def a(self): ...

    @abstractmethod
    def c(self): ...


Multi()
