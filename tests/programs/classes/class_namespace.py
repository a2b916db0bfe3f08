# What a class's namespace holds, in CPython 3.13's order: __module__, __firstlineno__, the
# body's names, __static_attributes__ (the names methods assign as self.NAME), then the
# __dict__/__weakref__ or slot descriptors, __doc__ and __hash__; and the read-only
# mappingproxy that C.__dict__ and vars(C) give.


def deco(c):
    return c


class C:
    x = 1

    def f(self):
        self.y = 2
        self.x += 1          # an augmented assignment does not count
        other = self
        other.z = 3          # only the name "self" counts


print(list(C.__dict__))
print(C.__static_attributes__, C.__firstlineno__)


@deco

class D:
    "a docstring"
    __slots__ = ("a", "__dict__")

    def g(self):
        for self.loop in ():
            pass
        (self.t1, [self.t2]) = (1, [2])

        def inner():
            self.nested = 1
        return [1 for self.comp in ()]

    @staticmethod
    def s(a):
        a.static = 1

    class Inner:
        def m(self):
            self.inner = 1
    if False:
        self.body = 1        # the class body itself does not count


print(list(D.__dict__))
print(D.__static_attributes__, D.__firstlineno__, D.Inner.__static_attributes__)
print(D.__doc__)


class E:
    def __eq__(self, other):
        return True

    def __init_subclass__(cls):
        pass


print(list(E.__dict__), E.__hash__)


class F:
    def m(self):
        self.__hidden = 1
        self._single = 2
        self.été = 3


print(F.__static_attributes__)

d = C.__dict__
print(type(d).__name__, type(vars(C)).__name__, type(d) is type(vars(D)))
print(d["x"], "f" in d, "nope" in d, len(d) == len(list(d)))
print(d.get("x"), d.get("nope"), d.get("nope", 5))
print(sorted(k for k in d.keys() if not k.startswith("__")))
print([v for k, v in d.items() if k == "x"], 1 in d.values())
print(type(d.copy()).__name__, d.copy() == dict(d), d == dict(d))
print(list(reversed(d))[-1], list(d)[0])
print(sorted((d | {"new": 1}).keys())[:2], type(d | {}).__name__)
for bad in ("d['x'] = 2", "del d['x']", "d.clear()", "d.pop('x')"):
    try:
        exec(bad)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
print(C.x)
C.w = 5                       # setattr still changes the class
print("w" in d, d["w"])
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e)
print(repr(type(d)({"k": 1})), type(d)(d)["k" if False else "x"])
try:
    type(d)([1, 2])
except TypeError as e:
    print(e)
print(vars(C)["x"], vars(D)["__doc__"])
