def first[T](xs: list[T]) -> T:
    return xs[0]
class Box[T: (int, str), *Ts, **P]:
    pass
def f[T = int, *Ts = *tuple[int], **P = [int]](): pass
type Json = dict[str, "Json"] | list["Json"] | str | int
class C[T](Base[T], metaclass=Meta):
    pass
