# PEP 695 generic functions: type parameters, __type_params__, annotations, defaults


def identity[T](x: T) -> T:
    return x


print(identity(3), identity("s"))
print(identity.__type_params__, identity.__annotations__)
print(identity.__name__, identity.__qualname__)


def many[T, *Ts, **P](a: T, *args, **kwargs) -> T:
    return a


params = many.__type_params__
print(params, [type(p).__name__ for p in params])
print([p.__name__ for p in params])


def outer():
    y = 5

    def inner[T](a: T = y, *, b: T = 7) -> T:
        return a + b + y

    return inner


g = outer()
print(g(), g(1, b=2), g.__defaults__, g.__kwdefaults__)
print(g.__qualname__, g.__name__, g.__annotations__)


def only_kw[T](*, k: T = "kw") -> T:
    return k


print(only_kw(), only_kw.__kwdefaults__, only_kw.__defaults__)


def returns_param[T]():
    return T


print(returns_param(), returns_param() is returns_param.__type_params__[0])


def gen[T]():
    yield T
    yield T.__name__


print(list(gen()))


def dec(f):
    print("decorating", f.__name__, f.__type_params__)
    return f


@dec
def decorated[A, B](a: A, b: B) -> tuple[A, B]:
    return a, b


print(decorated(1, 2), decorated.__annotations__)


def plain():
    pass


print(plain.__type_params__)
plain.__type_params__ = (1, 2)
print(plain.__type_params__)
try:
    plain.__type_params__ = [1]
except TypeError as e:
    print("TypeError:", e)

lam = lambda: 0
print(lam.__type_params__)


def two[**P, R](f, *args: P.args, **kw: P.kwargs) -> R:
    return f(*args, **kw)


print(two(max, 3, 9), two.__annotations__)
