# a module raising while it is imported: the traceback runs through the import line
import sys
try:
    import _mod_raises
except ValueError as e:
    print("caught:", e, "_mod_raises" in sys.modules)
import _mod_raises
