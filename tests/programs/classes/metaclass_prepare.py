# __prepare__ and the order of class body execution
class Recording(dict):
    def __setitem__(self, k, v):
        if not k.startswith("__"):
            print("define", k)
        super().__setitem__(k, v)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return Recording()
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, dict(ns))
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
class C(metaclass=Meta, flavor="vanilla"):
    a = 1
    def m(self): pass
    b = a + 1
print(C.b, type(C).__name__)
