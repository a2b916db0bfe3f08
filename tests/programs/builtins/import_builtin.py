# __import__ and import of sys
m = __import__("sys")
import sys
print(m is sys, type(m).__name__, m.__name__)
import sys as system
print(system is sys)
from sys import maxsize as ms
print(ms == sys.maxsize)
print(__import__("sys").version_info[:2] >= (3, 0))
try:
    __import__("no_such_module_xyz")
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    from sys import no_such_name
except ImportError as e:
    print(type(e).__name__, e)
print(len.__module__, type(len).__name__, type(sys).__name__)
