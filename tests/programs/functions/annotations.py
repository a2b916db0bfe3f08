# __annotations__ of modules, classes and functions; annotated assignments to other targets
x: int = 5
y: "str"
class C:
    a: int
    b: list[int] = []
    __p: float = 1.0
    if True:
        c: bool = False
    def m(self):
        z: int = 3
        self.q: int = 4
        return z
print(__annotations__, x)
print(C.__annotations__, C.b, C().m())
class D:
    pass
print(hasattr(D, "__annotations__") and D.__annotations__)
obj = C()
obj.attr: int = 7
print(obj.attr)
d = {}
d["k"]: str = "v"
print(d)
def f():
    v: undefined_name
    return 1
print(f())
