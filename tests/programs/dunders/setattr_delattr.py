# __setattr__ and __delattr__ intercept every assignment and deletion
class Logged:
    def __init__(self):
        self.a = 1
    def __setattr__(self, name, value):
        print("set", name, value)
        super().__setattr__(name, value)
    def __delattr__(self, name):
        print("del", name)
        super().__delattr__(name)
o = Logged()
o.b = 2
setattr(o, "c", 3)
o.a += 10
del o.b
delattr(o, "c")
print(vars(o))
class Frozen:
    def __init__(self, x):
        object.__setattr__(self, "x", x)
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name}: frozen")
    __delattr__ = __setattr__ if False else (lambda self, name: (_ for _ in ()).throw(AttributeError(f"cannot delete {name}")))
f = Frozen(5)
print(f.x)
try:
    f.x = 6
except AttributeError as e:
    print("AttributeError:", e)
try:
    del f.x
except AttributeError as e:
    print("AttributeError:", e)
try:
    del o.never_set
except AttributeError as e:
    print("AttributeError:", e)
