# a metaclass's __getattr__, __getitem__, __len__, __iter__ and __contains__ act on its classes
class L(list):
    pass
class D(dict):
    pass
print(L[int], D[str, int], list[int])
class Meta(type):
    def __getitem__(cls, k):
        return f"{cls.__name__}<{k}>"
    def __len__(cls):
        return 3
    def __iter__(cls):
        return iter("abc")
    def __contains__(cls, x):
        return x == "z"
class C(metaclass=Meta):
    pass
print(C[1], len(C), list(C), "z" in C, "a" in C)
print(C.__class__.__name__, Meta.__class__.__name__)
class Meta2(type):
    def __getattr__(cls, name):
        if name.startswith("auto_"):
            return name[5:]
        raise AttributeError(name)
class C2(metaclass=Meta2):
    real = 1
print(C2.real, C2.auto_x, hasattr(C2, "nope"), getattr(C2, "auto_y", None), getattr(C2, "zz", "dflt"))
try:
    C2.missing
except AttributeError as e:
    print("AttributeError:", e)
