# __new__ and __init__
class Tracked:
    def __new__(cls, *args):
        print("__new__", cls.__name__, args)
        inst = super().__new__(cls)
        inst.created = True
        return inst
    def __init__(self, x):
        print("__init__", x)
        self.x = x
t = Tracked(5)
print(t.created, t.x)
class NotMine:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never called")
print(NotMine())
class Cached:
    _instances = {}
    def __new__(cls, key):
        if key not in cls._instances:
            cls._instances[key] = super().__new__(cls)
        return cls._instances[key]
    def __init__(self, key):
        self.key = key
print(Cached("a") is Cached("a"), Cached("a") is Cached("b"))
class InitReturns:
    def __init__(self):
        return 1
try:
    InitReturns()
except TypeError as e:
    print("TypeError:", e)
try:
    object.__new__(int)
except TypeError as e:
    print("TypeError:", e)
class NoArgs:
    pass
try:
    NoArgs(1)
except TypeError as e:
    print("TypeError:", e)
