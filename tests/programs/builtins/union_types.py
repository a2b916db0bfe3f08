# X | Y of classes makes a types.UnionType that isinstance and issubclass accept
class A:
    pass
class B(A):
    pass
u = int | str
print(u, type(u).__name__, u.__args__, int | None, None | int, int | str | int)
print(A | B, list[int] | None, (int | str) == (str | int), (int | str) == (int | float))
print(isinstance(1, u), isinstance("s", u), isinstance(1.5, u), isinstance(None, int | None))
print(issubclass(bool, int | str), issubclass(B, A | None), issubclass(float, int | str))
print(isinstance(B(), (str, A | int)), isinstance(3, float | (int | str)))
for bad in (lambda: int | 3, lambda: None | None, lambda: isinstance(1, int | 3 if False else 3)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
print(hash(int | str) == hash(str | int), {int | str: "found"}[str | int])
