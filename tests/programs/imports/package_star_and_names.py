# from package import * imports the submodules __all__ names; odd names and objects
import sys
import importlib

from _starpkg import *
print(alpha.A, inner.I, CONST)
m = __import__("_starpkg.inner", fromlist=[""])
print(m.__name__, sorted(k for k in sys.modules if k.startswith("_starpkg")))
import _starpkg.inner.deep as d
print(d.f(), d.__name__, d.__spec__.parent, d.__package__)
p = importlib.reload(sys.modules["_starpkg"])
print(p.__name__, p.CONST, p.inner is sys.modules["_starpkg.inner"])
print(importlib.import_module("_starpkg.inner.deep") is d)
import _starpkg.inner.deep
print(_starpkg.inner.deep is d)
try:
    import _starpkg.alpha.x
except ModuleNotFoundError as e:
    print(e)

for n in ["a/b", "..", "x\0y", "_starpkg.", ".", "a..b"]:
    try:
        importlib.import_module(n)
        print(repr(n), "imported")
    except Exception as e:
        print(repr(n), type(e).__name__, e)


class NotAModule:
    value = "class attribute"


sys.modules["_klass"] = NotAModule
import _klass
print(_klass.__name__, _klass.value)
from _klass import value, __qualname__
print(value, __qualname__)
sys.path.append(42)
try:
    import _after_bad_entry
except ImportError as e:
    print(type(e).__name__, e)
