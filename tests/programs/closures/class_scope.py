# class bodies do not create closures for methods
x = "global"
class C:
    x = "class"
    def method(self):
        return x
    y = [x for _ in range(1)]
    z = (lambda: x)()
print(C().method(), C.y, C.z)
def f():
    v = "function"
    class D:
        v = "class-level"
        def get(self):
            return v
        w = v
    return D().get(), D.w, D.v
print(f())
def g():
    name = "enclosing"
    class E:
        try:
            print(name)
        except NameError as e:
            print("NameError:", e)
        name = "in class"
        print(name)
    return E.name
print(g())
def h():
    other = "enclosing"
    class F:
        seen = other
    return F.seen
print(h())
