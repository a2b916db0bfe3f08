# type statements: typing.TypeAliasType


type Alias = list[int]
print(Alias, repr(Alias), str(Alias), Alias.__name__, Alias.__value__)
print(Alias.__type_params__, Alias.__parameters__, Alias.__module__)
print(type(Alias).__name__, type(Alias).__module__, type(Alias))

type Pair[K, V] = dict[K, V] | tuple[K, V]
print(Pair.__type_params__, Pair.__parameters__, Pair.__value__)
print(Pair[str, int], Pair[str, int].__origin__ is Pair, Pair[str, int].__args__)

try:
    Alias[int]
except TypeError as e:
    print("TypeError:", e)

type Bounded[T: int, *Ts, **P] = tuple[T, P]
print([type(p).__name__ for p in Bounded.__type_params__])
print(Bounded.__type_params__[0].__bound__)

try:
    Alias.__value__ = int
except AttributeError as e:
    print("AttributeError:", e)


def local():
    x = "in local"
    type L = x
    return L


print(local().__value__, local().__name__)

type Same = int
print(Same.__value__ is int, Same is Same)
