# importing a helper module next to the program runs it once
import _helper
import _helper
print(_helper.greet("corpus"), _helper.GREETING, _helper.Widget(3))
print(_helper.bump(), _helper.bump(), _helper.counter)
import _helper as h
print(h is _helper, h.counter)
import sys
print("_helper" in sys.modules, sys.modules["_helper"] is _helper)
