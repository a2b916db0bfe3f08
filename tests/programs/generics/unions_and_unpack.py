# | with a type parameter makes a typing.Union; *Ts in an annotation is Unpack[Ts];
# subscripting a generic class fills defaults and checks the number of arguments


def f[T, *Ts](x: T | None, y: int | T, z: T | str | None, *a: *Ts) -> list[T] | None:
    pass


for name, value in f.__annotations__.items():
    print(name, value, type(value).__name__)
T, Ts = f.__type_params__
u = T | int
print(u, u.__args__, (T | None).__args__, T | T)
print(list(Ts), *Ts)
print((T | int) == (int | T), (T | int) == (T | str))
print(int | str | T)


class C[T]:
    pass


print(C[int].__parameters__, C[T].__parameters__, C[list[T]].__parameters__)
print(C | None, isinstance(C[int](), C))


class D[T, U = int]:
    pass


print(D[str], D[str, bytes])
for args in ((), (int, str, bytes)):
    try:
        D[args]
    except TypeError as e:
        print("TypeError:", e)
try:
    C[int, str]
except TypeError as e:
    print("TypeError:", e)

print(type(C[int]).__name__, type(list[int]).__name__, type(next(iter(Ts))).__name__)
print(C[int] == C[int], C[int] == C[str], list[int] == list[int], hash(C[int]) == hash(C[int]))
type A[X] = list[X]
print(type(A[int]).__name__, A[int] == A[int], {A[int]: 1}[A[int]])
print(list[int] | list[int], int | list[int] | int)
