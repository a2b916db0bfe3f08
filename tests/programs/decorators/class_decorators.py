# decorators applied to classes
def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls
def singleton(cls):
    instances = {}
    def get(*a):
        if cls not in instances:
            instances[cls] = cls(*a)
        return instances[cls]
    return get
@add_repr
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
print(Point(1, "two"), [Point(0, 0)])
@singleton
class Config:
    def __init__(self, v):
        self.v = v
a = Config(1)
b = Config(2)
print(a is b, a.v, b.v)
registry = {}
def register(cls):
    registry[cls.__name__.lower()] = cls
    return cls
@register
class Alpha: pass
@register
class Beta: pass
print(sorted(registry), registry["alpha"].__name__)
