# __name__, __file__, __package__, __spec__, __loader__, __cached__ as CPython sets them
import sys
import _helper
import _pkg
import _pkg.sub

HERE = __file__.rpartition('/')[0]


def clean(x):
    return str(x).replace(HERE, "<here>")


print([k for k in vars(_helper) if k.startswith("__")][:8])
print([k for k in vars(_pkg) if k.startswith("__")][:9])
for m in (_helper, _pkg, _pkg.sub):
    s = m.__spec__
    print(m.__name__, repr(m.__package__), clean(m.__file__), clean(m.__cached__))
    print("  spec:", s.name, repr(s.parent), s.has_location, clean(s.origin), clean(s.cached))
    print("  locations:", None if s.submodule_search_locations is None
          else [clean(p) for p in s.submodule_search_locations])
    print("  loader:", type(s.loader).__name__, s.loader is m.__loader__,
          s.loader.name, clean(s.loader.path), s.loader.is_package(m.__name__))
    print("  repr:", clean(repr(m)))
    print("  spec repr:", clean(repr(s)).split(" object at ")[0])
    print("  equal:", s == s, s == 3)

print(repr(sys), sys.__spec__, sys.__loader__, repr(sys.__package__))
print(sys.__spec__.parent == "", sys.__spec__.has_location, sys.__spec__.cached)
print(__name__, __spec__, __package__, type(__loader__).__name__)
print(__loader__.name, clean(__loader__.path))
print(__loader__.get_source("__main__").splitlines()[0])
print(sys.modules["__main__"].__name__, sys.modules[__name__] is sys.modules["__main__"])

# the module type, constructible
ModuleType = type(sys)
m = ModuleType("made")
print(m, vars(m), m.__spec__, m.__loader__)
m2 = ModuleType("withdoc", "the doc")
print(m2.__doc__, repr(m2))
m.x = 5
print(m.x, m.__dict__["x"], isinstance(m, ModuleType), ModuleType.__name__)
try:
    ModuleType(3)
except TypeError as e:
    print("TypeError:", e)
try:
    m.nope
except AttributeError as e:
    print("AttributeError:", e)
m.__file__ = "/somewhere/made.py"
print(m)
