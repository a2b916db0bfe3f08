# builtins.__import__ replaced: the import statement calls it with CPython's arguments
import builtins

real_import = builtins.__import__
seen = []


def tracing_import(name, globals=None, locals=None, fromlist=(), level=0):
    importer = globals is not None and globals.get("__name__")
    if not str(importer).startswith("_frozen"):  # CPython's own importlib imports too
            seen.append((name, fromlist, level, importer, locals is None))
    return real_import(name, globals, locals, fromlist, level)


builtins.__import__ = tracing_import
import _helper
from _pkg import sub
from _pkg.sub import double
import _deep.sub.leaf as dl


def inside():
    import _helper
    from _helper import greet
    return greet


inside()
builtins.__import__ = real_import
import _circ_a
for entry in seen:
    print(entry)

# a hook that refuses a name
def refusing(name, *args):
    if name == "_helper":
        raise ImportError("refused " + name)
    return real_import(name, *args)


builtins.__import__ = refusing
try:
    import _helper
except ImportError as e:
    print("ImportError:", e)
builtins.__import__ = real_import
import _helper
print(_helper.__name__)
