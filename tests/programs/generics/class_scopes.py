# annotation scopes inside a class read the class namespace, then globals


X = "global X"


class Outer:
    X = int

    def method[T: X](self, x: T) -> T:
        return x

    type Alias = list[X]

    class Inner[U: X]:
        pass

    def uses_global[T: len](self):
        pass


print(Outer.method.__type_params__[0].__bound__)
print(Outer.Alias.__value__, Outer.Alias)
print(Outer.Inner.__type_params__[0].__bound__, Outer.Inner.__qualname__)
print(Outer.method.__qualname__, Outer().method(3))
print(Outer.uses_global.__type_params__[0].__bound__)
print("__classdictcell__" in Outer.__dict__)


class Later:
    type A = Y
    Y = "set after the alias"


print(Later.A.__value__)


def func():
    v = "closure"

    class K:
        type A = v

        def m[T: v](self):
            pass

    return K


K = func()
print(K.A.__value__, K.m.__type_params__[0].__bound__)


class Mangled:
    __secret = "mangled"
    type A = __secret


print(Mangled.A.__value__)


class WithParams[T]:
    def method(self):
        return T

    type Inner = list[T]


w = WithParams()
print(w.method() is WithParams.__type_params__[0], WithParams.Inner.__value__)
print([T for T in range(3)])
