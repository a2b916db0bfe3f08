# property, classmethod and staticmethod called as plain builtins
class C:
    def __init__(self):
        self._v = 5
    def get_v(self):
        return self._v
    def set_v(self, v):
        self._v = v * 10
    v = property(get_v, set_v)
    def cm(cls):
        return cls.__name__
    cm = classmethod(cm)
    def sm(x):
        return x + 1
    sm = staticmethod(sm)
c = C()
c.v = 2
print(c.v, C.cm(), c.cm(), C.sm(1), c.sm(2))
p = property(lambda self: "computed")
print(type(p).__name__, p.fget(None), p.fset, p.__get__(None, C) is p)
print(type(classmethod(len)).__name__, type(staticmethod(len)).__name__)
