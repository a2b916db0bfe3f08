# repr of classes, methods and functions without addresses
class K:
    def m(self):
        pass
print(K, repr(K), str(K), K.__name__, K.__qualname__)
print(int, object, type, type(K), type(K.m).__name__, type(K().m).__name__)
print(K.__module__, K.__doc__, K.__dict__["m"].__name__, "m" in K.__dict__)
print(sorted(k for k in K.__dict__ if not k.startswith("__")), "__weakref__" in K.__dict__, "__dict__" in K.__dict__)
print(NotImplemented, Ellipsis, None, type(NotImplemented).__name__, type(...).__name__)
