# from-imports, aliases and star imports
from _helper import greet, Widget as W
from _helper import counter, bump
print(greet("x"), W(1))
bump()
bump()
print(counter)
import _helper
print(_helper.counter)
from _helper import *
print(GREETING, sorted(n for n in dir() if not n.startswith("__")))
try:
    from _helper import missing_name
except ImportError as e:
    # the message ends with the helper's absolute path: print the part before it
    print("ImportError:", str(e).split(" (")[0], "| name:", e.name)
