# attributes of an imported module
import _helper
print(_helper.__name__, type(_helper).__name__, _helper.__doc__)
print(sorted(n for n in dir(_helper) if not n.startswith("__")))
print(_helper.__file__.endswith("_helper.py"), _helper.__all__)
print(_helper._private, hasattr(_helper, "nope"))
_helper.added = "set from outside"
print(_helper.added, getattr(_helper, "added"), vars(_helper)["GREETING"])
try:
    _helper.nope
except AttributeError as e:
    print("AttributeError:", e)
