# sys.modules is the cache import reads: any object there is what import returns
import sys

import _selfreplace
print(_selfreplace, _selfreplace.answer)
from _selfreplace import answer
print(answer)

sys.modules["_fake"] = "a string standing in for a module"
import _fake
print(_fake)
from _fake import upper
print(upper())
try:
    from _fake import nothing
except ImportError as e:
    print("ImportError:", e, e.name)

# module-level __getattr__ (PEP 562)
import _lazy
print(_lazy.eager, _lazy.lazy_value)
from _lazy import lazy_thing
print(lazy_thing)
try:
    _lazy.other
except AttributeError as e:
    print("AttributeError:", e)

# circular imports: a partially initialized module, from-import while it runs
import _circ_c
print(_circ_c.X, _circ_c._circ_d.Y)

# a module removed from sys.modules is imported afresh
import _reloadable
del sys.modules["_reloadable"]
import _reloadable as again
print(again.counter)

# a module object put by hand
ModuleType = type(sys)
made = ModuleType("_made_by_hand")
made.value = "hand-made"
sys.modules["_made_by_hand"] = made
from _made_by_hand import value
print(value)
import _made_by_hand
print(_made_by_hand is made)

# a submodule read from its parent while it is still being imported
import _loopy.child
print(_loopy.child.__name__)
