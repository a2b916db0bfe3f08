# a module that fails during import is not left in sys.modules
import sys
try:
    import _broken
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print("_broken" in sys.modules)
try:
    import _broken
except ZeroDivisionError:
    print("the import runs again and fails again")
try:
    import _does_not_exist
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, e.name)
