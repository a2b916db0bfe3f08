# PEP 695 generic classes: typing.Generic base, __type_params__, __parameters__, C[...]


class Box[T]:
    def __init__(self, item: T):
        self.item = item

    def get(self) -> T:
        return self.item


b = Box(3)
print(b.get(), Box.__type_params__, Box.__parameters__)
print(Box.__mro__)
print(Box.__bases__, Box.__orig_bases__)
print(Box[int], Box[int].__origin__ is Box, Box[int].__args__)
print(Box[int](5).get(), type(Box[int](5)).__name__)
print(Box.__dict__["__type_params__"], "__classdictcell__" in Box.__dict__)


class Many[T, *Ts, **P]:
    pass


print(Many.__type_params__, Many.__parameters__)
print(Many.__orig_bases__)
print(Many[int, str, [int, str]])


class Base[T]:
    def get(self) -> T:
        return self.v


class Child[S](Base[S]):
    def __init__(self, v):
        self.v = v


print(Child.__parameters__, Child.__orig_bases__)
print(Child.__mro__)
print(Child(3).get(), Child[int](4).get())
print(Child[int], Base[Child[str]])


class Concrete(Base[int]):
    pass


print(Concrete.__parameters__, Concrete.__orig_bases__, Concrete.__type_params__)


class Plain:
    pass


print(Plain.__type_params__, int.__type_params__)

try:
    Box[int, str]
except TypeError as e:
    print("TypeError:", e)


class Documented[T]:
    "a docstring"
    attr: T
    count = 0


print(Documented.__doc__, Documented.__annotations__, Documented.count)


@print
class Decorated[T]:
    pass


class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        print("Meta", name, bases, sorted(k for k in ns if k.startswith("__type")), kw)
        return super().__new__(mcs, name, bases, ns)


class WithMeta[T](metaclass=Meta, flag=1):
    pass


print(type(WithMeta).__name__, WithMeta.__type_params__)


class Shadow[T]:
    T = 3
    x = T


print(Shadow.x, Shadow.__type_params__)


class Method:
    def m[T](self, x: T) -> T:
        return x


print(Method().m(7), Method.m.__type_params__, Method.m.__qualname__)
