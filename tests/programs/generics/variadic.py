# TypeVarTuple: Unpack in __parameters__ and values, *tuple[...] annotations, C[()]


type A[T, *Ts] = tuple[T, *Ts]
print(A.__parameters__, A.__type_params__, A.__value__)


class C[*Ts]:
    pass


print(C.__parameters__, C[int, str], C[()], C[int].__args__)


def f[*Ts](*a: *tuple[int, ...]):
    pass


print(f.__annotations__)
star = next(iter(tuple[int, str]))
print(star, star == next(iter(tuple[int, str])), star == tuple[int, str])
print([*list[int]])
