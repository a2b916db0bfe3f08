# isinstance and issubclass with classes and tuples
class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, B), isinstance(b, A), isinstance(b, C), isinstance(b, (C, A)), isinstance(b, ()))
print(isinstance(1, int), isinstance(True, int), isinstance(1, bool), isinstance(1.0, (int, float)))
print(isinstance(None, type(None)), isinstance([], (list, (tuple, dict))), isinstance(int, type), isinstance(type, object))
print(issubclass(B, A), issubclass(A, B), issubclass(B, (C, A)), issubclass(bool, (int,)), issubclass(A, A), issubclass(A, object))
print(isinstance("s", str | int), issubclass(bool, int | str), isinstance(None, int | None))
for call in (lambda: isinstance(1, 1), lambda: issubclass(1, int), lambda: issubclass(int, (int, 1)) or issubclass(str, (int, 1))):
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
