# PEP 695 and PEP 696 scopes: type parameters, bounds, constraints, defaults, aliases.
def generic_function[T](x: T) -> T:
    return x


def generic_defaults[T, *Ts, **P](a=1, *, b=2) -> T:
    return a


def generic_kwonly_defaults[T](*, b=2):
    return b


class GenericClass[T, U: int, V: (str, bytes) = str](Base, metaclass=Meta):
    attr: T

    def method[M](self, m: M) -> T:
        return m

    type InClassAlias[Q] = list[Q] | T

    def uses_class_name(self) -> "GenericClass[T, U, V]":
        return self


type Alias = int | str
type GenericAlias[K, V = int] = dict[K, V]
type Recursive = list[Recursive]


class Outer:
    class_attr = int

    def method[X: class_attr](self): ...

    class InnerGeneric[Y = class_attr]:
        pass

    type A = class_attr
    type B[Z: class_attr] = Z

    def comprehension_in_bound[W: [c for c in class_attr]](self): ...


def nested():
    local = 1

    def inner[T: local]():
        return T

    class C[S]:
        def m(self) -> S:
            return local
    type Local[L] = (local, L)
    return inner, C, Local


class Mangled[__T, __U: __Bound]:
    def m[__V](self, a: __T) -> __V:
        return a


@decorator
def decorated_generic[T]():
    pass


@decorator
class DecoratedGeneric[T]:
    pass


def param_spec_defaults[**P = [int, str], *Ts = *tuple[int, ...]]():
    pass


def lambda_in_bound[T: (lambda: int)()]():
    pass


class GenericWithSuper[T]:
    def m(self):
        return super().m()


def generic_uses_outer_typevar[T]():
    def inner[U](x: T, y: U):
        return x, y
    return inner
